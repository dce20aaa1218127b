#pragma once
#include "Calculator.h"
#include "CliArguments.h"
#include "Project.h"
#include "RegionRanking.h"
#include "WhatIf.h"

#include <string>

namespace mlcarbon {

// The job that estimate, compare and report run: from the job options, a preset or a project.
class JobOptions {
public:
    // The job options given, read by InputRules; what they change is WhatIf::apply's rule.
    static WhatIfChanges changes(const CliArguments& a);
    // A job from the options alone: hardware, hours and a location are required.
    static WhatIfEdit job(const CliArguments& a);
    // The estimate of a job with the notes of the what-if edit that made it.
    static Estimate estimateOf(const Calculator& calc, const WhatIfEdit& edit);
    // --project FILE: warnings are added to `err`.
    static Project project(const CliArguments& a, std::string& err);
    // --preset ID: `run` is set to the published run.
    static WhatIfEdit preset(const Catalog& catalog, const CliArguments& a, const PublishedRun*& run);
    // --same-provider or --countries, else every cloud region.
    static RegionRanking::Scope rankingScope(const CliArguments& a, const Estimate& e);
};

}  // namespace mlcarbon
