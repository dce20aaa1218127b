#pragma once
#include "Catalog.h"

#include <string>
#include <vector>

namespace mlcarbon {

// Filters and ranks database records for a search text: exact matches of a name, id or
// code first, then prefixes, then substrings (case- and punctuation-insensitive).
class CatalogSearch {
public:
    static std::vector<const CloudRegion*> regions(const Catalog& catalog, const std::string& text,
                                                   const std::string& provider = {});
    // Countries, subdivisions and the world figure; grid zones too when asked.
    static std::vector<const GridZone*> zones(const Catalog& catalog, const std::string& text, bool includeGridZones);
    static std::vector<const Provider*> providers(const Catalog& catalog, const std::string& text);
};

}  // namespace mlcarbon
