#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

std::string runEstimate(const Calculator& calc, const Arguments& a, std::string& err);

}  // namespace mlcarbon
