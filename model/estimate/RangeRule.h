#pragma once
#include "Estimate.h"
#include "Records.h"

#include <string>
#include <vector>

namespace mlcarbon {

// Which recorded figures bound the low-high range of an estimate. Stated once here: the
// calculator applies it and every method text (window, PDF, README) quotes text().
struct RangeRule {
    // Figures dated before this year, and undated ones, are history: never a bound.
    static constexpr int kOldestYear = 2019;

    static bool counts(int year) { return year >= kOldestYear; }
    // Widens b by every alternative that counts (dated, not older than kOldestYear).
    static void widen(Bounds& b, const std::vector<SourcedValue>& alternatives);
    // The rule in one paragraph, with the year filled in.
    static std::string text();
};

}  // namespace mlcarbon
