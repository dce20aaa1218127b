#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>
#include <vector>

namespace mlcarbon {

// estimate: one job, a preset (with its paper beside it) or a project, as text, JSON or CSV. With
// --fail-over-budget, each budget of the project that the total exceeds is added to overBudget.
class EstimateCommand {
public:
    static std::string run(const Calculator& calc, const CliArguments& a, std::string& err,
                           std::vector<std::string>& overBudget);
};

}  // namespace mlcarbon
