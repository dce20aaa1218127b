#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

// estimate: one job, a preset (with its paper beside it) or a project, as text, JSON or CSV.
class EstimateCommand {
public:
    static std::string run(const Calculator& calc, const CliArguments& a, std::string& err);
};

}  // namespace mlcarbon
