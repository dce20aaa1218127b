#pragma once
#include "Catalog.h"
#include "IntensityBasis.h"
#include "Records.h"

#include <array>
#include <optional>
#include <string>

namespace mlcarbon {

// The grid intensity of a place on a chosen basis, and the rule that picks it. This is the one
// place that decides which recorded figure an estimate or a comparison row uses:
//  - the place's own figure (the source table's choice) when it is on the requested basis, else
//    the newest dated figure on that basis;
//  - a place with none uses its best other figure, in the order preference() gives, and says so
//    (fallback()): never an unmarked mix;
//  - the range is every figure on the basis used that RangeRule counts, plus the figure itself.
// With the year of the run, the place's figure for that year on the basis (its own, then its yearly
// history, then the other figures, in that order of preference); with none for that year on the
// basis, the nearest year's (the later one on a tie), and yearFallback() says so. The basis is
// kept before the year: a figure on another basis is taken only when the place has none on the
// requested basis in any year. The range is then every figure on the basis for the year used.
struct IntensityChoice {
    IntensityBasis requested = IntensityBasis::Lifecycle;
    IntensityBasis basis = IntensityBasis::Lifecycle;  // the basis of the figure used
    double gPerKwh = 0;
    int year = 0;
    std::string source;    // the entry's source text, or the source table's title for another figure
    std::string sourceId;  // key of the source in the database's sources table
    std::string license;   // the entry's license when its own figure is used; else empty
    double low = 0;        // range on the basis used
    double high = 0;
    std::optional<int> requestedYear;  // the year of the run, when one was given

    bool fallback() const { return basis != requested; }
    // A year was asked for and the place has no figure for it (on the basis used).
    bool yearFallback() const { return requestedYear && year != *requestedYear; }
    // "2024 figure; none for 2019 in the data", or empty when the year was met or not asked.
    std::string yearText() const;
    // "life-cycle", or "unspecified (no life-cycle figure for this place)".
    std::string basisText() const;

    static IntensityChoice of(const Catalog& catalog, const CloudRegion& region, IntensityBasis requested,
                              std::optional<int> year = std::nullopt);
    static IntensityChoice of(const Catalog& catalog, const GridZone& zone, IntensityBasis requested,
                              std::optional<int> year = std::nullopt);

    // The order in which bases are tried for a requested one: the requested basis, then the one
    // nearest in meaning (the operational bases direct and provider stand in for each other; a
    // provider figure falls back to life-cycle, as the default basis).
    static std::array<IntensityBasis, 4> preference(IntensityBasis requested);
    // The fallback rule in one sentence, for the method texts.
    static std::string fallbackRule();
    // The year rule in one sentence, for the method texts.
    static std::string yearRule();
};

}  // namespace mlcarbon
