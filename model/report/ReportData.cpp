#include "ReportData.h"

#include <algorithm>

namespace mlcarbon {

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
