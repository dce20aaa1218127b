#pragma once
#include "Calculator.h"
#include "Estimate.h"

#include <optional>
#include <vector>

namespace mlcarbon {

// One row of a comparison: the same job run at that place (a cloud region, or own hardware
// in a country or subdivision).
struct RankedRegion {
    const CloudRegion* region = nullptr;  // cloud rows
    const GridZone* zone = nullptr;       // own-hardware rows
    Location location;                    // to make this row the chosen location
    std::string provider;                 // provider id; empty for own hardware
    std::string providerName;             // "Own hardware" for zones
    std::string code;                     // region code or zone code
    std::string name;
    std::string country;
    int intensityYear = 0;
    double intensity = 0;
    IntensityBasis basis = Basis::kDefault;  // of the figure used
    bool basisFallback = false;              // the place has no figure on the requested basis
    bool yearFallback = false;               // none for the year of the run: the nearest year's
    std::string intensitySource;             // the source of the figure used
    double pue = 1;
    PueOrigin pueOrigin = PueOrigin::Region;
    double energyKwh = 0;
    double emissionsKg = 0;
    double savingKg = 0;              // reference - this row (positive = cleaner)
    std::optional<double> savingPct;  // empty when the reference emits nothing
    bool chosen = false;              // the reference location itself
    // The water of the same job there (on-site + off-site), apart from the emissions; empty when the
    // water is turned off or the place has no figure at all.
    std::optional<double> waterL;
};

// The same job in every cloud region (all providers or the chosen one's) or in every country
// and subdivision on own hardware, sorted by emissions ascending, with the saving against the
// chosen location. Every row is the reference job moved there by WhatIf::movedTo (so a cloud row
// takes the region's PUE, own hardware keeps the user's), on the reference's intensity basis;
// the chosen row is the estimate itself.
class RegionRanking {
public:
    enum class Scope { AllProviders, SameProvider, Countries };

    static std::vector<RankedRegion> rank(const Calculator& calculator, const Estimate& reference, Scope scope);
    // Cleanest first; equal emissions by provider, then code. The one order of every comparison.
    static void sort(std::vector<RankedRegion>& rows);
    // Least water first (on-site + off-site); rows without a water figure last; equal water by the
    // emissions order. The order of "where would the same job use the least water".
    static void sortByWater(std::vector<RankedRegion>& rows);
    // Rows whose intensity is on another basis than the one asked for.
    static std::size_t fallbackCount(const std::vector<RankedRegion>& rows);
    // Rows with no figure for the year of the run (their nearest year's is used).
    static std::size_t yearFallbackCount(const std::vector<RankedRegion>& rows);
};

}  // namespace mlcarbon
