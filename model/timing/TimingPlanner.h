#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mlcarbon {

// One way to run a job: its runs, as (hours from "now", length in hours), and what it emits.
struct TimingSchedule {
    std::vector<std::pair<int, int>> runs;
    double kg = 0;
    double meanGPerKwh = 0;  // energy-weighted intensity of the hours it runs
};

// The three schedules of a job for one "now": starting now, the best start inside the window, and
// paused in the dirtiest hours and resumed in the cleanest (in runs of at least the minimum slot).
struct TimingPlan {
    double jobHours = 0;
    double energyKwh = 0;
    int occupiedHours = 0;  // hours the job occupies: jobHours rounded up (the last a part hour)
    int windowHours = 0;    // the latest start, in hours from now
    int horizonHours = 0;   // window + slots: the hours any schedule may use
    int minSlotHours = 1;
    TimingSchedule now;
    TimingSchedule bestStart;
    std::optional<TimingSchedule> paused;  // none when too long to plan hour by hour (pausedNone says so)
    std::string pausedNone;

    // The schedules in the order every output shows them: now, the best start, and paused when planned.
    std::vector<const TimingSchedule*> schedules() const
    {
        std::vector<const TimingSchedule*> out = {&now, &bestStart};
        if (paused)
            out.push_back(&*paused);
        return out;
    }
    double savingKg(const TimingSchedule& s) const { return now.kg - s.kg; }
    // % of the emissions of starting now; none when starting now emits nothing.
    std::optional<double> savingPct(const TimingSchedule& s) const
    {
        return now.kg > 0 ? std::optional<double>((now.kg - s.kg) / now.kg * 100) : std::nullopt;
    }
};

// What a team that starts the same job at every hour of a year gets from each rule.
struct TimingDistribution {
    int starts = 0;
    double medianStartPct = 0;      // flexible start: median saving against starting at that hour
    double bestDecileStartPct = 0;  // the saving that the best tenth of the starts reach or exceed
    double meanStartPct = 0;
    std::optional<double> medianPausePct;
    std::optional<double> bestDecilePausePct;
    std::optional<double> meanPausePct;
    std::string pauseNone;  // why the pause figures are missing
};

// The timing rules, on hourly intensities from "now" on (g[0] is the hour that starts now). The
// energy is the estimate's, spread evenly over the job's hours: timing changes only the intensity
// applied to each hour. A job of 6.5 h occupies 7 hours, the last at half its power.
class TimingPlanner {
public:
    // Hours of planning held in memory at most (horizon x slots x (minimum slot + 1)): beyond, no pause plan.
    static constexpr double kMaxPauseStates = 4e7;
    // Work at most for a year's distribution of pause plans (starts x the above).
    static constexpr double kMaxYearPauseWork = 4e8;

    static int slotsOf(double jobHours);
    static int horizonOf(double jobHours, int windowHours) { return slotsOf(jobHours) + windowHours; }
    // The window of a job that must finish within `deadlineHours`: the latest start. Throws InputError
    // ("deadline") when the job is longer than the deadline.
    static int windowForDeadline(double jobHours, double deadlineHours);

    // g holds at least horizonOf(jobHours, windowHours) hours.
    static TimingPlan plan(const std::vector<double>& g, double jobHours, double energyKwh, int windowHours,
                           int minSlotHours);
    // Starting at each of the first `starts` hours of g (which holds starts - 1 + the horizon hours).
    static TimingDistribution overYear(const std::vector<double>& g, int starts, double jobHours, int windowHours,
                                       int minSlotHours);
};

}  // namespace mlcarbon
