#pragma once
#include "Calculator.h"
#include "CliArguments.h"

namespace mlcarbon {

// batch FILE.csv [-o OUT.csv] [--summary]: streams the log; rows are written as they are read.
class BatchCommand {
public:
    // The exit code: success, or some rows skipped.
    static int run(const Calculator& calc, const CliArguments& a);
};

}  // namespace mlcarbon
