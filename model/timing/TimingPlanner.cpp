#include "TimingPlanner.h"

#include "InputError.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace mlcarbon {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The weight of the job's last (chronologically) hour: the part hour of a job of 6.5 h.
double lastWeight(double jobHours, int slots)
{
    const double w = jobHours - (slots - 1);
    return w > 0 && w <= 1 ? w : 1;
}

// Sum of intensity x weight over a contiguous run of `slots` hours from `start`.
double runCost(const std::vector<double>& prefix, const std::vector<double>& g, int start, int slots, double last)
{
    return prefix[start + slots - 1] - prefix[start] + last * g[start + slots - 1];
}

TimingSchedule contiguous(const std::vector<double>& prefix, const std::vector<double>& g, int start, int slots,
                          double last, double kwhPerHour)
{
    TimingSchedule s;
    s.runs = {{start, slots}};
    const double gh = runCost(prefix, g, start, slots, last);  // g x hours
    s.kg = kwhPerHour * gh / 1000;
    s.meanGPerKwh = gh / (slots - 1 + last);
    return s;
}

// The cheapest choice of `slots` hours among the first `horizon` of g, in runs of at least `minRun` hours
// (a job shorter than the minimum runs whole), the hour that completes the job weighted `last`. Dynamic
// programming over (hours chosen, length of the current run capped at minRun); `keep` records each choice
// for the schedule, or is null for the cost alone.
double cheapestRuns(const std::vector<double>& g, int offset, int horizon, int slots, int minRun, double last,
                    std::vector<unsigned char>* keep, int* endRun = nullptr)
{
    const int m = std::min(minRun, slots);
    const int states = (slots + 1) * (m + 1);
    std::vector<double> cost(states, kInf), next(states);
    auto at = [m](int k, int r) { return k * (m + 1) + r; };
    cost[at(0, 0)] = 0;
    if (keep)
        keep->assign(static_cast<std::size_t>(horizon) * states, 0);
    for (int h = 0; h < horizon; ++h) {
        std::fill(next.begin(), next.end(), kInf);
        const double gh = g[offset + h];
        for (int k = 0; k <= slots; ++k) {
            for (int r = 0; r <= m; ++r) {
                const double c = cost[at(k, r)];
                if (c == kInf)
                    continue;
                // Pause this hour: only between runs, or once a run has its minimum length.
                if ((r == 0 || r == m) && c < next[at(k, 0)]) {
                    next[at(k, 0)] = c;
                    if (keep)
                        (*keep)[static_cast<std::size_t>(h) * states + at(k, 0)] =
                            static_cast<unsigned char>(r == m ? 2 : 1);
                }
                // Run this hour.
                if (k < slots) {
                    const int r2 = std::min(r + 1, m);
                    const double c2 = c + gh * (k + 1 == slots ? last : 1);
                    if (c2 < next[at(k + 1, r2)]) {
                        next[at(k + 1, r2)] = c2;
                        if (keep)
                            (*keep)[static_cast<std::size_t>(h) * states + at(k + 1, r2)] =
                                static_cast<unsigned char>(16 + r);  // ran, from run length r
                    }
                }
            }
        }
        cost.swap(next);
    }
    // Done: every hour chosen, the last run not cut short.
    const bool idle = cost[at(slots, 0)] <= cost[at(slots, m)];
    if (endRun)
        *endRun = idle ? 0 : m;
    return idle ? cost[at(slots, 0)] : cost[at(slots, m)];
}

TimingSchedule pausedSchedule(const std::vector<double>& g, int horizon, int slots, int minRun, double last,
                              double kwhPerHour)
{
    std::vector<unsigned char> keep;
    int r = 0;
    const double gh = cheapestRuns(g, 0, horizon, slots, minRun, last, &keep, &r);
    const int m = std::min(minRun, slots);
    const int states = (slots + 1) * (m + 1);
    auto at = [m](int k, int run) { return k * (m + 1) + run; };
    // Walk the choices back from the end state: which hours ran.
    std::vector<bool> ran(static_cast<std::size_t>(horizon), false);
    int k = slots;
    for (int h = horizon - 1; h >= 0; --h) {
        const unsigned char c = keep[static_cast<std::size_t>(h) * states + at(k, r)];
        if (c >= 16) {
            ran[static_cast<std::size_t>(h)] = true;
            --k;
            r = c - 16;
        } else {
            r = c == 2 ? m : 0;
        }
    }
    TimingSchedule s;
    for (int h = 0; h < horizon; ++h) {
        if (!ran[static_cast<std::size_t>(h)])
            continue;
        if (!s.runs.empty() && s.runs.back().first + s.runs.back().second == h)
            ++s.runs.back().second;
        else
            s.runs.emplace_back(h, 1);
    }
    s.kg = kwhPerHour * gh / 1000;
    s.meanGPerKwh = gh / (slots - 1 + last);
    return s;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = static_cast<std::size_t>(std::ceil(pos));
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

}  // namespace

int TimingPlanner::slotsOf(double jobHours)
{
    return std::max(1, static_cast<int>(std::ceil(jobHours - 1e-9)));
}

int TimingPlanner::windowForDeadline(double jobHours, double deadlineHours)
{
    const int slots = slotsOf(jobHours);
    const int deadline = static_cast<int>(std::floor(deadlineHours + 1e-9));
    if (deadline < slots)
        throw InputError("deadline", std::to_string(deadline),
                         "at least the job's " + std::to_string(slots) + " hours: it cannot finish sooner");
    return deadline - slots;
}

TimingPlan TimingPlanner::plan(const std::vector<double>& g, double jobHours, double energyKwh, int windowHours,
                               int minSlotHours)
{
    TimingPlan p;
    p.jobHours = jobHours;
    p.energyKwh = energyKwh;
    p.occupiedHours = slotsOf(jobHours);
    p.windowHours = std::max(0, windowHours);
    p.horizonHours = p.occupiedHours + p.windowHours;
    p.minSlotHours = std::max(1, minSlotHours);
    const double last = lastWeight(jobHours, p.occupiedHours);
    const double kwhPerHour = energyKwh / jobHours;
    std::vector<double> prefix(static_cast<std::size_t>(p.horizonHours) + 1, 0);
    for (int h = 0; h < p.horizonHours; ++h)
        prefix[h + 1] = prefix[h] + g[h];
    p.now = contiguous(prefix, g, 0, p.occupiedHours, last, kwhPerHour);
    int best = 0;
    double bestCost = runCost(prefix, g, 0, p.occupiedHours, last);
    for (int s = 1; s <= p.windowHours; ++s) {
        const double c = runCost(prefix, g, s, p.occupiedHours, last);
        if (c < bestCost - 1e-9) {  // the earliest of equal starts
            bestCost = c;
            best = s;
        }
    }
    p.bestStart = contiguous(prefix, g, best, p.occupiedHours, last, kwhPerHour);
    const double states =
        double(p.horizonHours) * (p.occupiedHours + 1) * (std::min(p.minSlotHours, p.occupiedHours) + 1);
    if (states > kMaxPauseStates)
        p.pausedNone = "too long to plan hour by hour (" + std::to_string(p.occupiedHours) + " h in a "
                       + std::to_string(p.horizonHours) + " h horizon): narrow the window";
    else
        p.paused = pausedSchedule(g, p.horizonHours, p.occupiedHours, p.minSlotHours, last, kwhPerHour);
    return p;
}

TimingDistribution TimingPlanner::overYear(const std::vector<double>& g, int starts, double jobHours, int windowHours,
                                           int minSlotHours)
{
    TimingDistribution d;
    d.starts = starts;
    const int slots = slotsOf(jobHours);
    const int window = std::max(0, windowHours);
    const int horizon = slots + window;
    const int minRun = std::max(1, minSlotHours);
    const double last = lastWeight(jobHours, slots);
    std::vector<double> prefix(g.size() + 1, 0);
    for (std::size_t h = 0; h < g.size(); ++h)
        prefix[h + 1] = prefix[h] + g[h];
    // The cost of a run starting at each hour, then the cheapest within each start's window (a sliding minimum).
    const int runs = starts + window;
    std::vector<double> cost(static_cast<std::size_t>(runs));
    for (int s = 0; s < runs; ++s)
        cost[s] = runCost(prefix, g, s, slots, last);
    std::vector<double> startPct, pausePct;
    startPct.reserve(static_cast<std::size_t>(starts));
    std::deque<int> mins;
    for (int t = 0, s = 0; s < starts; ++s) {
        for (; t <= s + window; ++t) {
            while (!mins.empty() && cost[mins.back()] >= cost[t])
                mins.pop_back();
            mins.push_back(t);
        }
        while (mins.front() < s)
            mins.pop_front();
        startPct.push_back(cost[s] > 0 ? (cost[s] - cost[mins.front()]) / cost[s] * 100 : 0);
    }
    const bool simple = minRun == 1 && last == 1;  // the cheapest hours, in any order
    const double work = double(starts) * horizon * (slots + 1) * (std::min(minRun, slots) + 1);
    if (simple || work <= kMaxYearPauseWork) {
        std::vector<double> candidates(static_cast<std::size_t>(horizon));
        for (int s = 0; s < starts; ++s) {
            double c = 0;
            if (simple) {
                std::copy(g.begin() + s, g.begin() + s + horizon, candidates.begin());
                std::nth_element(candidates.begin(), candidates.begin() + (slots - 1), candidates.end());
                for (int i = 0; i < slots; ++i)
                    c += candidates[i];
            } else {
                c = cheapestRuns(g, s, horizon, slots, minRun, last, nullptr);
            }
            pausePct.push_back(cost[s] > 0 ? (cost[s] - c) / cost[s] * 100 : 0);
        }
    } else {
        d.pauseNone = "too long to plan at every hour of the year: narrow the window or lengthen the minimum slot";
    }
    auto mean = [](const std::vector<double>& v) {
        double sum = 0;
        for (double x : v)
            sum += x;
        return v.empty() ? 0 : sum / static_cast<double>(v.size());
    };
    d.medianStartPct = percentile(startPct, 0.5);
    d.bestDecileStartPct = percentile(startPct, 0.9);
    d.meanStartPct = mean(startPct);
    if (!pausePct.empty()) {
        d.medianPausePct = percentile(pausePct, 0.5);
        d.bestDecilePausePct = percentile(pausePct, 0.9);
        d.meanPausePct = mean(pausePct);
    }
    return d;
}

}  // namespace mlcarbon
