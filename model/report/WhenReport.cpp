#include "WhenReport.h"

#include "CsvWriter.h"
#include "EstimateReport.h"
#include "NumberFormat.h"

#include <nlohmann/json.hpp>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

std::string hhmm(const CalendarHours::DateTime& t)
{
    return CalendarHours::text(t).substr(11);
}

// "11:00-17:00", with the date where a run starts on another day than "now"; several runs joined by ", ".
std::string runsText(const WhenResult& r, const TimingSchedule& s)
{
    std::string out;
    for (const auto& [start, length] : s.runs) {
        const CalendarHours::DateTime& a = r.curve[static_cast<std::size_t>(start)].local;
        const std::size_t endIndex = static_cast<std::size_t>(start) + static_cast<std::size_t>(length);
        CalendarHours::DateTime b = endIndex < r.curve.size()
                                        ? r.curve[endIndex].local
                                        : CalendarHours::dateOf(a.year, CalendarHours::hourOfYear(a) + length);
        if (endIndex >= r.curve.size())
            b.minute = a.minute;
        const bool otherDay = a.day != r.startLocal.day || a.month != r.startLocal.month;
        out += (out.empty() ? "" : ", ") + (otherDay ? CalendarHours::text(a) : hhmm(a)) + "-" + hhmm(b);
    }
    return out;
}

}  // namespace

std::vector<WhenReport::Row> WhenReport::rows(const WhenResult& r)
{
    std::vector<Row> out;
    const char* labels[] = {"Start now", "Best start", "Pause and resume"};
    std::size_t i = 0;
    for (const TimingSchedule* s : r.plan.schedules()) {
        Row row;
        row.label = labels[i++];
        row.start = CalendarHours::text(r.curve[static_cast<std::size_t>(s->runs.front().first)].local);
        row.runs = runsText(r, *s);
        row.meanGPerKwh = s->meanGPerKwh;
        row.kg = s->kg;
        if (s != &r.plan.now) {
            row.savingKg = r.plan.savingKg(*s);
            row.savingPct = r.plan.savingPct(*s);
        }
        out.push_back(row);
    }
    return out;
}

std::string WhenReport::savingText(const Row& row)
{
    if (!row.savingKg)
        return "-";
    return NF::mass(*row.savingKg)
           + (row.savingPct ? " (" + NF::significant(*row.savingPct, 2) + " %)" : std::string());
}

std::vector<std::string> WhenReport::headline(const Estimate& e, const WhenResult& r)
{
    std::vector<std::string> out;
    out.push_back(NF::integer(e.count) + " x " + e.hardware.name + ", " + EstimateReport::hoursText(e) + " h ("
                  + NF::energy(e.energyKwh) + ") in " + (r.zoneName.empty() ? r.zone : r.zoneName) + " (" + r.zone
                  + "), " + Basis::label(r.basis) + " hourly intensity");
    const CalendarHours::DateTime latest =
        r.curve[static_cast<std::size_t>(std::min<int>(r.plan.windowHours, static_cast<int>(r.curve.size()) - 1))]
            .local;
    out.push_back((r.typical
                       ? "A typical day of month " + std::to_string(r.startLocal.month) + " of "
                             + std::to_string(r.year) + " (the mean of each hour), starting at " + hhmm(r.startLocal)
                       : "Now: " + CalendarHours::text(r.startLocal))
                  + " " + r.timeZone + "; may start until " + (r.typical ? hhmm(latest) : CalendarHours::text(latest))
                  + " (" + std::to_string(r.plan.windowHours) + " h later); pause and resume in runs of at least "
                  + std::to_string(r.plan.minSlotHours) + " h");
    return out;
}

std::string WhenReport::distributionText(const WhenResult& r)
{
    if (!r.distribution)
        return {};
    const TimingDistribution& d = *r.distribution;
    std::string s = "Started at each of the " + NF::integer(d.starts) + " hours of " + std::to_string(r.year)
                    + ": the best start in the window saves a median " + NF::significant(d.medianStartPct, 2)
                    + " % (the best tenth of starts " + NF::significant(d.bestDecileStartPct, 2) + " % or more)";
    if (d.medianPausePct)
        s += "; pause and resume a median " + NF::significant(*d.medianPausePct, 2) + " % (best tenth "
             + NF::significant(*d.bestDecilePausePct, 2) + " % or more)";
    else
        s += "; pause and resume: " + d.pauseNone;
    return s + ".";
}

std::string WhenReport::notice(const WhenResult& r)
{
    if (r.sourceId != "em_hourly")
        return "Hourly data: " + r.source + ".";
    return "Hourly data: " + r.source
           + ". Contains hourly carbon-intensity data from Electricity Maps (https://www.electricitymaps.com), made "
             "available under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).";
}

std::string WhenReport::text(const Estimate& e, const WhenResult& r)
{
    std::string s = "When to run\n";
    for (const std::string& line : headline(e, r))
        s += "  " + line + "\n";
    s += "\n";
    const std::vector<Row> table = rows(r);
    std::size_t labelWidth = 0, runsWidth = 4;
    for (const Row& row : table) {
        labelWidth = std::max(labelWidth, row.label.size());
        runsWidth = std::max(runsWidth, row.runs.size());
    }
    auto pad = [](std::string t, std::size_t w) {
        t.resize(std::max(t.size(), w), ' ');
        return t;
    };
    s += "  " + pad("", labelWidth) + "  " + pad("runs (local)", runsWidth) + "  g/kWh  emissions     saving\n";
    for (const Row& row : table) {
        s += "  " + pad(row.label, labelWidth) + "  " + pad(row.runs, runsWidth) + "  "
             + pad(NF::significant(row.meanGPerKwh), 5) + "  " + pad(NF::mass(row.kg), 12) + "  " + savingText(row)
             + "\n";
    }
    if (!r.plan.paused)
        s += "  Pause and resume: " + r.plan.pausedNone + "\n";
    if (const std::string d = distributionText(r); !d.empty())
        s += "\n  " + d + "\n";
    for (const std::string& n : r.notes)
        s += "  Note: " + n + "\n";
    s +=
        "\n  The same energy in every schedule: timing changes only the intensity of each hour.\n  " + notice(r) + "\n";
    return s;
}

std::string WhenReport::markdown(const Estimate& e, const WhenResult& r)
{
    std::string s = "## When to run\n\n";
    for (const std::string& line : headline(e, r))
        s += line + ".  \n";
    s += "\n| Schedule | Runs (local time) | g/kWh | Emissions | Saving |\n|---|---|---:|---:|---:|\n";
    for (const Row& row : rows(r))
        s += "| " + row.label + " | " + row.runs + " | " + NF::significant(row.meanGPerKwh) + " | " + NF::mass(row.kg)
             + " | " + savingText(row) + " |\n";
    if (!r.plan.paused)
        s.append("\nPause and resume: ").append(r.plan.pausedNone).append(".\n");
    if (const std::string d = distributionText(r); !d.empty())
        s.append("\n").append(d).append("\n");
    for (const std::string& n : r.notes)
        s.append("\nNote: ").append(n).append(".\n");
    s += "\nThe hours (local time, gCO2e/kWh):\n\n| Hour | g/kWh | Hour | g/kWh | Hour | g/kWh | Hour | g/kWh |\n"
         "|---|---:|---|---:|---|---:|---|---:|\n";
    for (std::size_t i = 0; i < r.curve.size(); i += 4) {
        s += "|";
        for (std::size_t k = i; k < i + 4; ++k) {
            if (k < r.curve.size())
                s.append(" ")
                    .append(CalendarHours::text(r.curve[k].local))
                    .append(" | ")
                    .append(NF::significant(r.curve[k].gPerKwh))
                    .append(" |");
            else
                s.append("  |  |");
        }
        s += "\n";
    }
    return s.append("\n").append(notice(r)).append("\n");
}

std::string WhenReport::json(const Estimate& e, const WhenResult& r)
{
    using json = nlohmann::ordered_json;
    json j;
    j["zone"] = r.zone;
    j["year"] = r.year;
    j["basis"] = std::string(Basis::key(r.basis));
    j["typical_day"] = r.typical;
    j["flat"] = r.flat;
    j["time_zone"] = r.timeZone;
    j["start_local"] = CalendarHours::text(r.startLocal);
    j["energy_kwh"] = e.energyKwh;
    j["job_hours"] = r.plan.jobHours;
    j["window_hours"] = r.plan.windowHours;
    j["min_slot_hours"] = r.plan.minSlotHours;
    const char* keys[] = {"now", "best_start", "paused"};
    std::size_t i = 0;
    for (const TimingSchedule* s : r.plan.schedules()) {
        json runs = json::array();
        for (const auto& [start, length] : s->runs)
            runs.push_back({{"start_local", CalendarHours::text(r.curve[static_cast<std::size_t>(start)].local)},
                            {"offset_hours", start},
                            {"hours", length}});
        json o = {{"emissions_kg", s->kg}, {"mean_g_per_kwh", s->meanGPerKwh}, {"runs", runs}};
        if (s != &r.plan.now) {
            o["saving_kg"] = r.plan.savingKg(*s);
            const auto pct = r.plan.savingPct(*s);
            o["saving_pct"] = pct ? json(*pct) : json(nullptr);
        }
        j[keys[i++]] = o;
    }
    if (!r.plan.paused)
        j["paused"] = {{"none", r.plan.pausedNone}};
    if (r.distribution) {
        const TimingDistribution& d = *r.distribution;
        auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
        j["year_distribution"] = {{"starts", d.starts},
                                  {"median_start_saving_pct", d.medianStartPct},
                                  {"best_decile_start_saving_pct", d.bestDecileStartPct},
                                  {"mean_start_saving_pct", d.meanStartPct},
                                  {"median_pause_saving_pct", opt(d.medianPausePct)},
                                  {"best_decile_pause_saving_pct", opt(d.bestDecilePausePct)},
                                  {"mean_pause_saving_pct", opt(d.meanPausePct)}};
    } else {
        j["year_distribution"] = nullptr;
    }
    json curve = json::array();
    for (const WhenHour& h : r.curve)
        curve.push_back({{"local", CalendarHours::text(h.local)}, {"g_per_kwh", h.gPerKwh}});
    j["curve"] = curve;
    j["notes"] = r.notes;
    j["source"] = r.source;
    j["notice"] = notice(r);
    return j.dump(2) + "\n";
}

std::string WhenReport::csv(const WhenResult& r)
{
    std::string s = "local_time,g_per_kwh,now,best_start,paused\n";
    auto runsAt = [](const TimingSchedule* sc, int h) {
        if (!sc)
            return std::string();
        for (const auto& [start, length] : sc->runs) {
            if (h >= start && h < start + length)
                return std::string("1");
        }
        return std::string("0");
    };
    for (std::size_t h = 0; h < r.curve.size(); ++h) {
        const int i = static_cast<int>(h);
        s += CalendarHours::text(r.curve[h].local) + "," + NF::exact(r.curve[h].gPerKwh) + "," + runsAt(&r.plan.now, i)
             + "," + runsAt(&r.plan.bestStart, i) + "," + runsAt(r.plan.paused ? &*r.plan.paused : nullptr, i) + "\n";
    }
    return s;
}

Table WhenReport::zones(const HourlyDatabase& hours, const std::string& search)
{
    Table t;
    t.columns = {{"zone", "Zone", ""},           {"years", "Years", ""},        {"bases", "Bases", ""},
                 {"time_zone", "Time zone", ""}, {"flat_years", "Flat in", ""}, {"imported", "Imported", ""}};
    std::string needle = search;
    for (char& c : needle)
        c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    for (const std::string& zone : hours.zones()) {
        if (!needle.empty() && zone.find(needle) == std::string::npos)
            continue;
        std::string years, bases, timeZone, flat;
        bool imported = false;
        for (IntensityBasis b : {IntensityBasis::Lifecycle, IntensityBasis::Direct, IntensityBasis::Unspecified}) {
            const std::vector<int> ys = hours.years(zone, b);
            if (ys.empty())
                continue;
            bases += (bases.empty() ? "" : " ") + std::string(Basis::key(b));
            for (int y : ys) {
                const HourlySeries& s = *hours.find(zone, y, b);
                timeZone = s.timeZone.empty() ? timeZone : s.timeZone;
                imported = imported || s.imported;
                const std::string ytext = std::to_string(y);
                if (years.find(ytext) == std::string::npos)
                    years += (years.empty() ? "" : " ") + ytext;
                if (s.flat && flat.find(ytext) == std::string::npos)
                    flat += (flat.empty() ? "" : " ") + ytext;
            }
        }
        t.rows.push_back({TableCell::of(zone), TableCell::of(years), TableCell::of(bases),
                          timeZone.empty() ? TableCell::null() : TableCell::of(timeZone),
                          flat.empty() ? TableCell::null() : TableCell::of(flat), TableCell::boolean(imported)});
    }
    return t;
}

}  // namespace mlcarbon
