#include "InputRules.h"

#include "InputError.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace mlcarbon {

namespace {

// A view: parsing a number allocates nothing (a job log has millions of them); strings are built
// only for an error message.
std::string_view trimmedView(std::string_view text)
{
    auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string trimmed(std::string_view text)
{
    return std::string(trimmedView(text));
}

std::string show(double v)
{
    std::ostringstream out;
    out << v;
    return out.str();
}

const std::string kHoursAllowed = "a number of hours greater than 0 and at most 1e9 (e.g. 24 or 1.5)";
const std::string kHoursPerDayAllowed = "hours a day greater than 0 and at most 24 (e.g. 8)";
const std::string kDaysAllowed = "a number of days greater than 0 with hours a day x days at most 1e9 hours (e.g. 30)";
const std::string kCountAllowed = "a whole number of devices from 1 to 1e12";
const std::string kUtilAllowed = "a fraction greater than 0 and at most 1 (e.g. 0.8)";
const std::string kPueAllowed = "a PUE from 1.0 to 3.0 (1.0 = no data-centre overhead)";
const std::string kPowerAllowed = "a measured average power per device greater than 0 and at most 10000 W";
const std::string kIntensityAllowed = "a grid intensity from 0 to 1500 gCO2e/kWh";
const std::string kOffsetAllowed = "a percentage from 0 to 100";
const std::string kHostCpuAllowed = "host CPU power per device from 0 to 10000 W";
const std::string kHostMemAllowed = "host memory per device from 0 to 1e6 GB";
const std::string kYearAllowed = "a year from 2000 to 2100 (the data's grid figures start in 2000)";
const std::string kFlopAllowed = "training compute in FLOP from 1e9 to 1e30 (e.g. 3.14e23)";
const std::string kParamsAllowed = "a number of parameters from 1 to 1e15 (e.g. 7e9 or 7B; for a mixture of "
                                   "experts, the active parameters)";
const std::string kTokensAllowed = "a number of training tokens from 1 to 1e16 (e.g. 2e12 or 2T)";
const std::string kMfuAllowed = "a model FLOP utilisation greater than 0 and at most 1 (e.g. 0.4)";
const std::string kLifetimeAllowed = "a device lifetime in years greater than 0 and at most 30 (e.g. 4)";
const std::string kActiveShareAllowed = "a share of the lifetime in use greater than 0 and at most 1 (e.g. 0.5)";
const std::string kWueAllowed = "an on-site WUE from 0 to 20 L/kWh (e.g. 0.3)";
const std::string kRequestsAllowed = "a number of requests served from 1 to 1e15 (e.g. 230768 or 1M)";
const std::string kServedTokensAllowed = "a number of tokens served from 1 to 1e18 (e.g. 5e9 or 5B)";
const std::string kPrecisionAllowed = "one of bf16 (BF16/FP16 tensor), fp8, fp16, fp32";

void inRange(const std::string& field, double v, double lo, bool loOpen, double hi, const std::string& allowed)
{
    if (!std::isfinite(v) || (loOpen ? v <= lo : v < lo) || v > hi)
        throw InputError(field, show(v), allowed);
}

}  // namespace

double InputRules::number(std::string_view field, std::string_view text, const std::string& allowed)
{
    const std::string_view t = trimmedView(text);
    if (t.empty())
        throw InputError(std::string(field), "", allowed);
    const char* begin = t.data();
    const char* end = t.data() + t.size();
    if (*begin == '+')
        ++begin;
    double value = 0;
    auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range)
        throw InputError(std::string(field), std::string(t), allowed, "is too large or too small a number");
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        throw InputError(std::string(field), std::string(t), allowed, "is not a number");
    return value == 0 ? 0.0 : value;  // folds -0 into 0
}

namespace {

// Parses text and checks lo < v (loOpen) or lo <= v, and v <= hi; the error quotes the text as typed.
double parseInRange(std::string_view field, std::string_view text, double lo, bool loOpen, double hi,
                    const std::string& allowed)
{
    double v = InputRules::number(field, text, allowed);
    if ((loOpen ? v <= lo : v < lo) || v > hi)
        throw InputError(std::string(field), trimmed(text), allowed);
    return v;
}

}  // namespace

double InputRules::hours(std::string_view text)
{
    return parseInRange("hours", text, 0, true, kMaxHours, kHoursAllowed);
}

double InputRules::count(std::string_view text)
{
    double v = parseInRange("count", text, 1, false, kMaxCount, kCountAllowed);
    if (std::floor(v) != v)
        throw InputError("count", trimmed(text), kCountAllowed);
    return v;
}

double InputRules::utilization(std::string_view text, const std::string& field)
{
    return parseInRange(field, text, 0, true, 1, kUtilAllowed);
}

double InputRules::pue(std::string_view text)
{
    return parseInRange("pue", text, 1, false, 3, kPueAllowed);
}

double InputRules::powerW(std::string_view text)
{
    return parseInRange("power-w", text, 0, true, kMaxPowerW, kPowerAllowed);
}

double InputRules::intensity(std::string_view text)
{
    return parseInRange("intensity", text, 0, false, 1500, kIntensityAllowed);
}

double InputRules::offsetPct(std::string_view text)
{
    return parseInRange("offset", text, 0, false, 100, kOffsetAllowed);
}

double InputRules::hostCpuW(std::string_view text)
{
    return parseInRange("host-cpu-w", text, 0, false, kMaxHostCpuW, kHostCpuAllowed);
}

double InputRules::hostMemoryGb(std::string_view text)
{
    return parseInRange("host-memory-gb", text, 0, false, kMaxHostMemoryGb, kHostMemAllowed);
}

int InputRules::positiveInteger(const std::string& field, std::string_view text)
{
    const std::string allowed = "a whole number from 1 to 100000";
    double v = parseInRange(field, text, 1, false, 100000, allowed);
    if (std::floor(v) != v)
        throw InputError(field, trimmed(text), allowed);
    return static_cast<int>(v);
}

int InputRules::year(std::string_view text)
{
    double v = parseInRange("year", text, kMinYear, false, kMaxYear, kYearAllowed);
    if (std::floor(v) != v)
        throw InputError("year", trimmed(text), kYearAllowed);
    return static_cast<int>(v);
}

double InputRules::flop(std::string_view text)
{
    return parseInRange("flop", text, kMinFlop, false, kMaxFlop, kFlopAllowed);
}

namespace {

// A count as papers write it: 7e9, 7B, 1.4T, 340M or 65k (K, M, B or G, T: thousand to trillion).
double countWithSuffix(std::string_view field, std::string_view text, double hi, const std::string& allowed)
{
    const std::string_view t = trimmedView(text);
    double scale = 1;
    std::string_view digits = t;
    if (!t.empty()) {
        switch (t.back()) {
        case 'k':
        case 'K': scale = 1e3; break;
        case 'm':
        case 'M': scale = 1e6; break;
        case 'b':
        case 'B':
        case 'g':
        case 'G': scale = 1e9; break;
        case 't':
        case 'T': scale = 1e12; break;
        default: break;
        }
        if (scale != 1)
            digits = trimmedView(t.substr(0, t.size() - 1));
    }
    double v = 0;
    if (scale == 1 || digits.empty()) {
        v = InputRules::number(field, t, allowed);
    } else {
        try {
            v = InputRules::number(field, digits, allowed) * scale;
        } catch (const InputError&) {
            throw InputError(std::string(field), std::string(t), allowed, "is not a number");  // quoted as typed
        }
    }
    if (!std::isfinite(v) || v < 1 || v > hi)
        throw InputError(std::string(field), std::string(t), allowed);
    return v;
}

}  // namespace

double InputRules::params(std::string_view text)
{
    return countWithSuffix("params", text, kMaxParams, kParamsAllowed);
}

double InputRules::tokens(std::string_view text)
{
    return countWithSuffix("tokens", text, kMaxTokens, kTokensAllowed);
}

double InputRules::lifetimeYears(std::string_view text)
{
    return parseInRange("lifetime-years", text, 0, true, kMaxLifetimeYears, kLifetimeAllowed);
}

double InputRules::activeShare(std::string_view text)
{
    return parseInRange("active-share", text, 0, true, 1, kActiveShareAllowed);
}

double InputRules::wue(std::string_view text)
{
    return parseInRange("wue", text, 0, false, kMaxWue, kWueAllowed);
}

double InputRules::requests(std::string_view text)
{
    return countWithSuffix("requests", text, kMaxRequests, kRequestsAllowed);
}

double InputRules::servedTokens(std::string_view text)
{
    return countWithSuffix("served-tokens", text, kMaxServedTokens, kServedTokensAllowed);
}

double InputRules::mfu(std::string_view text)
{
    return parseInRange("mfu", text, 0, true, 1, kMfuAllowed);
}

Precision InputRules::precision(std::string_view text)
{
    std::string lower = trimmed(text);
    for (char& c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (auto p = Kinds::precision(lower))
        return *p;
    throw InputError("precision", trimmed(text), kPrecisionAllowed);
}

double InputRules::hoursPerDay(std::string_view text)
{
    return parseInRange("hours-per-day", text, 0, true, 24, kHoursPerDayAllowed);
}

double InputRules::days(std::string_view text)
{
    return parseInRange("days", text, 0, true, kMaxHours / 24, kDaysAllowed);
}

double InputRules::scheduledHours(double hoursPerDay, double days)
{
    inRange("hours-per-day", hoursPerDay, 0, true, 24, kHoursPerDayAllowed);
    inRange("days", days, 0, true, kMaxHours / 24, kDaysAllowed);
    return hoursPerDay * days;
}

void InputRules::validate(const EstimateInput& in)
{
    if (in.hardware.find_first_not_of(" \t") == std::string::npos)
        throw InputError("hardware", in.hardware, "a hardware name or id from the database is required");
    if (in.year && (*in.year < kMinYear || *in.year > kMaxYear))
        throw InputError("year", std::to_string(*in.year), kYearAllowed);
    if (in.flop && (in.params || in.tokens))
        throw InputError("flop", show(*in.flop),
                         "either the training compute (--flop) or parameters and tokens "
                         "(--params, --tokens), not both");
    if (in.params.has_value() != in.tokens.has_value())
        throw InputError(in.params ? "tokens" : "params", "",
                         in.params ? kTokensAllowed + ", with --params" : kParamsAllowed + ", with --tokens");
    if (in.flop)
        inRange("flop", *in.flop, kMinFlop, false, kMaxFlop, kFlopAllowed);
    if (in.params)
        inRange("params", *in.params, 1, false, kMaxParams, kParamsAllowed);
    if (in.tokens)
        inRange("tokens", *in.tokens, 1, false, kMaxTokens, kTokensAllowed);
    if (in.mfu) {
        inRange("mfu", *in.mfu, 0, true, 1, kMfuAllowed);
        if (!in.computeBased())
            throw InputError("mfu", show(*in.mfu), "with training compute only (--flop, or --params and --tokens)");
        if (in.hours > 0)
            throw InputError("mfu", show(*in.mfu),
                             "without --hours: with both the compute and the hours, the MFU "
                             "is implied by them");
    }
    // With training compute the hours may be left out (0): they follow from the compute.
    if (!in.computeBased() || in.hours != 0)
        inRange("hours", in.hours, 0, true, kMaxHours, kHoursAllowed);
    if (in.hoursPerDay) {
        inRange("hours-per-day", *in.hoursPerDay, 0, true, 24, kHoursPerDayAllowed);
        if (in.hours <= 0)
            throw InputError("hours-per-day", show(*in.hoursPerDay),
                             "with --days (the hours are then hours a day x days), not with hours that follow from "
                             "the training compute");
    }
    inRange("count", in.count, 1, false, kMaxCount, kCountAllowed);
    if (std::floor(in.count) != in.count)
        throw InputError("count", show(in.count), kCountAllowed);
    if (in.utilization)
        inRange("utilization", *in.utilization, 0, true, 1, kUtilAllowed);
    if (in.utilizationLow)
        inRange("utilization-low", *in.utilizationLow, 0, true, 1, kUtilAllowed);
    if (in.utilizationHigh)
        inRange("utilization-high", *in.utilizationHigh, 0, true, 1, kUtilAllowed);
    const double u = in.utilization.value_or(1);
    if (in.utilizationLow && *in.utilizationLow > u)
        throw InputError("utilization-low", show(*in.utilizationLow), "at most the utilisation (" + show(u) + ")");
    if (in.utilizationHigh && *in.utilizationHigh < u)
        throw InputError("utilization-high", show(*in.utilizationHigh), "at least the utilisation (" + show(u) + ")");
    if (in.pue)
        inRange("pue", *in.pue, 1, false, 3, kPueAllowed);
    if (in.powerW)
        inRange("power-w", *in.powerW, 0, true, kMaxPowerW, kPowerAllowed);
    if (in.offsetPct)
        inRange("offset", *in.offsetPct, 0, false, 100, kOffsetAllowed);
    if (in.hostCpuW)
        inRange("host-cpu-w", *in.hostCpuW, 0, false, kMaxHostCpuW, kHostCpuAllowed);
    if (in.hostMemoryGb)
        inRange("host-memory-gb", *in.hostMemoryGb, 0, false, kMaxHostMemoryGb, kHostMemAllowed);
    if (in.lifetimeYears)
        inRange("lifetime-years", *in.lifetimeYears, 0, true, kMaxLifetimeYears, kLifetimeAllowed);
    if (in.activeShare)
        inRange("active-share", *in.activeShare, 0, true, 1, kActiveShareAllowed);
    if (in.wue)
        inRange("wue", *in.wue, 0, false, kMaxWue, kWueAllowed);
    if (in.requests)
        inRange("requests", *in.requests, 1, false, kMaxRequests, kRequestsAllowed);
    if (in.servedTokens)
        inRange("served-tokens", *in.servedTokens, 1, false, kMaxServedTokens, kServedTokensAllowed);
    switch (in.location.kind) {
    case Location::Kind::None:
        throw InputError("location", "",
                         "give exactly one of: --provider P --region R | --country CODE | --intensity G");
    case Location::Kind::Custom:
        inRange("intensity", in.location.intensityGPerKwh, 0, false, 1500, kIntensityAllowed);
        break;
    case Location::Kind::Cloud:
        if (in.location.provider.empty())
            throw InputError("provider", "", "a provider is required with --region (see: mlcarbon-cli list providers)");
        if (in.location.region.empty())
            throw InputError("region", "", "a region is required with --provider (see: mlcarbon-cli list regions)");
        break;
    case Location::Kind::Zone:
        if (in.location.zone.empty())
            throw InputError("country", "", "an ISO 3166 country or subdivision code is required (e.g. FR or US-CA)");
        break;
    }
}

IntensityBasis InputRules::basis(std::string_view text, const std::string& field)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (IntensityBasis b : Basis::kChoosable) {
        if (lower == Basis::key(b))
            return b;
    }
    throw InputError(field, std::string(text), "one of " + Basis::choosableList());
}

}  // namespace mlcarbon
