#pragma once
#include "Calculator.h"
#include "Project.h"
#include "WhatIf.h"

#include <string>
#include <vector>

namespace mlcarbon {

// A published training run turned into a project, and what mlcarbon says about it.
struct PresetComparison {
    const PublishedRun* run = nullptr;
    Project reported;                   // the authors' inputs; gaps filled from the databases
    std::vector<std::string> filledIn;  // which inputs came from the databases, and what they are
    Project defaults;                   // the same job with database defaults only (TDP, place, PUE)
    std::optional<Estimate> fromReported;
    std::optional<Estimate> fromDefaults;
    std::vector<std::string> reasons;  // why the figures differ, one line each
};

class PresetProject {
public:
    // The project of a published run: one training item with the reported inputs.
    static Project reported(const PublishedRun& run, std::vector<std::string>* filledIn = nullptr);
    static Project defaults(const PublishedRun& run);
    static PresetComparison compare(const Calculator& calculator, const PublishedRun& run);
    // The run's reported inputs with `changes` over them (WhatIf::apply): what is dropped is noted.
    static WhatIfEdit whatIf(const PublishedRun& run, const WhatIfChanges& changes);
    // True when the run publishes every input of the formula and both totals.
    static bool complete(const PublishedRun& run);
};

}  // namespace mlcarbon
