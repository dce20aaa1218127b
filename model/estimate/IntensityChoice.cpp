#include "IntensityChoice.h"

#include "RangeRule.h"

#include <algorithm>
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

template <typename Place> IntensityChoice choose(const Catalog& catalog, const Place& place, IntensityBasis requested)
{
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
    if (best->own) {
        r.source = place.source;
        r.license = place.license;
    } else {
        const SourceInfo* info = catalog.source(r.sourceId);
        r.source = (info ? info->title : r.sourceId) + ", " + Basis::label(r.basis) + " figure";
        if (info)
            r.license = info->license;
    }
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

IntensityChoice IntensityChoice::of(const Catalog& catalog, const CloudRegion& region, IntensityBasis requested)
{
    return choose(catalog, region, requested);
}

IntensityChoice IntensityChoice::of(const Catalog& catalog, const GridZone& zone, IntensityBasis requested)
{
    return choose(catalog, zone, requested);
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
