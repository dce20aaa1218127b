#pragma once
#include "Catalog.h"
#include "HardwareRanking.h"
#include "RegionRanking.h"
#include "Table.h"

#include <string>
#include <vector>

namespace mlcarbon {

// Tables of database records and of a region comparison, in the column order and with the
// keys of the CLI contract (units in the keys).
class CatalogTables {
public:
    static Table hardware(const std::vector<const Hardware*>& items);
    static Table regions(const Catalog& catalog, const std::vector<const CloudRegion*>& items,
                         IntensityBasis basis = Basis::kDefault);
    static Table zones(const Catalog& catalog, const std::vector<const GridZone*>& items,
                       IntensityBasis basis = Basis::kDefault);
    static Table providers(const Catalog& catalog, const std::vector<const Provider*>& items);
    // The published runs whose name, id or source holds `search` (TextMatch keys; empty: all), in order.
    static Table presets(const std::vector<PublishedRun>& runs, const std::string& search = {});
    // Published models (CatalogSearch::models order), with what each estimates from.
    static Table models(const Catalog& catalog, const std::vector<const PublishedModel*>& models);
    static Table comparison(const std::vector<RankedRegion>& rows);
    // The same training compute on each accelerator (HardwareRanking), cleanest first.
    static Table hardwareComparison(const std::vector<RankedHardware>& rows);

    // "lifecycle", or "unspecified*" for a row on another basis than the one asked for.
    static std::string basisCell(const RankedRegion& row);
    // The header line of a comparison: the basis, and how many rows are on another one.
    static std::string basisLine(const std::vector<RankedRegion>& rows, IntensityBasis requested);
    // " Year of the run: 2019; 120 of 165 rows have no figure for 2019 and use their nearest year's
    // (Nearest year)." to append to basisLine(); empty without a year.
    static std::string yearLine(const std::vector<RankedRegion>& rows, std::optional<int> year);
    // The place and year every row of a hardware comparison shares, for its header: "Every device at
    // Germany (DE), year of the run 2019 (...): 344 gCO2e/kWh (2024, life-cycle), PUE 1.5."
    static std::string hardwarePlaceLine(const Estimate& reference);
};

}  // namespace mlcarbon
