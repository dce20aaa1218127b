#pragma once
#include "EstimateInput.h"

#include <string>
#include <string_view>

namespace mlcarbon {

// The one set of rules for what a person may type, shared by the CLI and the GUI.
// Parsers read text strictly (no trailing garbage, no NaN/inf, no hex) and check the range;
// every failure is an InputError naming the field, the value and what is allowed.
class InputRules {
public:
    static double hours(std::string_view text);
    static double count(std::string_view text);
    static double utilization(std::string_view text, const std::string& field = "utilization");
    static double pue(std::string_view text);
    static double powerW(std::string_view text);
    static double intensity(std::string_view text);
    static double offsetPct(std::string_view text);
    static double hostCpuW(std::string_view text);
    static double hostMemoryGb(std::string_view text);
    static int positiveInteger(const std::string& field, std::string_view text);
    // lifecycle, direct or provider (case-insensitive); unspecified is never a choice.
    static IntensityBasis basis(std::string_view text, const std::string& field = "basis");

    // Checks the numbers of an input built in code (the GUI's spin boxes, a project file).
    static void validate(const EstimateInput& input);

    // Allowed ranges, also quoted in the messages and the README.
    static constexpr double kMaxHours = 1e9;
    static constexpr double kMaxCount = 1e12;
    static constexpr double kMaxPowerW = 10000;
    static constexpr double kMaxHostCpuW = 10000;
    static constexpr double kMaxHostMemoryGb = 1e6;

    // Parses a finite decimal number; throws InputError(field, text, allowed) otherwise.
    static double number(std::string_view field, std::string_view text, const std::string& allowed);
};

}  // namespace mlcarbon
