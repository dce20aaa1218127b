#include "WaterChoice.h"

#include "RangeRule.h"

namespace mlcarbon {

namespace {

void onsite(WaterUse& w, const Catalog& catalog, const Provider* provider, const CloudRegion* region,
            std::optional<double> givenWue)
{
    if (givenWue) {
        w.wue = *givenWue;
        w.wueOrigin = WueOrigin::Given;
        w.wueSource = {"given by the user", std::nullopt, {}, {}};
        w.wueBounds = {w.wue, w.wue};
        return;
    }
    if (region && region->wue) {
        w.wue = *region->wue;
        w.wueOrigin = WueOrigin::Region;
        w.wueSource = {region->wueSource, region->wueYear, region->file, {}};
        w.wueBounds = {w.wue, w.wue};
        if (provider && provider->wue) {
            w.wueBounds.widen(*provider->wue);
            RangeRule::widen(w.wueBounds, provider->wueAlternatives);
        }
        return;
    }
    const bool fleetKnown = provider && provider->wue;
    const Provider& fleet = fleetKnown ? *provider : catalog.onPremise();
    if (!fleet.wue) {
        w.onsiteNone = "no on-site WUE in the data (no industry default in " + fleet.file + ")";
        return;
    }
    w.wue = *fleet.wue;
    w.wueOrigin = fleetKnown ? WueOrigin::ProviderFleet : WueOrigin::IndustryDefault;
    w.wueSource = {fleet.wueSource, fleet.wueYear, fleet.file, {}};
    if (provider && !fleetKnown)
        w.wueSource.source = "no " + provider->name + " WUE in the data; industry default: " + fleet.wueSource;
    w.wueBounds = {w.wue, w.wue};
    RangeRule::widen(w.wueBounds, fleet.wueAlternatives);
}

}  // namespace

WaterUse WaterChoice::of(const Catalog& catalog, const Provider* provider, const CloudRegion* region,
                         const std::string& country, std::optional<double> givenWue)
{
    WaterUse w;
    onsite(w, catalog, provider, region, givenWue);
    if (const std::optional<ReferenceValue> drinking = catalog.reference("drinking_water_l_per_day")) {
        w.drinkingLPerDay = drinking->value;
        w.drinkingSource = {drinking->source, drinking->year, drinking->file, {}};
    }
    const GridZone* zone = country.empty() ? nullptr : catalog.zone(country);
    if (zone && zone->waterOffsiteLPerKwh) {
        w.offsiteLPerKwh = zone->waterOffsiteLPerKwh;
        w.offsiteSource = {zone->waterOffsiteSource, zone->waterOffsiteYear, zone->file, {}};
    } else {
        w.offsiteNone = country.empty() ? "no off-site water figure: the place has no country (give a region or "
                                          "a country instead of an intensity)"
                                        : "no off-site water figure for " + country + " in the data";
    }
    return w;
}

void WaterChoice::forEnergy(WaterUse& w, double itKwh, double pue, Bounds itKwhBounds, Bounds pueBounds)
{
    w.itKwh = itKwh;
    w.onsiteL = itKwh * w.wue;
    const double offsite = w.offsiteLPerKwh.value_or(0);
    w.offsiteL = itKwh * pue * offsite;
    w.bounds = {itKwhBounds.low * (w.wueBounds.low + pueBounds.low * offsite),
                itKwhBounds.high * (w.wueBounds.high + pueBounds.high * offsite)};
}

}  // namespace mlcarbon
