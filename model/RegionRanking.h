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
    double pue = 1;
    double energyKwh = 0;
    double emissionsKg = 0;
    double savingKg = 0;              // reference - this row (positive = cleaner)
    std::optional<double> savingPct;  // empty when the reference emits nothing
    bool chosen = false;              // the reference location itself
};

// The same job in every cloud region (all providers or the chosen one's) or in every country
// and subdivision on own hardware, sorted by emissions ascending, with the saving against the
// chosen location. Each place uses its own PUE and intensity defaults; the chosen one keeps the
// user's overrides so that its row equals the estimate.
class RegionRanking {
public:
    enum class Scope { AllProviders, SameProvider, Countries };

    static std::vector<RankedRegion> rank(const Calculator& calculator, const Estimate& reference, Scope scope);
};

}  // namespace mlcarbon
