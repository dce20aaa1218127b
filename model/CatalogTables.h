#pragma once
#include "Catalog.h"
#include "RegionRanking.h"
#include "Table.h"

#include <vector>

namespace mlcarbon {

// Tables of database records and of a region comparison, in the column order and with the
// keys of the CLI contract (units in the keys).
class CatalogTables {
public:
    static Table hardware(const std::vector<const Hardware*>& items);
    static Table regions(const Catalog& catalog, const std::vector<const CloudRegion*>& items);
    static Table zones(const std::vector<const GridZone*>& items);
    static Table providers(const Catalog& catalog, const std::vector<const Provider*>& items);
    static Table comparison(const std::vector<RankedRegion>& rows);

    // The PUE a region uses by default (its own, else its provider's, else on-premise) and its source.
    static std::pair<double, std::string> regionPue(const Catalog& catalog, const CloudRegion& region);
};

}  // namespace mlcarbon
