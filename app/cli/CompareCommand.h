#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

std::string runCompare(const Calculator& calc, const Arguments& a);

}  // namespace mlcarbon
