#include "ReportData.h"

#include <algorithm>

namespace mlcarbon {

ReportData ReportData::ofJob(const Catalog& catalog, Estimate estimate, std::vector<RankedRegion> ranking)
{
    ReportData data;
    data.catalog = &catalog;
    data.equivalents = Equivalents::of(catalog, estimate.emissionsKg);
    data.estimate = std::move(estimate);
    data.ranking = std::move(ranking);
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
    return data;
}

std::vector<const RankedRegion*> ReportData::shownRows(const std::vector<RankedRegion>& ranking)
{
    std::vector<const RankedRegion*> rows;
    for (std::size_t i = 0; i < ranking.size() && i < static_cast<std::size_t>(kCleanestShown); ++i)
        rows.push_back(&ranking[i]);
    for (const RankedRegion& r : ranking) {
        if (r.chosen && std::find(rows.begin(), rows.end(), &r) == rows.end())
            rows.push_back(&r);
    }
    return rows;
}

}  // namespace mlcarbon
