#pragma once
#include "Calculator.h"
#include "CliArguments.h"

namespace mlcarbon {

// batch FILE.csv [-o OUT.csv] [--summary]: streams the log; rows are written as they are read.
int runBatch(const Calculator& calc, const Arguments& a);

}  // namespace mlcarbon
