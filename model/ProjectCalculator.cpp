#include "ProjectCalculator.h"

#include "InputError.h"

#include <algorithm>
#include <tuple>

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
        try {
            r.items.push_back(calculator.estimate(item.input));
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
        PhaseTotal& phase = r.phases[item.phase];
        phase.energyKwh += e.energyKwh;
        phase.emissionsKg += e.emissionsKg;
        ++phase.items;
    }
    for (const Estimate& e : r.items)
        r.shares.push_back(r.emissionsKg > 0 ? e.emissionsKg / r.emissionsKg : 0.0);
    return r;
}

std::vector<RankedRegion> ProjectCalculator::rankMoved(const Calculator& calculator, const ProjectResult& result,
                                                       RegionRanking::Scope scope)
{
    // Rank each item, then add the rows of the same place together. RegionRanking keeps an item's
    // own figures where the place is its own location.
    std::vector<RankedRegion> total;
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        auto rows = RegionRanking::rank(calculator, result.items[i], scope);
        if (i == 0) {
            total = std::move(rows);
            continue;
        }
        for (RankedRegion& t : total) {
            for (const RankedRegion& r : rows) {
                if (r.region == t.region && r.zone == t.zone) {
                    t.energyKwh += r.energyKwh;
                    t.emissionsKg += r.emissionsKg;
                    t.chosen = t.chosen && r.chosen;  // chosen: every item already runs there
                    break;
                }
            }
        }
    }
    for (RankedRegion& t : total) {
        t.savingKg = result.emissionsKg - t.emissionsKg;
        t.savingPct =
            result.emissionsKg > 0 ? std::optional<double>(100.0 * t.savingKg / result.emissionsKg) : std::nullopt;
    }
    std::stable_sort(total.begin(), total.end(), [](const RankedRegion& a, const RankedRegion& b) {
        if (a.emissionsKg != b.emissionsKg)
            return a.emissionsKg < b.emissionsKg;
        return std::tie(a.provider, a.code) < std::tie(b.provider, b.code);
    });
    return total;
}

}  // namespace mlcarbon
