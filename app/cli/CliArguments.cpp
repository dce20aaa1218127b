#include "CliArguments.h"

#include "CliUsage.h"
#include "InputError.h"
#include "InputRules.h"

namespace mlcarbon {

namespace {

// Options and the commands that take them. A flag takes no value.
struct OptionSpec {
    const char* name;
    bool flag;
    std::set<std::string> commands;
};

const std::set<std::string> kJob = {"estimate", "compare", "report", "compare-hardware", "when"};
const std::set<std::string> kWhen = {"when", "report"};
const std::set<std::string> kJobOrBatch = {"estimate", "compare", "report", "compare-hardware", "when", "batch"};
const std::set<std::string> kHardwareRanked = {"compare-hardware"};
const std::set<std::string> kRanked = {"compare", "report"};
const std::set<std::string> kReport = {"report"};

const std::vector<OptionSpec> kOptions = {
    {"hardware", false, kJob},
    {"hours", false, kJob},
    {"hours-per-day", false, kJob},
    {"days", false, kJob},
    {"year", false, kJob},
    {"flop", false, kJob},
    {"params", false, kJob},
    {"tokens", false, kJob},
    {"mfu", false, kJob},
    {"precision", false, kJob},
    {"count", false, kJob},
    {"provider", false, {"estimate", "compare", "report", "list", "compare-hardware", "when"}},
    {"region", false, kJob},
    {"country", false, kJob},
    {"intensity", false, kJob},
    {"pue", false, kJob},
    {"utilization", false, kJob},
    {"utilization-low", false, kJob},
    {"utilization-high", false, kJob},
    {"power-w", false, kJob},
    {"offset", false, kJob},
    {"host-cpu-w", false, kJob},
    {"host-memory-gb", false, kJob},
    {"embodied", true, kJobOrBatch},
    {"no-embodied", true, kJobOrBatch},
    {"embodied-host", true, kJobOrBatch},
    {"no-embodied-host", true, kJobOrBatch},
    {"with-total", true, kJob},
    {"lifetime-years", false, kJob},
    {"active-share", false, kJob},
    {"water", true, kJobOrBatch},
    {"no-water", true, kJobOrBatch},
    {"wue", false, kJob},
    {"requests", false, kJob},
    {"served-tokens", false, kJob},
    {"basis", false, {"estimate", "compare", "report", "list", "batch", "compare-hardware", "when"}},
    {"format", false, {"estimate", "compare", "list", "compare-hardware", "when"}},
    {"kind", false, kHardwareRanked},
    {"vendor", false, kHardwareRanked},
    {"released-since", false, kHardwareRanked},
    {"min-memory-gb", false, kHardwareRanked},
    {"same-provider", true, kRanked},
    {"countries", true, kRanked},
    {"top", false, {"compare", "compare-hardware"}},
    {"sort", false, {"compare"}},
    {"when", true, kReport},
    {"window", false, kWhen},
    {"deadline", false, kWhen},
    {"date", false, kWhen},
    {"month", false, kWhen},
    {"start-hour", false, kWhen},
    {"min-slot", false, kWhen},
    {"hourly-file", false, kWhen},
    {"search", false, {"list"}},
    {"include-grid-zones", true, {"list"}},
    {"database-dir", false, {"estimate", "compare", "list", "report", "batch", "compare-hardware", "when"}},
    {"pdf", false, kReport},
    {"csv", false, kReport},
    {"compare-csv", false, kReport},
    {"latex", false, kReport},
    {"markdown", false, kReport},
    {"model-card", false, kReport},
    {"page-size", false, kReport},
    {"training-type", false, kReport},
    {"project", false, {"estimate", "compare", "report"}},
    {"preset", false, {"estimate", "compare", "report", "when"}},
    {"model", false, {"estimate", "compare", "report", "compare-hardware", "when"}},
    {"output", false, {"batch"}},
    {"fail-over-budget", true, {"estimate"}},
    {"summary", true, {"batch"}},
};

}  // namespace

std::optional<bool> CliArguments::toggle(const std::string& name) const
{
    const bool on = flags.count(name) > 0;
    const bool off = flags.count("no-" + name) > 0;
    if (on && off)
        usageError(name, "--no-" + name, "give one of --" + name + " or --no-" + name, "given with --" + name);
    if (!on && !off)
        return std::nullopt;
    return on;
}

void usageError(const std::string& field, const std::string& value, const std::string& allowed,
                const std::string& problem)
{
    throw InputError(field, value, allowed, problem);
}

CliArguments CliArguments::parse(const std::vector<std::string>& args)
{
    CliArguments a;
    const std::string commands = std::string("one of estimate, compare, compare-hardware, when, report, list, batch ")
                                     .append(CliUsage::seeHelp());
    if (args.size() < 2)
        usageError("command", "", commands);
    a.command = args[1];
    if (a.command != "estimate" && a.command != "compare" && a.command != "list" && a.command != "report"
        && a.command != "batch" && a.command != "compare-hardware" && a.command != "when")
        usageError("command", a.command, commands);
    for (std::size_t i = 2; i < args.size(); ++i) {
        const std::string& arg = args[i] == "-o" ? std::string("--output") : args[i];  // batch's short form
        if (arg.rfind("--", 0) != 0) {
            a.positional.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const OptionSpec* spec = nullptr;
        for (const auto& o : kOptions) {
            if (name == o.name)
                spec = &o;
        }
        if (!spec || !spec->commands.count(a.command))
            usageError(name, arg,
                       std::string("not an option of mlcarbon-cli ")
                           .append(a.command)
                           .append(" ")
                           .append(CliUsage::seeHelp()));
        if (a.has(name))
            usageError(name, inlineValue.value_or(i + 1 < args.size() ? args[i + 1] : ""), "give it only once");
        if (spec->flag) {
            if (inlineValue)
                usageError(name, *inlineValue, "a switch without a value");
            a.flags.insert(name);
            continue;
        }
        if (inlineValue) {
            a.values[name] = *inlineValue;
        } else {
            if (i + 1 >= args.size())
                usageError(name, "", "a value is required after --" + name);
            a.values[name] = args[++i];
        }
    }
    if (a.command != "list" && a.command != "batch" && !a.positional.empty())
        usageError("command line", a.positional.front(),
                   std::string("options start with -- ").append(CliUsage::seeHelp()));
    return a;
}

std::string CliArguments::format() const
{
    std::string f = has("format") ? value("format") : "text";
    if (f != "text" && f != "json" && f != "csv")
        usageError("format", f, "one of text, json, csv");
    return f;
}

std::optional<Location> CliArguments::location() const
{
    std::vector<std::string> given;
    if (has("provider") || has("region"))
        given.push_back(has("provider") ? "--provider " + value("provider") : "--region " + value("region"));
    if (has("country"))
        given.push_back("--country " + value("country"));
    if (has("intensity"))
        given.push_back("--intensity " + value("intensity"));
    const std::string allowed = "exactly one of: --provider P --region R | --country CODE | --intensity G";
    if (given.empty())
        return std::nullopt;
    if (given.size() > 1)
        usageError("location", given[0] + " and " + given[1], "two locations given; give " + allowed);
    if (has("provider") || has("region")) {
        if (!has("provider"))
            usageError("provider", "", "--region needs --provider (see: mlcarbon-cli list providers)");
        if (!has("region"))
            usageError("region", "",
                       "--provider needs --region (see: mlcarbon-cli list regions --provider " + value("provider")
                           + ")");
        return Location::cloud(value("provider"), value("region"));
    }
    if (has("country"))
        return Location::gridZone(value("country"));
    return Location::custom(InputRules::intensity(value("intensity")));
}

std::optional<IntensityBasis> CliArguments::basis() const
{
    if (!has("basis"))
        return std::nullopt;
    return InputRules::basis(value("basis"));
}

}  // namespace mlcarbon
