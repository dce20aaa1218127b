#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

// report: the job's estimate and comparison written to the files asked for (PDF, CSV, LaTeX,
// Markdown, model card); the output names every file written.
class ReportCommand {
public:
    static std::string run(const Catalog& catalog, const Calculator& calc, const CliArguments& a, std::string& err);
};

}  // namespace mlcarbon
