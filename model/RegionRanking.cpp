#include "RegionRanking.h"

#include "InputError.h"

#include <algorithm>

namespace mlcarbon {

std::vector<RankedRegion> RegionRanking::rank(const Calculator& calculator, const Estimate& reference, Scope scope)
{
    const Catalog& catalog = calculator.catalog();
    if (scope == Scope::SameProvider && reference.location.kind != Location::Kind::Cloud)
        throw InputError("same-provider", "", "comparing within the same provider needs a cloud location (--provider and --region)");

    std::vector<RankedRegion> rows;
    rows.reserve(catalog.regions().size());
    for (const CloudRegion& region : catalog.regions()) {
        if (scope == Scope::SameProvider && region.provider != reference.location.provider)
            continue;
        RankedRegion row;
        row.region = &region;
        const bool chosen = reference.location.kind == Location::Kind::Cloud
            && region.provider == reference.location.provider && region.region == reference.location.region;
        if (chosen) {
            row.chosen = true;
            row.intensity = reference.intensity;
            row.pue = reference.pue;
            row.energyKwh = reference.energyKwh;
            row.emissionsKg = reference.emissionsKg;
        } else {
            EstimateInput input = reference.input;
            input.location = Location::cloud(region.provider, region.region);
            input.pue.reset();  // the region's own PUE: the user's figure describes their data centre
            Estimate e = calculator.estimate(input, reference.hardware);
            row.intensity = e.intensity;
            row.pue = e.pue;
            row.energyKwh = e.energyKwh;
            row.emissionsKg = e.emissionsKg;
        }
        if (const Provider* p = catalog.provider(region.provider))
            row.providerName = p->name;
        row.savingKg = reference.emissionsKg - row.emissionsKg;
        if (reference.emissionsKg > 0)
            row.savingPct = 100.0 * row.savingKg / reference.emissionsKg;
        rows.push_back(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RankedRegion& a, const RankedRegion& b) {
        if (a.emissionsKg != b.emissionsKg)
            return a.emissionsKg < b.emissionsKg;
        return a.region->key() < b.region->key();
    });
    return rows;
}

}  // namespace mlcarbon
