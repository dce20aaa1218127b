#pragma once
#include "Catalog.h"
#include "EstimateInput.h"

#include <string>

namespace mlcarbon {

// Turns what a person typed for a location into database records: provider by id or name,
// region by code (case-insensitive), zone by code or by a name that names one place only.
// Throws InputError with the places to choose from when a name is ambiguous, and with the
// closest names when nothing matches.
class LocationResolver {
public:
    explicit LocationResolver(const Catalog& catalog);

    const Provider& provider(const std::string& query) const;
    const CloudRegion& region(const Provider& provider, const std::string& query) const;
    const GridZone& zone(const std::string& query) const;

private:
    const Catalog& m_catalog;
};

}  // namespace mlcarbon
