#pragma once
#include "Project.h"
#include "ProjectCalculator.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// One budget and how much of it the project uses (location-based emissions, as the totals).
struct BudgetUse {
    std::string scope;  // "" for the whole project, else the phase
    double budgetKg = 0;
    double usedKg = 0;

    double share() const { return budgetKg > 0 ? usedKg / budgetKg : 0; }
    double leftKg() const { return budgetKg - usedKg; }  // negative: over by that much
    bool over() const { return usedKg > budgetKg; }
};

// The project's budgets against its totals: the whole project first, then each phase with a budget
// in phase order. The rule for the project view, the reports and `--fail-over-budget`.
class ProjectBudget {
public:
    static std::vector<BudgetUse> of(const Project& project, const ProjectResult& result);
    // "whole project: 127 kg CO2e of 100 kg CO2e (127 %), 27.0 kg CO2e over"
    static std::string text(const BudgetUse& use);
    static constexpr double kMaxBudgetKg = 1e15;
    // A budget as typed ("500", "1.2e3"), kg CO2e in (0, 1e15]; empty text is no budget. Throws InputError.
    static std::optional<double> parse(std::string_view text);
};

}  // namespace mlcarbon
