#include "RegionRanking.h"

#include "InputError.h"
#include "WhatIf.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace mlcarbon {

namespace {

// Fills the outcome of a row: the reference's own figures when it is the chosen place,
// else the same job computed there with that place's defaults.
void computeRow(const Calculator& calculator, const Estimate& reference, RankedRegion& row)
{
    std::optional<Estimate> moved;
    if (!row.chosen)
        moved = calculator.estimate(WhatIf::movedTo(reference.input, row.location).input, reference.hardware);
    const Estimate& e = row.chosen ? reference : *moved;
    row.intensity = e.intensity;
    row.intensityYear = e.intensitySource.year.value_or(0);
    row.basis = e.intensityBasis;
    row.basisFallback = e.basisFallback();
    row.yearFallback = e.yearFallback();
    row.intensitySource = e.intensitySource.source;
    row.pue = e.pue;
    row.pueOrigin = e.pueOrigin;
    row.energyKwh = e.energyKwh;
    row.emissionsKg = e.emissionsKg;
    if (e.water && (e.water->onsiteNone.empty() || e.water->offsiteLPerKwh))
        row.waterL = e.water->litres();
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
            if (zone.type != ZoneType::Country && zone.type != ZoneType::Subdivision)
                continue;
            RankedRegion row;
            row.zone = &zone;
            row.location = Location::gridZone(zone.code);
            row.providerName = ownHardware;
            row.code = zone.code;
            row.name = zone.name;
            row.country = zone.country.empty() ? zone.code : zone.country;
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
            row.chosen =
                ref.kind == Location::Kind::Cloud && region.provider == ref.provider && region.region == ref.region;
            computeRow(calculator, reference, row);
            rows.push_back(std::move(row));
        }
    }
    sort(rows);
    return rows;
}

void RegionRanking::sort(std::vector<RankedRegion>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const RankedRegion& a, const RankedRegion& b) {
        if (a.emissionsKg != b.emissionsKg)
            return a.emissionsKg < b.emissionsKg;
        return std::tie(a.provider, a.code) < std::tie(b.provider, b.code);
    });
}

void RegionRanking::sortByWater(std::vector<RankedRegion>& rows)
{
    sort(rows);  // the emissions order breaks ties
    std::stable_sort(rows.begin(), rows.end(), [](const RankedRegion& a, const RankedRegion& b) {
        if (a.waterL.has_value() != b.waterL.has_value())
            return a.waterL.has_value();
        return a.waterL && *a.waterL < *b.waterL;
    });
}

std::size_t RegionRanking::yearFallbackCount(const std::vector<RankedRegion>& rows)
{
    return static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [](const RankedRegion& r) { return r.yearFallback; }));
}

std::size_t RegionRanking::fallbackCount(const std::vector<RankedRegion>& rows)
{
    return static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [](const RankedRegion& r) { return r.basisFallback; }));
}

}  // namespace mlcarbon
