#pragma once
#include "Catalog.h"
#include "Estimate.h"

namespace mlcarbon {

// The PUE a place uses when the person gives none: the region's own published figure, else its
// provider's fleet figure, else the on-premise default (own hardware, a known intensity, or a
// provider with no PUE in the data). The one rule for estimates, comparison rows and listings.
struct PueChoice {
    double pue = 1;
    PueOrigin origin = PueOrigin::OnPremiseDefault;
    Provenance source;
    Bounds bounds;  // every PUE the data record for that provider (or own hardware) that RangeRule counts

    // provider and region are null for own hardware.
    static PueChoice of(const Catalog& catalog, const Provider* provider, const CloudRegion* region);
};

}  // namespace mlcarbon
