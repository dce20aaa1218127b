#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

// when: the job (estimate options, a preset or a published model) at the best start in a window and paused
// in the dirtiest hours, from the place's hourly grid data, as text, JSON or CSV (the curve).
class WhenCommand {
public:
    static std::string run(const Calculator& calc, const CliArguments& a, std::string& err);
};

}  // namespace mlcarbon
