#pragma once
#include "Calculator.h"
#include "Estimate.h"

#include <optional>
#include <vector>

namespace mlcarbon {

// One row of a region comparison: the same job run in that region.
struct RankedRegion {
    const CloudRegion* region = nullptr;
    std::string providerName;
    double intensity = 0;
    double pue = 1;
    double energyKwh = 0;
    double emissionsKg = 0;
    double savingKg = 0;                // reference - this region (positive = cleaner)
    std::optional<double> savingPct;    // empty when the reference emits nothing
    bool chosen = false;                // the reference location itself
};

// The same job in every cloud region (all providers or the chosen one's), sorted by
// emissions ascending, with the saving against the chosen location. Each region uses its
// own PUE and intensity defaults; the chosen region keeps the user's overrides so that
// its row equals the estimate.
class RegionRanking {
public:
    enum class Scope { AllProviders, SameProvider };

    static std::vector<RankedRegion> rank(const Calculator& calculator, const Estimate& reference, Scope scope);
};

}  // namespace mlcarbon
