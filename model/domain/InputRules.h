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
    // A job that runs part of each day: hours a day (0, 24], days (0, 1e9 / 24], and the one rule for
    // the hours they make (hoursPerDay x days, at most kMaxHours).
    static double hoursPerDay(std::string_view text);
    static double days(std::string_view text);
    static double scheduledHours(double hoursPerDay, double days);
    static double utilization(std::string_view text, const std::string& field = "utilization");
    static double pue(std::string_view text);
    static double powerW(std::string_view text);
    static double intensity(std::string_view text);
    static double offsetPct(std::string_view text);
    static double hostCpuW(std::string_view text);
    static double hostMemoryGb(std::string_view text);
    static int positiveInteger(const std::string& field, std::string_view text);
    // The year of the run: a whole year from kMinYear to kMaxYear.
    static int year(std::string_view text);
    // Training compute: FLOP (3.14e23), parameters and tokens (7e9 or 7B, 2T; K, M, B or G, T), MFU (0, 1].
    static double flop(std::string_view text);
    static double params(std::string_view text);
    static double tokens(std::string_view text);
    static double mfu(std::string_view text);
    // Beyond the electricity: device lifetime (0, 30] years, active share (0, 1], on-site WUE [0, 20]
    // L/kWh, requests and tokens served (counts, with the same K/M/B/T suffixes).
    static double lifetimeYears(std::string_view text);
    static double activeShare(std::string_view text);
    static double wue(std::string_view text);
    static double requests(std::string_view text);
    static double servedTokens(std::string_view text);
    // bf16, fp8, fp16 or fp32 (case-insensitive).
    static Precision precision(std::string_view text);
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
    static constexpr int kMinYear = 2000;  // the oldest grid figures in the data
    static constexpr int kMaxYear = 2100;
    static constexpr double kMinFlop = 1e9;
    static constexpr double kMaxFlop = 1e30;
    static constexpr double kMaxParams = 1e15;
    static constexpr double kMaxTokens = 1e16;
    static constexpr double kMaxLifetimeYears = 30;
    static constexpr double kMaxWue = 20;
    static constexpr double kMaxRequests = 1e15;
    static constexpr double kMaxServedTokens = 1e18;

    // Parses a finite decimal number; throws InputError(field, text, allowed) otherwise.
    static double number(std::string_view field, std::string_view text, const std::string& allowed);
};

}  // namespace mlcarbon
