#pragma once
#include "Calculator.h"
#include "CliArguments.h"
#include "WhenQuery.h"

#include <string>

namespace mlcarbon {

// when: the job (estimate options, a preset or a published model) at the best start in a window and paused
// in the dirtiest hours, from the place's hourly grid data, as text, JSON or CSV (the curve). The report
// command takes the same options for its "When to run" section.
class WhenCommand {
public:
    static std::string run(const Calculator& calc, const CliArguments& a, std::string& err);
    // Whether a report is asked for the section: --when, or any of the when options.
    static bool asked(const CliArguments& a);
    // The request from the options, each checked before any data are read.
    static WhenRequest request(const CliArguments& a);
    // The hourly data (and --hourly-file for the job's place), and the plan of the job.
    static WhenResult plan(const Estimate& e, const CliArguments& a, std::string& err);
};

}  // namespace mlcarbon
