#include "PueChoice.h"

#include "RangeRule.h"

namespace mlcarbon {

PueChoice PueChoice::of(const Catalog& catalog, const Provider* provider, const CloudRegion* region)
{
    PueChoice c;
    if (region && region->pue) {
        c.pue = *region->pue;
        c.origin = PueOrigin::Region;
        c.source = {region->pueSource, region->pueYear, region->file, region->pueSourceId};
        c.bounds = {c.pue, c.pue};
        if (provider && provider->pue) {
            c.bounds.widen(*provider->pue);
            RangeRule::widen(c.bounds, provider->pueAlternatives);
        }
        return c;
    }
    const bool fleetKnown = provider && provider->pue;
    const Provider& fleet = fleetKnown ? *provider : catalog.onPremise();
    c.pue = *fleet.pue;
    c.origin = fleetKnown ? PueOrigin::ProviderFleet : PueOrigin::OnPremiseDefault;
    c.source = {fleet.pueSource, fleet.pueYear, fleet.file, fleet.pueSourceId};
    if (provider && !fleetKnown)
        c.source.source = "no " + provider->name + " PUE in the data; on-premise default: " + fleet.pueSource;
    c.bounds = {c.pue, c.pue};
    RangeRule::widen(c.bounds, fleet.pueAlternatives);
    return c;
}

}  // namespace mlcarbon
