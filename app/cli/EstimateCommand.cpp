#include "EstimateCommand.h"

#include "Equivalents.h"
#include "EstimateReport.h"
#include "JobOptions.h"
#include "PresetProject.h"
#include "PresetReport.h"
#include "ProjectBudget.h"
#include "ProjectCalculator.h"
#include "ProjectReport.h"
#include "PublishedModelReport.h"
#include "TableWriter.h"

#include <nlohmann/json.hpp>

namespace mlcarbon {

namespace {

std::string runProjectEstimate(const Calculator& calc, const CliArguments& a, std::string& err,
                               std::vector<std::string>& overBudget)
{
    const std::string f = a.format();
    const Project project = JobOptions::project(a, err);
    const ProjectResult r = ProjectCalculator::compute(calc, project);
    // --fail-over-budget: for pipelines; the output is written as usual, the overrun goes to stderr.
    if (a.has("fail-over-budget")) {
        for (const BudgetUse& b : ProjectBudget::of(project, r)) {
            if (b.over())
                overBudget.push_back("over budget: " + ProjectBudget::text(b));
        }
    }
    if (f == "csv")
        return TableWriter::csv(ProjectReport::table(project, r));
    return f == "json" ? ProjectReport::json(project, r) : ProjectReport::text(project, r);
}

}  // namespace

std::string EstimateCommand::run(const Calculator& calc, const CliArguments& a, std::string& err,
                                 std::vector<std::string>& overBudget)
{
    if (a.has("fail-over-budget") && !a.has("project"))
        usageError("fail-over-budget", "", "--project FILE: a budget is a project's (\"budget_kg\" in the file)");
    if (a.has("project"))
        return runProjectEstimate(calc, a, err, overBudget);
    const std::string f = a.format();
    const PublishedRun* run = nullptr;
    std::optional<ModelJob> model;
    Estimate e = JobOptions::estimate(calc, a, run, &model);
    if (model) {
        const auto equivalents = Equivalents::of(calc.catalog(), e.emissionsKg);
        if (f == "json") {
            auto j = nlohmann::ordered_json::parse(EstimateReport::json(e, equivalents));
            j["published_model"] = PublishedModelReport::json(calc.catalog(), *model);
            return j.dump(2) + "\n";
        }
        if (f == "csv")
            return EstimateReport::csv(e);
        return EstimateReport::text(e, equivalents) + PublishedModelReport::text(calc.catalog(), *model);
    }
    if (run) {
        const auto equivalents = Equivalents::of(calc.catalog(), e.emissionsKg);
        if (f == "json") {
            auto j = nlohmann::ordered_json::parse(EstimateReport::json(e, equivalents));
            j["preset"] = PresetReport::json(PresetProject::compare(calc, *run), e);
            return j.dump(2) + "\n";
        }
        if (f == "csv")
            return EstimateReport::csv(e);
        return EstimateReport::text(e, equivalents) + PresetReport::text(PresetProject::compare(calc, *run), e);
    }
    const auto equivalents = Equivalents::of(calc.catalog(), e.emissionsKg);
    if (f == "json")
        return EstimateReport::json(e, equivalents);
    if (f == "csv")
        return EstimateReport::csv(e);
    return EstimateReport::text(e, equivalents);
}

}  // namespace mlcarbon
