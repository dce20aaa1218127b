#pragma once
#include "CalendarHours.h"
#include "Estimate.h"
#include "HourlyDatabase.h"
#include "TimingPlanner.h"

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// When to run a job: what the person asks.
struct WhenRequest {
    std::optional<CalendarHours::DateTime> date;  // local time of the place: the actual hours of that date
    bool dateHasHour = false;                     // else the start is `startHour`
    std::optional<int> month;                     // 1-12: the typical day of that month instead of a date
    int startHour = 0;                            // local hour "now" is, when the date gives none
    std::optional<double> windowHours;            // the job may start within this many hours
    std::optional<double> deadlineHours;          // or: must finish within this many hours
    double minSlotHours = 1;                      // the shortest run of a paused job (a checkpoint restart)
};

// One hour of the curve: its local time and intensity.
struct WhenHour {
    CalendarHours::DateTime local;
    double gPerKwh = 0;
};

struct WhenResult {
    std::string zone;
    std::string zoneName;
    int year = 0;  // of the hourly data used
    IntensityBasis basis = IntensityBasis::Lifecycle;
    bool typical = false;  // a month's typical day (the mean of each hour), not actual hours
    bool flat = false;     // the series has no usable daily pattern
    std::string timeZone;
    std::string source;
    std::string sourceId;
    CalendarHours::DateTime startLocal;
    std::vector<WhenHour> curve;  // the horizon, from "now" on
    TimingPlan plan;
    std::optional<TimingDistribution> distribution;  // over the data's year; none for a typical day
    std::vector<std::string> notes;                  // another year's or basis's hours, wrapped hours, ...
};

// The one rule for "when": the place's hourly zone (the same zone as its yearly figure), the year
// and basis of the hours (the date's, else the nearest year's; the estimate's basis, else life-cycle),
// "now" in the place's local time, the window, and the plan on the estimate's energy. Both front ends
// call it.
class WhenQuery {
public:
    static constexpr double kMaxWindowHours = 24 * 31;
    static constexpr double kMaxMinSlotHours = 24;

    // Throws InputError naming the option (location, window, deadline, date, month, min-slot).
    static WhenResult run(const HourlyDatabase& hours, const Estimate& e, const WhenRequest& request,
                          bool withDistribution = true);
    // The window and slot rules, for the front ends' fields: window [0, 744] h, minimum slot [1, 24] h, month 1-12.
    static double window(std::string_view text);
    static double deadline(std::string_view text);
    static double minSlot(std::string_view text);
    static int month(std::string_view text);
    static int hour(std::string_view text);
};

}  // namespace mlcarbon
