#pragma once
#include "Catalog.h"
#include "Estimate.h"

#include <optional>
#include <string>

namespace mlcarbon {

// The one water rule (after the documented form of EcoLogits and Li et al. 2023, not EcoLogits'
// code, which applies the PUE twice): litres = IT energy x (WUE on-site + PUE x water intensity of
// the country's electricity).
//  - on-site WUE: the user's, else the provider's figure for the region, else the provider's fleet
//    figure, else the industry default (the on-premise entry); the range spans the provider's (or the
//    industry's) other dated figures that RangeRule counts;
//  - off-site: the country's figure (WRI, Reig et al. 2020, via EcoLogits); a place without one says so.
class WaterChoice {
public:
    // The factors of a place; provider and region are null for own hardware, country empty when unknown.
    static WaterUse of(const Catalog& catalog, const Provider* provider, const CloudRegion* region,
                       const std::string& country, std::optional<double> givenWue);
    // The litres for IT energy itKwh (devices + host, before the PUE), with the range of both.
    static void forEnergy(WaterUse& water, double itKwh, double pue, Bounds itKwhBounds, Bounds pueBounds);
};

}  // namespace mlcarbon
