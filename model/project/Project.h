#pragma once
#include "EstimateInput.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// One job of a project: a training run, a tuning sweep, months of inference.
struct ProjectItem {
    std::string label;
    std::string phase = "training";  // training, tuning, inference, other
    EstimateInput input;
    // Keys this version does not know, each with its value as JSON text, written back unchanged.
    // As text, so that the project's records need no JSON library (ProjectFile reads and writes it).
    std::map<std::string, std::string> extra;
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
    // A carbon budget set before the work starts (location-based kg CO2e), for the whole project and
    // per phase; ProjectBudget compares the totals with them.
    std::optional<double> budgetKg;
    std::map<std::string, double> phaseBudgetsKg;
    std::map<std::string, std::string> extra;  // as ProjectItem::extra

    static const std::vector<std::string>& phases();
};

}  // namespace mlcarbon
