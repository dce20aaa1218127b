#include "HourlyCsv.h"

#include "CalendarHours.h"
#include "CsvReader.h"
#include "InputError.h"
#include "InputRules.h"
#include "TextMatch.h"

#include <cmath>
#include <sstream>

namespace mlcarbon {

namespace {

// A UTC hour as (year, hour of the year) from "2023-01-01T05:00:00Z", "2023-01-01 05:00", "...+02:00".
bool utcHour(std::string_view t, int& year, int& hourOfYear)
{
    if (t.size() < 16 || (t[10] != 'T' && t[10] != ' ') || t[13] != ':')
        return false;
    CalendarHours::DateTime d;
    int minute = 0;
    try {
        d = CalendarHours::parse(std::string(t.substr(0, 10)), "datetime");
    } catch (const InputError&) {
        return false;
    }
    if (!CalendarHours::digits(t.substr(11, 2), d.hour) || !CalendarHours::digits(t.substr(14, 2), minute)
        || d.hour > 23 || minute != 0)
        return false;
    std::string_view rest = t.substr(16);
    if (rest.size() >= 3 && rest[0] == ':') {  // seconds
        int seconds = 0;
        if (!CalendarHours::digits(rest.substr(1, 2), seconds) || seconds != 0)
            return false;
        rest.remove_prefix(3);
        if (!rest.empty() && rest[0] == '.') {  // fractions of a second, all zero
            rest.remove_prefix(1);
            while (!rest.empty() && rest[0] == '0')
                rest.remove_prefix(1);
        }
    }
    int offsetMinutes = 0;
    if (rest == "Z" || rest == "z" || rest.empty() || rest == "+00:00") {
        offsetMinutes = 0;
    } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
        int h = 0, m = 0;
        if (!CalendarHours::digits(rest.substr(1, 2), h) || !CalendarHours::digits(rest.substr(4, 2), m) || h > 18
            || m > 59 || m % 60 != 0)
            return false;
        offsetMinutes = (rest[0] == '-' ? -1 : 1) * (h * 60 + m);
    } else {
        return false;
    }
    year = d.year;
    hourOfYear = CalendarHours::hourOfYear(d) - offsetMinutes / 60;
    if (hourOfYear < 0 || hourOfYear >= CalendarHours::hoursInYear(year)) {
        const CalendarHours::DateTime u = CalendarHours::dateOf(year, hourOfYear);
        year = u.year;
        hourOfYear = CalendarHours::hourOfYear(u);
    }
    return true;
}

}  // namespace

std::vector<HourlySeries> HourlyCsv::read(std::string_view text, const std::string& path, const std::string& zone)
{
    std::istringstream in{std::string(text)};
    CsvReader reader(in, 1 << 16);
    std::vector<std::string_view> fields;
    auto fail = [&](std::size_t line, const std::string& why) -> HourlyCsvError {
        return HourlyCsvError(path + (line ? ":" + std::to_string(line) : std::string()) + ": " + why);
    };
    // The header: which column is the time, which the intensities, which the zone.
    int timeColumn = -1, zoneColumn = -1;
    std::vector<std::pair<int, IntensityBasis>> valueColumns;
    while (reader.next(fields)) {
        if (!reader.error().empty())
            throw fail(reader.line(), reader.error());
        if (fields.size() == 1 && fields[0].empty())
            continue;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string name = TextMatch::lower(fields[i]);
            const int c = static_cast<int>(i);
            if (name == "datetime (utc)" || name == "datetime" || name == "datetime_utc")
                timeColumn = c;
            else if (name == "zone id")
                zoneColumn = c;
            else if (const bool em = name.find("carbon intensity") != std::string::npos;
                     (em && (name.find("(lca)") != std::string::npos || name.find("life cycle") != std::string::npos))
                     || name == "gco2_per_kwh_lifecycle")
                valueColumns.emplace_back(c, IntensityBasis::Lifecycle);
            else if ((em && name.find("(direct)") != std::string::npos) || name == "gco2_per_kwh_direct")
                valueColumns.emplace_back(c, IntensityBasis::Direct);
            else if (name == "gco2_per_kwh" || name == "intensity" || name == "carbon_intensity")
                valueColumns.emplace_back(c, IntensityBasis::Unspecified);
        }
        break;
    }
    if (timeColumn < 0 || valueColumns.empty())
        throw fail(reader.line(), "the header names no datetime and intensity columns: give an Electricity Maps "
                                  "export (Datetime (UTC), Carbon Intensity gCO2eq/kWh (LCA)) or "
                                  "datetime,gco2_per_kwh");
    std::vector<HourlySeries> out(valueColumns.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        out[k].basis = valueColumns[k].second;
        out[k].file = path;
        out[k].imported = true;
        out[k].source = "imported from " + path;
        out[k].zone = zone;
    }
    int year = 0, last = -1;
    std::size_t firstLine = 0;
    std::vector<int> empty(out.size(), 0);  // rows so far with no value in the column, while it has none
    while (reader.next(fields)) {
        const std::size_t line = reader.line();
        if (!reader.error().empty())
            throw fail(line, reader.error());
        if (fields.size() == 1 && fields[0].empty())
            continue;
        auto field = [&](int c) { return c < static_cast<int>(fields.size()) ? fields[c] : std::string_view(); };
        int y = 0, h = 0;
        if (!utcHour(field(timeColumn), y, h))
            throw fail(line, "datetime: '" + std::string(field(timeColumn))
                                 + "' is not a whole hour such as 2023-01-01T05:00:00Z (or with +02:00)");
        if (last < 0) {
            year = y;
            firstLine = line;
            for (HourlySeries& s : out) {
                s.year = y;
                s.firstHour = h;
            }
        } else if (y != year) {
            throw fail(line, "datetime: " + std::string(field(timeColumn)) + " is in " + std::to_string(y)
                                 + ", the file starts in " + std::to_string(year) + ": import one year per file");
        } else if (h != last + 1) {
            throw fail(line, "datetime: " + std::string(field(timeColumn))
                                 + (h <= last ? " repeats or goes back" : " leaves a gap")
                                 + ": rows must be one hour apart, in order");
        }
        last = h;
        if (zoneColumn >= 0 && zone.empty()) {
            const std::string z(field(zoneColumn));
            for (HourlySeries& s : out) {
                if (s.zone.empty())
                    s.zone = z;
                else if (s.zone != z)
                    throw fail(line, "Zone Id: '" + z + "' after '" + s.zone + "': one zone per file");
            }
        }
        for (std::size_t k = 0; k < out.size(); ++k) {
            const std::string_view v = field(valueColumns[k].first);
            // A column empty from the first row on is a basis the file does not have (our own format's
            // direct column for a zone without one); a gap in a column with values is an error.
            if (v.empty() && out[k].stored.empty()) {
                ++empty[k];
                continue;
            }
            if (empty[k] > 0)
                throw fail(line, "intensity: the " + std::string(Basis::key(out[k].basis))
                                     + " column is empty above this line and not here: give every hour or none");
            double g = 0;
            try {
                g = InputRules::intensity(v);
            } catch (const InputError& e) {
                throw fail(line, "intensity: '" + std::string(v) + "' is not allowed; " + e.reason());
            }
            out[k].stored.push_back(static_cast<std::uint16_t>(std::lround(g * HourlySeries::kScale)));
        }
    }
    std::vector<HourlySeries> kept;
    for (std::size_t k = 0; k < out.size(); ++k) {
        if (empty[k] == 0)
            kept.push_back(std::move(out[k]));
    }
    if (kept.empty() && last >= 0)
        throw fail(0, "every intensity column is empty");
    out = std::move(kept);
    if (last < 0 || out.front().hours() < kMinHours)
        throw fail(0, std::to_string(last < 0 ? 0 : out.front().hours()) + " hours: at least "
                          + std::to_string(kMinHours) + " are needed (one row an hour)");
    if (out.front().zone.empty())
        throw fail(firstLine, "no zone: the file has no Zone Id column; say which place it is for");
    return out;
}

}  // namespace mlcarbon
