#include "ProjectBudget.h"

#include "InputError.h"
#include "InputRules.h"
#include "NumberFormat.h"

#include <algorithm>

namespace mlcarbon {

std::vector<BudgetUse> ProjectBudget::of(const Project& project, const ProjectResult& result)
{
    std::vector<BudgetUse> out;
    if (project.budgetKg)
        out.push_back({"", *project.budgetKg, result.emissionsKg});
    for (const std::string& phase : Project::phases()) {
        const auto budget = project.phaseBudgetsKg.find(phase);
        if (budget == project.phaseBudgetsKg.end())
            continue;
        const auto total = result.phases.find(phase);
        out.push_back({phase, budget->second, total == result.phases.end() ? 0.0 : total->second.emissionsKg});
    }
    return out;
}

std::optional<double> ProjectBudget::parse(std::string_view text)
{
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        return std::nullopt;
    const std::string allowed = "a carbon budget in kg CO2e greater than 0 and at most 1e15 (e.g. 500), or empty";
    const double v = InputRules::number("budget", text, allowed);
    if (!(v > 0) || v > kMaxBudgetKg)
        throw InputError("budget", std::string(text), allowed);
    return v;
}

std::string ProjectBudget::text(const BudgetUse& use)
{
    using NF = NumberFormat;
    std::string s = (use.scope.empty() ? std::string("whole project") : use.scope) + ": " + NF::mass(use.usedKg)
                    + " of " + NF::mass(use.budgetKg) + " (" + NF::significant(100 * use.share()) + " %), ";
    return s + (use.over() ? NF::mass(-use.leftKg()) + " over" : NF::mass(use.leftKg()) + " left");
}

}  // namespace mlcarbon
