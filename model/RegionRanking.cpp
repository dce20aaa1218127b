#include "RegionRanking.h"

#include "InputError.h"

#include <algorithm>
#include <tuple>

namespace mlcarbon {

namespace {

// Fills the outcome of a row: the reference's own figures when it is the chosen place,
// else the same job computed there with that place's defaults.
void computeRow(const Calculator& calculator, const Estimate& reference, RankedRegion& row)
{
    if (row.chosen) {
        row.intensity = reference.intensity;
        row.pue = reference.pue;
        row.energyKwh = reference.energyKwh;
        row.emissionsKg = reference.emissionsKg;
    } else {
        EstimateInput input = reference.input;
        input.location = row.location;
        input.pue.reset();  // the place's own PUE: the user's figure describes their data centre
        Estimate e = calculator.estimate(input, reference.hardware);
        row.intensity = e.intensity;
        row.pue = e.pue;
        row.energyKwh = e.energyKwh;
        row.emissionsKg = e.emissionsKg;
    }
    row.savingKg = reference.emissionsKg - row.emissionsKg;
    if (reference.emissionsKg > 0)
        row.savingPct = 100.0 * row.savingKg / reference.emissionsKg;
}

}  // namespace

std::vector<RankedRegion> RegionRanking::rank(const Calculator& calculator, const Estimate& reference, Scope scope)
{
    const Catalog& catalog = calculator.catalog();
    const ResolvedLocation& ref = reference.location;
    if (scope == Scope::SameProvider && ref.kind != Location::Kind::Cloud)
        throw InputError("same-provider", "",
                         "comparing within the same provider needs a cloud location (--provider and --region)");

    std::vector<RankedRegion> rows;
    if (scope == Scope::Countries) {
        const std::string ownHardware = catalog.onPremise().name;
        for (const GridZone& zone : catalog.zones()) {
            if (zone.type != "country" && zone.type != "subdivision")
                continue;
            RankedRegion row;
            row.zone = &zone;
            row.location = Location::gridZone(zone.code);
            row.providerName = ownHardware;
            row.code = zone.code;
            row.name = zone.name;
            row.country = zone.country.empty() ? zone.code : zone.country;
            row.intensityYear = zone.year;
            row.chosen = ref.kind == Location::Kind::Zone && ref.zone == zone.code;
            computeRow(calculator, reference, row);
            rows.push_back(std::move(row));
        }
    } else {
        rows.reserve(catalog.regions().size());
        for (const CloudRegion& region : catalog.regions()) {
            if (scope == Scope::SameProvider && region.provider != ref.provider)
                continue;
            RankedRegion row;
            row.region = &region;
            row.location = Location::cloud(region.provider, region.region);
            row.provider = region.provider;
            if (const Provider* p = catalog.provider(region.provider))
                row.providerName = p->name;
            row.code = region.region;
            row.name = region.name;
            row.country = region.country;
            row.intensityYear = region.year;
            row.chosen =
                ref.kind == Location::Kind::Cloud && region.provider == ref.provider && region.region == ref.region;
            computeRow(calculator, reference, row);
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RankedRegion& a, const RankedRegion& b) {
        if (a.emissionsKg != b.emissionsKg)
            return a.emissionsKg < b.emissionsKg;
        return std::tie(a.provider, a.code) < std::tie(b.provider, b.code);
    });
    return rows;
}

}  // namespace mlcarbon
