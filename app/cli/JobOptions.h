#pragma once
#include "Calculator.h"
#include "CliArguments.h"
#include "Project.h"
#include "PublishedModelJob.h"
#include "RegionRanking.h"
#include "WhatIf.h"

#include <string>

namespace mlcarbon {

// The job that estimate, compare and report run: from the job options, a preset or a project.
class JobOptions {
public:
    // The job options given, read by InputRules; what they change is WhatIf::apply's rule.
    static WhatIfChanges changes(const CliArguments& a);
    // The job's estimate with the notes of the what-if edit that made it: --preset ID with the job
    // options over it (`run` is set to the published run), --model ID (a published model's record,
    // `model` set to its job, the assumptions among the notes), else the job options alone.
    static Estimate estimate(const Calculator& calc, const CliArguments& a, const PublishedRun*& run,
                             std::optional<ModelJob>* model = nullptr);
    // --project FILE: warnings are added to `err`.
    static Project project(const CliArguments& a, std::string& err);
    // --same-provider or --countries, else every cloud region.
    static RegionRanking::Scope rankingScope(const CliArguments& a, const Estimate& e);

private:
    // A job from the options alone: hardware, hours and a location are required.
    static WhatIfEdit job(const CliArguments& a);
    static WhatIfEdit preset(const Catalog& catalog, const CliArguments& a, const PublishedRun*& run);
    static ModelJob model(const Catalog& catalog, const CliArguments& a);
};

}  // namespace mlcarbon
