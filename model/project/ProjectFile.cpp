#include "ProjectFile.h"

#include "InputError.h"
#include "InputRules.h"
#include "JsonFile.h"
#include "ProjectBudget.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace mlcarbon {

using nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

const std::set<std::string> kTopKeys = {"format", "version", "name",      "description",     "preset",
                                        "basis",  "items",   "budget_kg", "phase_budgets_kg"};
const std::set<std::string> kItemKeys = {
    "label",         "phase",         "hardware",       "count",         "hours",         "location",
    "pue",           "utilization",   "power_w",        "offset_pct",    "host_cpu_w",    "host_memory_gb",
    "year",          "flop",          "params",         "tokens",        "mfu",           "precision",
    "embodied",      "water",         "lifetime_years", "active_share",  "wue_l_per_kwh", "requests",
    "served_tokens", "hours_per_day", "embodied_host",  "embodied_total"};

[[noreturn]] void fail(const std::string& path, const std::string& where, const std::string& problem)
{
    throw ProjectError(path + ": " + (where.empty() ? "" : where + ": ") + problem);
}

// An optional true/false key; a missing key keeps the default (on).
bool flag(const json& o, const char* key, const std::string& path, const std::string& where, bool absent = true)
{
    if (!o.contains(key))
        return absent;
    if (!o.at(key).is_boolean())
        fail(path, where, std::string(key) + ": " + o.at(key).dump() + " is not true or false");
    return o.at(key).get<bool>();
}

std::string text(const json& o, const char* key, const std::string& path, const std::string& where, bool required)
{
    if (!o.contains(key) || o.at(key).is_null()) {
        if (required)
            fail(path, where, std::string(key) + ": missing");
        return {};
    }
    if (!o.at(key).is_string())
        fail(path, where, std::string(key) + ": " + o.at(key).dump() + " is not a string");
    return o.at(key).get<std::string>();
}

std::optional<double> number(const json& o, const char* key, const std::string& path, const std::string& where)
{
    if (!o.contains(key) || o.at(key).is_null())
        return std::nullopt;
    const json& v = o.at(key);
    if (!v.is_number())
        fail(path, where, std::string(key) + ": " + v.dump() + " is not a number");
    return v.get<double>();
}

// A budget: kg CO2e greater than 0 and at most ProjectBudget::kMaxBudgetKg.
double budget(const json& v, const std::string& key, const std::string& path)
{
    if (!v.is_number() || !(v.get<double>() > 0) || v.get<double>() > ProjectBudget::kMaxBudgetKg)
        fail(path, "", key + ": " + v.dump() + " is not a budget in kg CO2e greater than 0 and at most 1e15");
    return v.get<double>();
}

// One item of "items" (its index from 0), on the project's basis; unknown keys kept, with a warning.
ProjectItem readItem(const json& o, std::size_t index, IntensityBasis basis, const std::string& path,
                     std::vector<std::string>& warnings)
{
    std::string where = "item " + std::to_string(index + 1);
    if (o.is_object() && o.contains("label") && o.at("label").is_string())
        where += " ('" + o.at("label").get<std::string>() + "')";
    if (!o.is_object())
        fail(path, where, "not a JSON object");
    ProjectItem item;
    item.label = text(o, "label", path, where, false);
    item.phase = text(o, "phase", path, where, false);
    if (item.phase.empty())
        item.phase = "training";
    const auto& phases = Project::phases();
    if (std::find(phases.begin(), phases.end(), item.phase) == phases.end())
        fail(path, where, "phase: '" + item.phase + "' is not one of training, tuning, inference, other");
    EstimateInput& in = item.input;
    in.basis = basis;
    in.hardware = text(o, "hardware", path, where, true);
    in.count = number(o, "count", path, where).value_or(1);
    // The work: hours, or training compute (flop, or params and tokens), or both.
    in.flop = number(o, "flop", path, where);
    in.params = number(o, "params", path, where);
    in.tokens = number(o, "tokens", path, where);
    in.mfu = number(o, "mfu", path, where);
    if (const std::string precision = text(o, "precision", path, where, false); !precision.empty()) {
        const auto p = Kinds::precision(precision);
        if (!p)
            fail(path, where, "precision: '" + precision + "' is not one of bf16, fp8, fp16, fp32");
        in.precision = *p;
    }
    auto hours = number(o, "hours", path, where);
    if (!hours && !in.computeBased())
        fail(path, where, "hours: missing");
    in.hours = hours.value_or(0);
    in.hoursPerDay = number(o, "hours_per_day", path, where);
    if (in.hoursPerDay && (*in.hoursPerDay <= 0 || *in.hoursPerDay > 24))
        fail(path, where, "hours_per_day: " + o.at("hours_per_day").dump() + " is not hours a day from above 0 to 24");
    if (in.hoursPerDay && in.hours <= 0)
        fail(path, where, "hours_per_day: given without hours (the hours are hours a day x days)");
    if (auto year = number(o, "year", path, where)) {
        if (std::floor(*year) != *year || *year < InputRules::kMinYear || *year > InputRules::kMaxYear)
            fail(path, where, "year: " + o.at("year").dump() + " is not a year from 2000 to 2100");
        in.year = static_cast<int>(*year);
    }
    in.pue = number(o, "pue", path, where);
    in.utilization = number(o, "utilization", path, where);
    in.powerW = number(o, "power_w", path, where);
    in.offsetPct = number(o, "offset_pct", path, where);
    in.hostCpuW = number(o, "host_cpu_w", path, where);
    in.hostMemoryGb = number(o, "host_memory_gb", path, where);
    in.embodied = flag(o, "embodied", path, where);
    in.embodiedHost = flag(o, "embodied_host", path, where, false);
    in.embodiedTotal = flag(o, "embodied_total", path, where, false);
    in.water = flag(o, "water", path, where);
    in.lifetimeYears = number(o, "lifetime_years", path, where);
    in.activeShare = number(o, "active_share", path, where);
    in.wue = number(o, "wue_l_per_kwh", path, where);
    in.requests = number(o, "requests", path, where);
    in.servedTokens = number(o, "served_tokens", path, where);
    if (!o.contains("location") || !o.at("location").is_object())
        fail(path, where, "location: missing (an object with kind cloud, zone or custom)");
    const json& loc = o.at("location");
    const std::string kindText = text(loc, "kind", path, where + ": location", true);
    const std::optional<LocationKind> kind = Kinds::locationKind(kindText);
    if (kind == LocationKind::Cloud)
        in.location = Location::cloud(text(loc, "provider", path, where + ": location", true),
                                      text(loc, "region", path, where + ": location", true));
    else if (kind == LocationKind::Zone)
        in.location = Location::gridZone(text(loc, "code", path, where + ": location", true));
    else if (kind == LocationKind::Custom) {
        auto g = number(loc, "g_per_kwh", path, where + ": location");
        if (!g)
            fail(path, where, "location: g_per_kwh: missing");
        in.location = Location::custom(*g);
    } else
        fail(path, where, "location: kind: '" + kindText + "' is not one of cloud, zone, custom");
    try {
        InputRules::validate(in);
    } catch (const InputError& e) {
        fail(path, where, e.what());
    }
    for (const auto& [key, value] : o.items()) {
        if (!kItemKeys.count(key)) {
            item.extra[key] = value.dump();
            warnings.push_back(path + ": " + where + ": unknown key '" + key + "' kept as it is");
        }
    }
    return item;
}

}  // namespace

ProjectFile::Result ProjectFile::read(std::string_view bytes, const std::string& path)
{
    Result result;
    JsonFile::Header header;
    try {
        header = JsonFile::read(bytes, "mlcarbon-project", " (is this an mlcarbon project file?)");
    } catch (const JsonFile::Problem& problem) {
        fail(path, "", problem.what());
    }
    const json& root = header.root;
    const long long version = header.version;
    if (version > kVersion)
        result.warnings.push_back(path + ": written by a newer mlcarbon (file version " + std::to_string(version)
                                  + ", this one reads " + std::to_string(kVersion)
                                  + "); fields it does not know are kept and written back unchanged");
    Project& p = result.project;
    p.name = text(root, "name", path, "", false);
    p.description = text(root, "description", path, "", false);
    p.presetId = text(root, "preset", path, "", false);
    // Files written before the basis was saved compared on the data's mixed bases; they now open on the default.
    if (const std::string basis = text(root, "basis", path, "", false); !basis.empty()) {
        auto b = Basis::parse(basis);
        if (!b || *b == IntensityBasis::Unspecified)
            fail(path, "", "basis: '" + basis + "' is not one of " + Basis::choosableList());
        p.basis = *b;
    }
    if (root.contains("budget_kg") && !root.at("budget_kg").is_null())
        p.budgetKg = budget(root.at("budget_kg"), "budget_kg", path);
    if (root.contains("phase_budgets_kg")) {
        const json& phases = root.at("phase_budgets_kg");
        if (!phases.is_object())
            fail(path, "", "phase_budgets_kg: not an object of phase: kg CO2e");
        for (const auto& [phase, value] : phases.items()) {
            const auto& known = Project::phases();
            if (std::find(known.begin(), known.end(), phase) == known.end())
                fail(path, "", "phase_budgets_kg: '" + phase + "' is not a phase (training, tuning, inference, other)");
            p.phaseBudgetsKg[phase] = budget(value, "phase_budgets_kg." + phase, path);
        }
    }
    for (const auto& [key, value] : root.items()) {
        if (!kTopKeys.count(key)) {
            p.extra[key] = value.dump();
            result.warnings.push_back(path + ": unknown key '" + key + "' kept as it is");
        }
    }
    if (!root.contains("items") || !root.at("items").is_array())
        fail(path, "", "items: missing or not an array");
    const json& items = root.at("items");
    for (std::size_t i = 0; i < items.size(); ++i)
        p.items.push_back(readItem(items[i], i, p.basis, path, result.warnings));
    return result;
}

std::string ProjectFile::write(const Project& p)
{
    ordered_json root;
    root["format"] = "mlcarbon-project";
    root["version"] = kVersion;
    root["name"] = p.name;
    if (!p.description.empty())
        root["description"] = p.description;
    if (!p.presetId.empty())
        root["preset"] = p.presetId;
    root["basis"] = Basis::key(p.basis);
    if (p.budgetKg)
        root["budget_kg"] = *p.budgetKg;
    if (!p.phaseBudgetsKg.empty()) {
        ordered_json phases = ordered_json::object();
        for (const std::string& phase : Project::phases()) {
            if (const auto it = p.phaseBudgetsKg.find(phase); it != p.phaseBudgetsKg.end())
                phases[phase] = it->second;
        }
        root["phase_budgets_kg"] = std::move(phases);
    }
    ordered_json items = ordered_json::array();
    for (const ProjectItem& item : p.items) {
        const EstimateInput& in = item.input;
        ordered_json o;
        o["label"] = item.label;
        o["phase"] = item.phase;
        o["hardware"] = in.hardware;
        o["count"] = in.count;
        if (in.hours > 0 || !in.computeBased())
            o["hours"] = in.hours;
        if (in.hoursPerDay)
            o["hours_per_day"] = *in.hoursPerDay;
        if (in.year)
            o["year"] = *in.year;
        switch (in.location.kind) {
        case Location::Kind::Cloud:
            o["location"] = {{"kind", std::string(Kinds::key(LocationKind::Cloud))},
                             {"provider", in.location.provider},
                             {"region", in.location.region}};
            break;
        case Location::Kind::Zone:
            o["location"] = {{"kind", std::string(Kinds::key(LocationKind::Zone))}, {"code", in.location.zone}};
            break;
        case Location::Kind::Custom:
            o["location"] = {{"kind", std::string(Kinds::key(LocationKind::Custom))},
                             {"g_per_kwh", in.location.intensityGPerKwh}};
            break;
        case Location::Kind::None: break;
        }
        auto put = [&](const char* key, const std::optional<double>& v) {
            if (v)
                o[key] = *v;
        };
        put("pue", in.pue);
        put("utilization", in.utilization);
        put("power_w", in.powerW);
        put("offset_pct", in.offsetPct);
        put("host_cpu_w", in.hostCpuW);
        put("host_memory_gb", in.hostMemoryGb);
        put("flop", in.flop);
        put("params", in.params);
        put("tokens", in.tokens);
        put("mfu", in.mfu);
        put("lifetime_years", in.lifetimeYears);
        put("active_share", in.activeShare);
        put("wue_l_per_kwh", in.wue);
        put("requests", in.requests);
        put("served_tokens", in.servedTokens);
        if (!in.embodied)
            o["embodied"] = false;
        if (in.embodiedHost)
            o["embodied_host"] = true;
        if (in.embodiedTotal)
            o["embodied_total"] = true;
        if (!in.water)
            o["water"] = false;
        if (in.computeBased())
            o["precision"] = std::string(Kinds::key(in.precision));
        for (const auto& [key, text] : item.extra)
            o[key] = ordered_json::parse(text);
        items.push_back(std::move(o));
    }
    root["items"] = std::move(items);
    for (const auto& [key, text] : p.extra)
        root[key] = ordered_json::parse(text);
    return root.dump(2) + "\n";
}

}  // namespace mlcarbon
