#include "WhenQuery.h"

#include "InputError.h"
#include "InputRules.h"
#include "NumberFormat.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace mlcarbon {

namespace {

// A number typed for one of the options, within [lo, hi] and whole when asked; else an error naming it.
double inRange(const char* field, std::string_view text, double lo, double hi, bool whole, const std::string& allowed)
{
    const double v = InputRules::number(field, text, allowed);
    if (v < lo || v > hi || (whole && std::floor(v) != v))
        throw InputError(field, std::string(text), allowed);
    return v;
}

// The zone a place's hours come from, or an error listing the zones that have hours.
std::string zoneOf(const HourlyDatabase& hours, const Estimate& e)
{
    if (e.location.kind == Location::Kind::Custom)
        throw InputError("location", "custom intensity",
                         "a place (a cloud region or a country): a stated intensity has no hours to choose from");
    std::string zone = e.location.zone.empty() ? e.location.country : e.location.zone;
    for (IntensityBasis b : Basis::kAll) {
        if (!hours.years(zone, b).empty())
            return zone;
    }
    std::string near;
    int nearCount = 0;
    const std::string prefix = (e.location.country.empty() ? zone : e.location.country) + "-";
    for (const std::string& z : hours.zones()) {
        if (z.rfind(prefix, 0) == 0 || z == e.location.country) {
            near += (near.empty() ? "" : ", ") + z;
            ++nearCount;
        }
    }
    if (nearCount > 12)  // a long list helps less than the command that searches it
        near = std::to_string(nearCount) + " zones (see: mlcarbon-cli list hourly-zones --search " + prefix + ")";
    throw InputError("location", e.location.name.empty() ? zone : e.location.name + " (" + zone + ")",
                     "a place with hourly grid data: "
                         + (near.empty() ? std::to_string(hours.zones().size())
                                               + " zones have them (see: mlcarbon-cli list hourly-zones)"
                                         : "the zones of this country that have them: " + near),
                     "has no hourly data");
}

// The basis of the hours: an imported series first (the person brought it for this place), then the
// estimate's basis where the zone has it, then life-cycle, direct, and whatever else the zone has.
IntensityBasis basisOf(const HourlyDatabase& hours, const std::string& zone, IntensityBasis requested)
{
    std::vector<IntensityBasis> order = {requested, IntensityBasis::Lifecycle, IntensityBasis::Direct};
    order.insert(order.end(), Basis::kAll.begin(), Basis::kAll.end());
    for (IntensityBasis b : Basis::kAll) {
        for (int y : hours.years(zone, b)) {
            if (hours.find(zone, y, b)->imported)
                return b;
        }
    }
    for (IntensityBasis b : order) {
        if (!hours.years(zone, b).empty())
            return b;
    }
    return requested;
}

// The hours from UTC hour `start` of `year` on, across the year's ends: the next or previous year's
// series where there is one, else the same hour of the year used (said once in the notes).
std::vector<double> hoursFrom(const HourlyDatabase& db, const HourlySeries& base, int start, int count,
                              std::vector<std::string>& notes)
{
    std::vector<double> g;
    g.reserve(static_cast<std::size_t>(count));
    std::set<int> borrowed;
    for (int i = 0; i < count; ++i) {
        int y = base.year, h = start + i;
        while (h < 0)
            h += CalendarHours::hoursInYear(--y);
        while (h >= CalendarHours::hoursInYear(y))
            h -= CalendarHours::hoursInYear(y++);
        const HourlySeries* s = y == base.year ? &base : db.find(base.zone, y, base.basis);
        if (!s) {
            borrowed.insert(y);
            s = &base;
            h = std::min(h, base.endHour() - 1);
        }
        if (!s->holds(h))
            throw InputError("date", CalendarHours::text(CalendarHours::dateOf(y, h)),
                             "a time the hourly data cover: " + s->file + " covers "
                                 + CalendarHours::text(CalendarHours::dateOf(s->year, s->firstHour)) + " to "
                                 + CalendarHours::text(CalendarHours::dateOf(s->year, s->endHour() - 1)) + " UTC");
        g.push_back(s->at(h));
    }
    for (int y : borrowed)
        notes.push_back("no hourly data for " + std::to_string(y) + ": its hours are " + std::to_string(base.year)
                        + "'s at the same time of the year");
    return g;
}

// Local hour of the year to UTC with the series' offsets: in a daylight-saving gap the hour after it,
// in an overlap the first of the two.
int utcOf(const HourlySeries& s, int localHour)
{
    std::vector<int> offsets;
    for (const auto& o : s.utcOffsets)
        offsets.push_back(o.second);
    if (offsets.empty())
        offsets.push_back(0);
    // The UTC hour holding local hour `localHour` at an offset (a half-hour offset: the hour it falls in).
    auto candidate = [&](int minutes) { return localHour - minutes / 60 - (minutes % 60 > 0 ? 1 : 0); };
    std::optional<int> best;
    for (int minutes : offsets) {
        const int u = candidate(minutes);
        if (s.offsetMinutesAt(u) == minutes && (!best || u < *best))
            best = u;
    }
    // None: the hour is skipped when the clocks go forward; the old (smaller) offset gives the hour after it.
    return best ? *best : candidate(*std::min_element(offsets.begin(), offsets.end()));
}

CalendarHours::DateTime localOf(const HourlySeries& s, int utcHour)
{
    const int minutes = s.offsetMinutesAt(utcHour);
    CalendarHours::DateTime t = CalendarHours::dateOf(s.year, utcHour + (minutes - ((minutes % 60) + 60) % 60) / 60);
    t.minute = ((minutes % 60) + 60) % 60;
    return t;
}

// Each UTC hour of the day's mean over a month: the typical day, from hour 0 UTC.
std::vector<double> typicalDay(const HourlySeries& s, int month)
{
    std::vector<double> sum(24, 0), n(24, 0);
    const int first = CalendarHours::hourOfYear({s.year, month, 1, 0, 0});
    const int end = first + 24 * CalendarHours::daysInMonth(s.year, month);
    for (int h = std::max(first, s.firstHour); h < std::min(end, s.endHour()); ++h) {
        sum[h % 24] += s.at(h);
        n[h % 24] += 1;
    }
    for (int h = 0; h < 24; ++h) {
        if (n[h] == 0)
            throw InputError("month", std::to_string(month), "a month the hourly data cover");
        sum[h] /= n[h];
    }
    return sum;
}

}  // namespace

double WhenQuery::window(std::string_view text)
{
    return inRange("window", text, 0, kMaxWindowHours, false,
                   "hours the job may wait to start, from 0 to 744 (31 days)");
}

double WhenQuery::deadline(std::string_view text)
{
    return inRange("deadline", text, 1, kMaxWindowHours, false,
                   "hours within which the job must finish, from 1 to 744 (31 days)");
}

double WhenQuery::minSlot(std::string_view text)
{
    return inRange("min-slot", text, 1, kMaxMinSlotHours, true,
                   "the shortest run of a paused job in whole hours, from 1 to 24 (e.g. 2)");
}

int WhenQuery::month(std::string_view text)
{
    return static_cast<int>(inRange("month", text, 1, 12, true, "a month from 1 to 12"));
}

int WhenQuery::hour(std::string_view text)
{
    return static_cast<int>(inRange("start-hour", text, 0, 23, true, "a local hour from 0 to 23"));
}

WhenResult WhenQuery::run(const HourlyDatabase& hours, const Estimate& e, const WhenRequest& request,
                          bool withDistribution)
{
    if (request.windowHours && request.deadlineHours)
        throw InputError("deadline", NumberFormat::exact(*request.deadlineHours),
                         "either --window or --deadline, not both");
    if (request.date && request.month)
        throw InputError("month", std::to_string(*request.month), "either --date or --month, not both");
    if (request.minSlotHours < 1 || request.minSlotHours > kMaxMinSlotHours)
        throw InputError("min-slot", NumberFormat::exact(request.minSlotHours), "whole hours from 1 to 24");
    if (e.hours <= 0)
        throw InputError("hours", NumberFormat::exact(e.hours), "a job with hours to schedule");
    WhenResult r;
    r.zone = zoneOf(hours, e);
    r.zoneName = e.location.name;
    r.basis = basisOf(hours, r.zone, e.requestedBasis);
    if (r.basis == IntensityBasis::Unspecified)
        r.notes.emplace_back("hourly figures as imported: the file does not say their basis");
    else if (r.basis != e.requestedBasis)
        r.notes.push_back("hourly figures on the " + Basis::label(r.basis) + " basis: the zone has none on the "
                          + Basis::label(e.requestedBasis) + " basis");
    // The year: the date's, else the year of the run, else the newest; the nearest the zone has.
    const std::vector<int> years = hours.years(r.zone, r.basis);
    const int wanted = request.date ? request.date->year : e.input.year.value_or(years.back());
    r.year = years.front();
    for (int y : years) {
        if (std::abs(y - wanted) < std::abs(r.year - wanted)
            || (std::abs(y - wanted) == std::abs(r.year - wanted) && y > r.year))
            r.year = y;
    }
    if (r.year != wanted)
        r.notes.push_back("no hourly data for " + std::to_string(wanted) + ": " + std::to_string(r.year)
                          + "'s hours at the same time of the year are used");
    const HourlySeries& series = *hours.find(r.zone, r.year, r.basis);
    r.flat = series.flat;
    r.timeZone = series.timeZone;
    r.source = series.source;
    r.sourceId = series.sourceId;
    if (!series.timeZoneNote.empty())
        r.notes.push_back(series.timeZoneNote);
    // Quality the source data admit to: mostly estimated hours, or long runs of one value.
    if (series.estimatedHours * 2 > series.hours())
        r.notes.push_back(std::to_string(series.estimatedHours) + " of the " + std::to_string(series.hours())
                          + " hours are Electricity Maps' estimates, not measurements: the daily pattern is a model's");
    if (series.suspectedFilledHours * 2 > series.hours())
        r.notes.push_back(
            std::to_string(series.suspectedFilledHours) + " of the " + std::to_string(series.hours())
            + " hours sit in runs of one repeated value (gaps filled upstream, likely): treat the savings "
              "with care");
    if (series.flat)
        r.notes.push_back("the zone's hourly series is flat in " + std::to_string(r.year)
                          + ": it has no usable daily pattern, so timing saves nothing here");
    const double window = request.deadlineHours ? TimingPlanner::windowForDeadline(e.hours, *request.deadlineHours)
                                                : request.windowHours.value_or(24);
    const int windowHours = static_cast<int>(std::floor(window + 1e-9));
    const int horizon = TimingPlanner::horizonOf(e.hours, windowHours);
    const int minSlot = static_cast<int>(request.minSlotHours);

    // "Now" in UTC hours of the data's year, and the hours from then on.
    std::vector<double> g;
    int startUtc = 0;
    if (request.month) {
        r.typical = true;
        const std::vector<double> day = typicalDay(series, *request.month);
        // The month's 15th as the day the local hour is read on (its offset).
        const int local = CalendarHours::hourOfYear({r.year, *request.month, 15, request.startHour, 0});
        startUtc = utcOf(series, local);
        for (int i = 0; i < horizon; ++i)
            g.push_back(day[static_cast<std::size_t>(((startUtc + i) % 24 + 24) % 24)]);
    } else {
        CalendarHours::DateTime d = request.date.value_or(CalendarHours::DateTime{r.year, 1, 1, 0, 0});
        d.year = r.year;
        if (d.month == 2 && d.day == 29 && !CalendarHours::leap(r.year))
            d.day = 28;
        if (!request.date || !request.dateHasHour)
            d.hour = request.startHour;
        startUtc = utcOf(series, CalendarHours::hourOfYear(d));
        g = hoursFrom(hours, series, startUtc, horizon, r.notes);
    }
    r.startLocal = localOf(series, startUtc);
    for (int i = 0; i < horizon; ++i) {
        WhenHour h;
        h.gPerKwh = g[static_cast<std::size_t>(i)];
        h.local = localOf(series, startUtc + i);
        r.curve.push_back(h);
    }
    r.plan = TimingPlanner::plan(g, e.hours, e.energyKwh, windowHours, minSlot);
    // Starting at every hour the data hold: what a team running the job all year gets.
    const int starts = series.hours() - (series.imported ? horizon - 1 : 0);
    if (withDistribution && !r.typical && starts > 0) {
        std::vector<std::string> ignored;  // the same year-end notes as the plan's, or none
        const std::vector<double> year = hoursFrom(hours, series, series.firstHour, starts + horizon - 1, ignored);
        r.distribution = TimingPlanner::overYear(year, starts, e.hours, windowHours, minSlot);
    }
    return r;
}

}  // namespace mlcarbon
