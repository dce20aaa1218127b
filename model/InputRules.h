#pragma once
#include "EstimateInput.h"

#include <string>

namespace mlcarbon {

// The one set of rules for what a person may type, shared by the CLI and the GUI.
// Parsers read text strictly (no trailing garbage, no NaN/inf, no hex) and check the range;
// every failure is an InputError naming the field, the value and what is allowed.
class InputRules {
public:
    static double hours(const std::string& text);
    static double count(const std::string& text);
    static double utilization(const std::string& text, const std::string& field = "utilization");
    static double pue(const std::string& text);
    static double powerW(const std::string& text);
    static double intensity(const std::string& text);
    static double offsetPct(const std::string& text);
    static double hostCpuW(const std::string& text);
    static double hostMemoryGb(const std::string& text);
    static int positiveInteger(const std::string& field, const std::string& text);

    // Checks the numbers of an input built in code (the GUI's spin boxes, a project file).
    static void validate(const EstimateInput& input);

    // Allowed ranges, also quoted in the messages and the README.
    static constexpr double kMaxHours = 1e9;
    static constexpr double kMaxCount = 1e12;
    static constexpr double kMaxPowerW = 10000;
    static constexpr double kMaxHostCpuW = 10000;
    static constexpr double kMaxHostMemoryGb = 1e6;

    // Parses a finite decimal number; throws InputError(field, text, allowed) otherwise.
    static double number(const std::string& field, const std::string& text, const std::string& allowed);
};

}  // namespace mlcarbon
