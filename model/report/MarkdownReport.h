#pragma once
#include "Equivalents.h"
#include "Estimate.h"
#include "HardwareRanking.h"
#include "Project.h"
#include "ProjectCalculator.h"
#include "RegionRanking.h"

#include <string>
#include <vector>

namespace mlcarbon {

// A Markdown summary (README, model card body, issue): inputs, result, formula, cleanest
// regions, cleanest hardware, sources.
class MarkdownReport {
public:
    // `hardware`: the cleaner-hardware rows to list; when there are none, `hardwareNote` (if any)
    // says why in one line.
    static std::string summary(const Estimate& e, const std::vector<RankedRegion>& cleanest = {},
                               const std::vector<RankedHardware>& hardware = {}, const std::string& hardwareNote = {});
    // A project: totals, one row per item, per phase, the whole project moved, sources per item.
    static std::string projectSummary(const Project& project, const ProjectResult& result,
                                      const std::vector<RankedRegion>& cleanest = {},
                                      const std::string& hardwareNote = {});
    // Escapes Markdown table and emphasis characters in a cell.
    static std::string escape(const std::string& text);
};

}  // namespace mlcarbon
