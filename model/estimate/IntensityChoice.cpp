#include "IntensityChoice.h"

#include "RangeRule.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace mlcarbon {

namespace {

// A place's figures as one list: its own (the source table's choice) first, then the others.
struct Candidate {
    double gPerKwh;
    std::optional<int> year;
    IntensityBasis basis;
    const std::string* sourceId;
    bool own;
};

// The history that applies to a place: a region's own series (Google's), then its zone's (the
// zone its own figure comes from, or its subdivision when it has no zone).
const std::vector<IntensityValue>* zoneHistory(const Catalog& catalog, const CloudRegion& region)
{
    const GridZone* zone = catalog.zone(region.zone.empty() ? region.subdivision : region.zone);
    return zone ? &zone->history : nullptr;
}

const std::vector<IntensityValue>* zoneHistory(const Catalog&, const GridZone&)
{
    return nullptr;
}

void describe(IntensityChoice& r, const Catalog& catalog, const std::string& ownSource, const std::string& ownLicense,
              bool own)
{
    if (own) {
        r.source = ownSource;
        r.license = ownLicense;
        return;
    }
    const SourceInfo* info = catalog.source(r.sourceId);
    r.source = (info ? info->title : r.sourceId) + ", " + Basis::label(r.basis) + " figure";
    if (info)
        r.license = info->license;
}

// The year rule (see the header): every dated figure of the place in order of preference, the
// first basis in preference() that has any, the requested year or the nearest one on it.
template <typename Place>
IntensityChoice chooseForYear(const Catalog& catalog, const Place& place, IntensityBasis requested, int year)
{
    std::vector<Candidate> all;
    all.push_back({place.gPerKwh, place.year, place.basis, &place.sourceId, true});
    auto addAll = [&all](const std::vector<IntensityValue>& values) {
        for (const IntensityValue& v : values) {
            if (v.year)
                all.push_back({v.gPerKwh, v.year, v.basis, &v.sourceId, false});
        }
    };
    addAll(place.history);
    if (const auto* more = zoneHistory(catalog, place))
        addAll(*more);
    addAll(place.alternatives);

    const Candidate* best = nullptr;
    for (IntensityBasis b : IntensityChoice::preference(requested)) {
        for (const Candidate& c : all) {
            if (c.basis != b)
                continue;
            // Nearer wins; on equal distance the later year; on the same year the earlier candidate.
            const int d = std::abs(*c.year - year);
            const int bestD = best ? std::abs(*best->year - year) : 0;
            if (!best || d < bestD || (d == bestD && *c.year > *best->year))
                best = &c;
        }
        if (best)
            break;
    }
    if (!best)
        best = &all.front();

    IntensityChoice r;
    r.requested = requested;
    r.requestedYear = year;
    r.basis = best->basis;
    r.gPerKwh = best->gPerKwh;
    r.year = *best->year;
    r.sourceId = *best->sourceId;
    describe(r, catalog, place.source, place.license, best->own);
    r.low = r.high = r.gPerKwh;
    for (const Candidate& c : all) {
        if (c.basis == r.basis && *c.year == r.year) {
            r.low = std::min(r.low, c.gPerKwh);
            r.high = std::max(r.high, c.gPerKwh);
        }
    }
    return r;
}

template <typename Place>
IntensityChoice choose(const Catalog& catalog, const Place& place, IntensityBasis requested, std::optional<int> year)
{
    if (year)
        return chooseForYear(catalog, place, requested, *year);

    std::vector<Candidate> all;
    all.reserve(place.alternatives.size() + 1);
    all.push_back({place.gPerKwh, place.year, place.basis, &place.sourceId, true});
    for (const IntensityValue& v : place.alternatives)
        all.push_back({v.gPerKwh, v.year, v.basis, &v.sourceId, false});

    const Candidate* best = nullptr;
    for (IntensityBasis b : IntensityChoice::preference(requested)) {
        // The source table's own choice when it is on this basis (it was chosen with care: e.g. Azure
        // westus keeps its California figure over a newer one of the wrong state); else the newest
        // dated figure on the basis. Undated figures are history only.
        if (all.front().basis == b) {
            best = &all.front();
            break;
        }
        for (const Candidate& c : all) {
            if (c.basis == b && c.year && (!best || *c.year > *best->year))
                best = &c;
        }
        if (best)
            break;
    }
    if (!best)
        best = &all.front();  // every entry's own figure is dated (the reader requires it)

    IntensityChoice r;
    r.requested = requested;
    r.basis = best->basis;
    r.gPerKwh = best->gPerKwh;
    r.year = best->year.value_or(place.year);
    r.sourceId = *best->sourceId;
    describe(r, catalog, place.source, place.license, best->own);
    r.low = r.high = r.gPerKwh;
    for (const Candidate& c : all) {
        if (c.basis == r.basis && c.year && RangeRule::counts(*c.year)) {
            r.low = std::min(r.low, c.gPerKwh);
            r.high = std::max(r.high, c.gPerKwh);
        }
    }
    return r;
}

}  // namespace

std::string IntensityChoice::basisText() const
{
    return Basis::usedText(basis, requested);
}

std::string IntensityChoice::yearText() const
{
    if (!yearFallback())
        return {};
    return Basis::yearFallbackText(year, *requestedYear);
}

IntensityChoice IntensityChoice::of(const Catalog& catalog, const CloudRegion& region, IntensityBasis requested,
                                    std::optional<int> year)
{
    return choose(catalog, region, requested, year);
}

IntensityChoice IntensityChoice::of(const Catalog& catalog, const GridZone& zone, IntensityBasis requested,
                                    std::optional<int> year)
{
    return choose(catalog, zone, requested, year);
}

std::array<IntensityBasis, 4> IntensityChoice::preference(IntensityBasis requested)
{
    using B = IntensityBasis;
    switch (requested) {
    case B::Direct: return {B::Direct, B::Provider, B::Unspecified, B::Lifecycle};
    case B::Provider: return {B::Provider, B::Lifecycle, B::Unspecified, B::Direct};
    case B::Unspecified: return {B::Unspecified, B::Lifecycle, B::Direct, B::Provider};
    case B::Lifecycle: break;
    }
    return {B::Lifecycle, B::Unspecified, B::Direct, B::Provider};
}

std::string IntensityChoice::yearRule()
{
    return "With the year of the run, each place uses its figure for that year on the chosen basis: its own "
           "figure when it is of that year, else its yearly history (Electricity Maps first, then the provider's "
           "own figures, Our World in Data/Ember, US EPA eGRID, then compilations that do not state a basis), "
           "else its other figures. A place with no figure for that year on the basis takes its nearest year's "
           "(the later one when two are as near), and the result says so. The basis is kept before the year. "
           "The range is then every figure on the basis for the year used.";
}

std::string IntensityChoice::fallbackRule()
{
    // Written from preference(), so the text cannot drift from the rule.
    std::string orders;
    for (IntensityBasis requested : Basis::kChoosable) {
        const auto order = preference(requested);
        orders += orders.empty() ? "for " : "; for ";
        orders += Basis::label(requested) + ", then ";
        for (std::size_t i = 1; i < order.size(); ++i)
            orders += (i > 1 ? ", " : "") + Basis::label(order[i]);
    }
    return "Each place uses its own figure (the one the reference table chose for it) when that is on the chosen "
           "basis, else its newest dated figure on that basis. A place with none on that basis takes, in the same "
           "way, a figure on the nearest other basis, and every such figure is marked: "
           + orders + ".";
}

}  // namespace mlcarbon
