#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

std::string runReport(const Catalog& catalog, const Calculator& calc, const Arguments& a);

}  // namespace mlcarbon
