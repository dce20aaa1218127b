#pragma once
#include "EstimateInput.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace mlcarbon {

// One job of a project: a training run, a tuning sweep, months of inference.
struct ProjectItem {
    std::string label;
    std::string phase = "training";  // training, tuning, inference, other
    EstimateInput input;
    nlohmann::json extra = nlohmann::json::object();  // keys this version does not know, kept for saving
};

// A named list of jobs, saved as a .mlcarbon.json file (ProjectFile).
struct Project {
    std::string name;
    std::string description;
    std::string presetId;  // the published run it was made from, if any
    // One intensity basis for every item, so that the totals add like with like; it overrides
    // the items' own (ProjectCalculator applies it).
    IntensityBasis basis = Basis::kDefault;
    std::vector<ProjectItem> items;
    nlohmann::json extra = nlohmann::json::object();

    static const std::vector<std::string>& phases();
};

}  // namespace mlcarbon
