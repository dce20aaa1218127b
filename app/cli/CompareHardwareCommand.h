#pragma once
#include "Calculator.h"
#include "CliArguments.h"
#include "HardwareRanking.h"

#include <string>

namespace mlcarbon {

// compare-hardware: the same training compute on every accelerator, cleanest first.
class CompareHardwareCommand {
public:
    static std::string run(const Calculator& calc, const CliArguments& a);
    // --kind, --vendor, --released-since, --min-memory-gb.
    static HardwareFilter filter(const CliArguments& a);
};

}  // namespace mlcarbon
