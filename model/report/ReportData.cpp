#include "ReportData.h"

#include "Calculator.h"
#include "InputError.h"

#include <algorithm>

namespace mlcarbon {

namespace {

// The cleanest kCleanestShown rows, then the chosen one if it is not among them.
template <class Row> std::vector<const Row*> cleanestAndChosen(const std::vector<Row>& ranking)
{
    std::vector<const Row*> rows;
    for (std::size_t i = 0; i < ranking.size() && i < static_cast<std::size_t>(ReportData::kCleanestShown); ++i)
        rows.push_back(&ranking[i]);
    for (const Row& r : ranking) {
        if (r.chosen && std::find(rows.begin(), rows.end(), &r) == rows.end())
            rows.push_back(&r);
    }
    return rows;
}

}  // namespace

ReportData ReportData::ofJob(const Catalog& catalog, Estimate estimate, std::vector<RankedRegion> ranking)
{
    ReportData data;
    data.catalog = &catalog;
    data.equivalents = Equivalents::of(catalog, estimate.emissionsKg);
    data.estimate = std::move(estimate);
    data.ranking = std::move(ranking);
    if (!data.estimate.compute.used) {
        data.hardwareNote = "No cleaner-hardware comparison: the job is given as a duration, not as training compute.";
        return data;
    }
    try {
        // The front ends pass only the catalog; a calculator over it is what every other model part uses.
        const Calculator calculator(catalog);
        data.hardwareRanking = HardwareRanking::rank(calculator, data.estimate);
    } catch (const InputError& e) {
        data.hardwareNote = "No cleaner-hardware comparison: it needs " + e.allowed() + ".";
    }
    return data;
}

ReportData ReportData::ofProject(const Catalog& catalog, Project project, ProjectResult result,
                                 std::vector<RankedRegion> ranking)
{
    ReportData data;
    data.catalog = &catalog;
    data.equivalents = Equivalents::of(catalog, result.emissionsKg);
    data.estimate = result.items.front();
    data.ranking = std::move(ranking);
    data.project = ProjectPart{std::move(project), std::move(result)};
    data.hardwareNote = "No cleaner-hardware comparison: it compares one job's training compute, and a project's "
                        "items may each run on other hardware.";
    return data;
}

std::vector<const RankedRegion*> ReportData::shownRows(const std::vector<RankedRegion>& ranking)
{
    return cleanestAndChosen(ranking);
}

std::vector<const RankedHardware*> ReportData::shownHardwareRows(const std::vector<RankedHardware>& ranking)
{
    return cleanestAndChosen(ranking);
}

}  // namespace mlcarbon
