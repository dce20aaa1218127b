#pragma once
#include "Catalog.h"
#include "Equivalents.h"
#include "Estimate.h"
#include "HardwareRanking.h"
#include "Project.h"
#include "ProjectCalculator.h"
#include "RegionRanking.h"
#include "WhenQuery.h"

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// Everything a report shows, from the model: the input of every report writer, text or PDF.
struct ReportData {
    // The comparison rows a report lists: the cleanest this many, plus the chosen one.
    static constexpr int kCleanestShown = 10;

    Estimate estimate;  // the single job (for a project: its first item, for the headline fields)
    std::vector<Equivalent> equivalents;
    std::vector<RankedRegion> ranking;  // the full comparison, cleanest first
    const Catalog* catalog = nullptr;
    // Set for a project: the report shows its items, phases and totals, and `ranking` is the
    // whole project moved (ProjectCalculator::rankMoved).
    struct ProjectPart {
        Project project;
        ProjectResult result;
    };
    std::optional<ProjectPart> project;
    // The cleaner-hardware comparison of a single compute-based job (HardwareRanking::rank on every
    // accelerator), cleanest first. Empty for a job given as a duration and for a project (whose
    // items may each run on other hardware); then `hardwareNote` says why in one sentence.
    std::vector<RankedHardware> hardwareRanking;
    std::string hardwareNote;
    // When to run the single job (WhenQuery), when the person asks for it; the PDF and Markdown add a section.
    std::optional<WhenResult> when;

    // The report of one job, with its comparison, equivalents of its emissions and, when the job is
    // given as training compute, its cleaner-hardware comparison.
    static ReportData ofJob(const Catalog& catalog, Estimate estimate, std::vector<RankedRegion> ranking);
    // The report of a project: its first item gives the headline fields, the equivalents are of the
    // total, and `ranking` is the whole project moved.
    static ReportData ofProject(const Catalog& catalog, Project project, ProjectResult result,
                                std::vector<RankedRegion> ranking);

    // The rows of `ranking` a report lists: the cleanest kCleanestShown, plus the chosen one.
    static std::vector<const RankedRegion*> shownRows(const std::vector<RankedRegion>& ranking);
    // The rows of `hardwareRanking` a report lists: the same rule.
    static std::vector<const RankedHardware*> shownHardwareRows(const std::vector<RankedHardware>& ranking);
};

}  // namespace mlcarbon
