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
    // Published models whose name, organisation, id, domain or year contains every word of the
    // text ("llama meta 2023"); exact names and ids first, then name prefixes, then the rest.
    static std::vector<const PublishedModel*> models(const Catalog& catalog, const std::string& text);
    // Published runs with reported emissions whose name, id, source or year of the run contains
    // every word of the text, in file order.
    static std::vector<const PublishedRun*> runs(const Catalog& catalog, const std::string& text);
    // The model an id or a whole name (case and punctuation aside) names. Throws InputError for
    // field `field` when none does (with the nearest names) or when several share the name
    // (listing their ids).
    static const PublishedModel& model(const Catalog& catalog, const std::string& idOrName,
                                       const std::string& field = "model");
};

}  // namespace mlcarbon
