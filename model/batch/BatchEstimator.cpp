#include "BatchEstimator.h"

#include "InputError.h"
#include "InputRules.h"
#include "TextMatch.h"
#include "TrainingCompute.h"

#include <charconv>
#include <cmath>

namespace mlcarbon {

namespace {

const char* kNames[] = {"hardware", "count",     "hours",  "start",       "end",      "provider", "region",
                        "country",  "intensity", "pue",    "utilization", "power_w",  "label",    "year",
                        "flop",     "params",    "tokens", "mfu",         "precision"};

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Digits of a fixed width at s[at..]; -1 when they are not all digits.
int digits(std::string_view s, std::size_t at, std::size_t n)
{
    if (at + n > s.size())
        return -1;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long long daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Seconds since the epoch of YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|(+|-)HH[:]MM]; throws InputError.
double epochSeconds(const std::string& field, std::string_view t)
{
    const std::string allowed = "an ISO 8601 time such as 2024-05-01T10:00:00Z (no zone: UTC)";
    auto fail = [&] { throw InputError(field, std::string(t), allowed); };
    const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || t.size() < 10 || t[4] != '-' || t[7] != '-')
        fail();
    static const int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[mo - 1] || (mo == 2 && d == 29 && !leap))
        fail();
    double seconds = static_cast<double>(daysFromCivil(y, mo, d)) * 86400.0;
    std::size_t i = 10;
    if (i < t.size()) {
        if (t[i] != 'T' && t[i] != 't' && t[i] != ' ')
            fail();
        const int h = digits(t, i + 1, 2), mi = digits(t, i + 4, 2);
        if (h < 0 || h > 24 || mi < 0 || mi > 59 || t.size() < i + 6 || t[i + 3] != ':')
            fail();
        seconds += h * 3600.0 + mi * 60.0;
        i += 6;
        if (i < t.size() && t[i] == ':') {
            const int s = digits(t, i + 1, 2);
            if (s < 0 || s > 60)
                fail();
            seconds += s;
            i += 3;
            if (i < t.size() && (t[i] == '.' || t[i] == ',')) {
                std::size_t j = i + 1;
                double scale = 0.1;
                while (j < t.size() && t[j] >= '0' && t[j] <= '9') {
                    seconds += (t[j] - '0') * scale;
                    scale /= 10;
                    ++j;
                }
                if (j == i + 1)
                    fail();
                i = j;
            }
        }
        if (i < t.size()) {
            if (t[i] == 'Z' || t[i] == 'z') {
                ++i;
            } else if (t[i] == '+' || t[i] == '-') {
                const int oh = digits(t, i + 1, 2);
                std::size_t j = i + 3;
                if (j < t.size() && t[j] == ':')
                    ++j;
                const int om = digits(t, j, 2);
                if (oh < 0 || oh > 23 || om < 0 || om > 59)
                    fail();
                const double offset = oh * 3600.0 + om * 60.0;
                seconds -= t[i] == '+' ? offset : -offset;  // local time = UTC + offset
                i = j + 2;
            }
        }
    }
    if (i != t.size())
        fail();
    return seconds;
}

}  // namespace

BatchEstimator::BatchEstimator(const Calculator& calculator, BatchOptions options)
    : m_calculator(calculator)
    , m_options(options)
{
    std::fill(std::begin(m_index), std::end(m_index), -1);
}

const char* BatchEstimator::columnName(Column c)
{
    return kNames[c];
}

std::string BatchEstimator::readHeader(const std::vector<std::string_view>& names)
{
    std::fill(std::begin(m_index), std::end(m_index), -1);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string name = TextMatch::lower(std::string(trim(names[i])));
        for (int c = 0; c < ColumnCount; ++c) {
            if (name != kNames[c])
                continue;
            if (m_index[c] >= 0)
                return "the column '" + name + "' appears twice";
            m_index[c] = static_cast<int>(i);
        }
    }
    m_keyColumns.clear();
    for (Column c : {Hardware, Provider, Region, Country, Intensity, Pue, Utilization, PowerW, Precision}) {
        if (m_index[c] >= 0)
            m_keyColumns.push_back(c);
    }
    std::string missing;
    if (m_index[Hardware] < 0)
        missing += ", hardware";
    const bool compute = m_index[Flop] >= 0 || (m_index[Params] >= 0 && m_index[Tokens] >= 0);
    if (m_index[Hours] < 0 && (m_index[Start] < 0 || m_index[End] < 0) && !compute)
        missing += ", hours (or start and end, or flop, or params and tokens)";
    if (m_index[Intensity] < 0 && m_index[Country] < 0 && (m_index[Provider] < 0 || m_index[Region] < 0))
        missing += ", a location (provider and region, or country, or intensity)";
    if (!missing.empty())
        return "the header has no " + missing.substr(2)
               + "; the columns are hardware, count, hours or start and end, provider and region or country or "
                 "intensity, and optional pue, utilization, power_w, year, flop, params, tokens, mfu, precision, label";
    return {};
}

std::string_view BatchEstimator::field(const std::vector<std::string_view>& fields, Column c) const
{
    const int i = m_index[c];
    return i >= 0 && static_cast<std::size_t>(i) < fields.size() ? trim(fields[static_cast<std::size_t>(i)])
                                                                 : std::string_view();
}

std::optional<int> BatchEstimator::yearOf(const std::vector<std::string_view>& fields) const
{
    if (const std::string_view y = field(fields, Year); !y.empty())
        return InputRules::year(y);
    const std::string_view start = field(fields, Start);
    if (start.empty())
        return std::nullopt;
    epochSeconds("start", start);  // a valid time, or the error names it
    return InputRules::year(start.substr(0, 4));
}

const BatchEstimator::Rate& BatchEstimator::rateFor(const std::vector<std::string_view>& fields,
                                                    std::optional<int> year)
{
    m_key.clear();
    for (Column c : m_keyColumns) {
        m_key += field(fields, c);
        m_key += '\x1f';
    }
    if (year)
        m_key += std::to_string(*year);
    auto it = m_cache.find(m_key);
    if (it != m_cache.end())
        return it->second;
    // First row of this kind: one full estimate of a device-hour, with the model's own checks.
    Rate rate;
    try {
        EstimateInput in;
        in.hardware = std::string(field(fields, Hardware));
        if (in.hardware.empty())
            throw InputError("hardware", "", "a device name or id (mlcarbon-cli list hardware)");
        in.count = 1;
        in.hours = 1;
        in.basis = m_options.basis;
        in.embodied = m_options.embodied;
        in.embodiedHost = m_options.embodiedHost;
        in.water = m_options.water;
        in.year = year;
        if (auto v = field(fields, Precision); !v.empty())
            in.precision = InputRules::precision(v);
        const std::string_view intensity = field(fields, Intensity), country = field(fields, Country);
        if (!intensity.empty())
            in.location = Location::custom(InputRules::intensity(std::string(intensity)));
        else if (!country.empty())
            in.location = Location::gridZone(std::string(country));
        else if (!field(fields, Provider).empty() || !field(fields, Region).empty())
            in.location = Location::cloud(std::string(field(fields, Provider)), std::string(field(fields, Region)));
        else
            throw InputError("location", "", "provider and region, or country, or intensity");
        if (auto v = field(fields, Pue); !v.empty())
            in.pue = InputRules::pue(std::string(v));
        if (auto v = field(fields, Utilization); !v.empty())
            in.utilization = InputRules::utilization(std::string(v));
        if (auto v = field(fields, PowerW); !v.empty())
            in.powerW = InputRules::powerW(std::string(v));
        const Estimate e = m_calculator.estimate(in);
        rate.kwhPerDeviceHour = e.energyKwh;
        rate.kgPerDeviceHour = e.emissionsKg;
        if (e.embodied && e.embodied->figure.known())
            rate.embodiedKgPerDeviceHour = e.embodied->kg;
        if (e.water && (e.water->onsiteNone.empty() || e.water->offsiteLPerKwh))
            rate.waterLPerDeviceHour = e.water->litres();
        rate.basis = e.intensityBasis;
        rate.basisFallback = e.basisFallback();
        rate.intensityGiven = e.intensityGiven;
        rate.yearFallback = e.yearFallback();
        rate.yearNote = e.yearText();
        rate.peakFlops = e.hardware.peak(in.precision);
        if (!rate.peakFlops)
            rate.peakError = "precision: " + e.hardware.name + " has no peak FLOP/s figure at "
                             + std::string(Kinds::key(in.precision)) + ", so no compute-based estimate";
        if (auto median = m_calculator.catalog().reference("mfu_median"))
            rate.defaultMfu = median->value;
    } catch (const InputError& e) {
        rate.error = e.field() + ": " + e.reason();
    }
    // A log with millions of distinct kinds would grow the cache without bound: cap it.
    if (m_cache.size() >= 100000)
        m_cache.clear();
    return m_cache.emplace(m_key, std::move(rate)).first->second;
}

BatchRow BatchEstimator::estimate(const std::vector<std::string_view>& fields)
{
    BatchRow row;
    std::optional<int> year;
    try {
        year = yearOf(fields);
    } catch (const InputError& e) {
        row.error = e.field() + ": " + e.reason();
        return row;
    }
    const Rate& rate = rateFor(fields, year);
    if (!rate.error.empty()) {
        row.error = rate.error;
        return row;
    }
    try {
        const std::string_view countText = field(fields, Count);
        const double count = countText.empty() ? 1.0 : InputRules::count(countText);
        // The work: hours (or start and end), or training compute (TrainingCompute), or both.
        std::optional<double> flop;
        if (auto v = field(fields, Flop); !v.empty())
            flop = InputRules::flop(v);
        const std::string_view paramsText = field(fields, Params), tokensText = field(fields, Tokens);
        if (!paramsText.empty() || !tokensText.empty()) {
            if (flop)
                throw InputError("flop", std::string(field(fields, Flop)), "either flop or params and tokens");
            flop = TrainingCompute::flopOf(InputRules::params(paramsText), InputRules::tokens(tokensText));
        }
        const std::string_view hoursText = field(fields, Hours);
        const bool hoursGiven = !hoursText.empty() || !field(fields, Start).empty() || !field(fields, End).empty();
        const std::string_view mfuText = field(fields, Mfu);
        if (!mfuText.empty() && (!flop || hoursGiven))
            throw InputError("mfu", std::string(mfuText),
                             flop ? "no mfu with hours: the compute and the hours imply it"
                                  : "an mfu only with flop, or params and tokens");
        if (flop && !rate.peakFlops)
            throw InputError("precision",
                             std::string(field(fields, Precision).empty() ? "bf16" : field(fields, Precision)),
                             rate.peakError.substr(rate.peakError.find(": ") + 2), "cannot be used");
        double deviceHours = 0;
        if (hoursGiven || !flop) {
            double hours = 0;
            if (!hoursText.empty() || m_index[Start] < 0)
                hours = InputRules::hours(hoursText);
            else
                hours = hoursBetween(field(fields, Start), field(fields, End));
            deviceHours = count * hours;
            if (flop)
                row.mfuImplausible =
                    !TrainingCompute::plausible(TrainingCompute::impliedMfu(*flop, *rate.peakFlops, deviceHours));
        } else {
            const double mfu = mfuText.empty() ? rate.defaultMfu : InputRules::mfu(mfuText);
            if (!(mfu > 0))
                throw InputError("mfu", "", "an mfu: the reference database has no published median");
            deviceHours = TrainingCompute::deviceHours(*flop, *rate.peakFlops, mfu);
        }
        row.yearFallback = rate.yearFallback;
        row.yearNote = rate.yearNote;
        row.basis = rate.basis;
        row.basisFallback = rate.basisFallback;
        row.intensityGiven = rate.intensityGiven;
        row.energyKwh = deviceHours * rate.kwhPerDeviceHour;
        row.emissionsKg = deviceHours * rate.kgPerDeviceHour;
        if (rate.embodiedKgPerDeviceHour)
            row.embodiedKg = deviceHours * *rate.embodiedKgPerDeviceHour;
        if (rate.waterLPerDeviceHour)
            row.waterL = deviceHours * *rate.waterLPerDeviceHour;
        row.ok = std::isfinite(row.energyKwh) && std::isfinite(row.emissionsKg);
        if (!row.ok)
            row.error = "the result is too large to represent";
    } catch (const InputError& e) {
        row.error = e.field() + ": " + e.reason();
    }
    return row;
}

double BatchEstimator::hoursBetween(std::string_view start, std::string_view end)
{
    const double s = epochSeconds("start", start);
    const double e = epochSeconds("end", end);
    if (e <= s)
        throw InputError("end", std::string(end), "a time after start (" + std::string(start) + ")");
    const double hours = (e - s) / 3600.0;
    if (hours > InputRules::kMaxHours)
        throw InputError("end", std::string(end), "at most 1e9 hours after start");
    return hours;
}

}  // namespace mlcarbon
