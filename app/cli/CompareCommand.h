#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

// compare: the same job (or the whole project) in every place, cleanest first.
class CompareCommand {
public:
    static std::string run(const Calculator& calc, const CliArguments& a);
};

}  // namespace mlcarbon
