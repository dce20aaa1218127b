#include "ProjectCalculator.h"

#include "InputError.h"

#include <algorithm>
#include <map>
#include <utility>

namespace mlcarbon {

bool PhaseOrder::operator()(const std::string& a, const std::string& b) const
{
    const auto& phases = Project::phases();
    const auto ia = std::find(phases.begin(), phases.end(), a) - phases.begin();
    const auto ib = std::find(phases.begin(), phases.end(), b) - phases.begin();
    return ia != ib ? ia < ib : a < b;
}

ProjectResult ProjectCalculator::compute(const Calculator& calculator, const Project& project)
{
    ProjectResult r;
    if (project.items.empty())
        throw InputError("project", "", "a project needs at least one item", "has no items");
    for (std::size_t i = 0; i < project.items.size(); ++i) {
        const ProjectItem& item = project.items[i];
        EstimateInput input = item.input;
        input.basis = project.basis;
        try {
            r.items.push_back(calculator.estimate(input));
        } catch (const InputError& e) {
            const std::string where =
                "item " + std::to_string(i + 1) + (item.label.empty() ? "" : " ('" + item.label + "')");
            throw InputError(where + ": " + e.field(), e.value(), e.allowed(), "is not allowed");
        }
        const Estimate& e = r.items.back();
        r.energyKwh += e.energyKwh;
        r.emissionsKg += e.emissionsKg;
        r.emissionsLowKg += e.emissionsLowKg;
        r.emissionsHighKg += e.emissionsHighKg;
        r.marketEmissionsKg += e.marketEmissionsKg;
        if (e.embodied && e.embodied->figure.known()) {
            r.embodiedKg += e.embodied->kg;
            ++r.embodiedItems;
        } else if (e.embodied) {
            ++r.embodiedMissing;
        }
        if (e.water && (e.water->onsiteNone.empty() || e.water->offsiteLPerKwh)) {
            r.waterL += e.water->litres();
            ++r.waterItems;
        }
        PhaseTotal& phase = r.phases[item.phase];
        phase.energyKwh += e.energyKwh;
        phase.emissionsKg += e.emissionsKg;
        ++phase.items;
    }
    for (const Estimate& e : r.items)
        r.shares.push_back(r.emissionsKg > 0 ? e.emissionsKg / r.emissionsKg : 0.0);
    return r;
}

void ProjectCalculator::checkScope(const ProjectResult& result, RegionRanking::Scope scope)
{
    if (scope != RegionRanking::Scope::SameProvider || result.items.empty())
        return;
    const ResolvedLocation& first = result.items.front().location;
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        const ResolvedLocation& l = result.items[i].location;
        if (l.kind != Location::Kind::Cloud || l.provider != first.provider || first.kind != Location::Kind::Cloud)
            throw InputError(
                "same-provider", "",
                "the whole project can be compared within one provider only when every item runs on "
                "the same cloud provider; item "
                    + std::to_string(i + 1) + " runs "
                    + (l.kind == Location::Kind::Cloud ? "on " + l.providerName : std::string("outside the cloud"))
                    + " (compare all providers, or the item alone)",
                "is not possible for this project");
    }
}

std::vector<RankedRegion> ProjectCalculator::rankMoved(const Calculator& calculator, const ProjectResult& result,
                                                       RegionRanking::Scope scope)
{
    checkScope(result, scope);
    // Rank each item, then add the rows of the same place together (by place, so no row is
    // matched by accident). RegionRanking keeps an item's own figures where the place is its own.
    std::vector<RankedRegion> total;
    std::map<std::pair<std::string, std::string>, std::size_t> index;  // (provider, code) -> row of total
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        auto rows = RegionRanking::rank(calculator, result.items[i], scope);
        if (i == 0) {
            total = std::move(rows);
            for (std::size_t k = 0; k < total.size(); ++k)
                index[{total[k].provider, total[k].code}] = k;
            continue;
        }
        if (rows.size() != total.size())
            throw InputError("scope", "", "every item must be compared over the same places", "differs between items");
        for (const RankedRegion& r : rows) {
            auto it = index.find({r.provider, r.code});
            if (it == index.end())
                throw InputError("scope", r.code, "every item must be compared over the same places",
                                 "is missing for item 1");
            RankedRegion& t = total[it->second];
            t.energyKwh += r.energyKwh;
            t.emissionsKg += r.emissionsKg;
            t.chosen = t.chosen && r.chosen;  // chosen: every item already runs there
            t.basisFallback = t.basisFallback || r.basisFallback;
            t.yearFallback = t.yearFallback || r.yearFallback;
            if (isDefault(r.pueOrigin))
                t.pueOrigin = r.pueOrigin;  // a default for any item marks the place
        }
    }
    for (RankedRegion& t : total) {
        t.savingKg = result.emissionsKg - t.emissionsKg;
        t.savingPct =
            result.emissionsKg > 0 ? std::optional<double>(100.0 * t.savingKg / result.emissionsKg) : std::nullopt;
    }
    RegionRanking::sort(total);
    return total;
}

}  // namespace mlcarbon
