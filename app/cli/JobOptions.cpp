#include "JobOptions.h"

#include "CatalogSearch.h"
#include "InputRules.h"
#include "PresetProject.h"
#include "ProjectFile.h"

#include <QFile>
#include <QString>

namespace mlcarbon {

WhatIfChanges JobOptions::changes(const CliArguments& a)
{
    WhatIfChanges c;
    if (a.has("hardware")) {
        const std::string hardware = a.value("hardware");
        if (hardware.find_first_not_of(" \t") == std::string::npos)
            usageError("hardware", hardware, "a hardware name or id is required");
        c.hardware = hardware;
    }
    c.location = a.location();
    // Read in this order, so that the first bad value is the one reported.
    auto read = [&](const char* option, auto parse) -> std::optional<double> {
        if (!a.has(option))
            return std::nullopt;
        return parse(a.value(option));
    };
    c.hours = read("hours", InputRules::hours);
    c.hoursPerDay = read("hours-per-day", InputRules::hoursPerDay);
    c.days = read("days", InputRules::days);
    c.count = read("count", InputRules::count);
    c.utilization = read("utilization", [](std::string_view v) { return InputRules::utilization(v); });
    c.utilizationLow =
        read("utilization-low", [](std::string_view v) { return InputRules::utilization(v, "utilization-low"); });
    c.utilizationHigh =
        read("utilization-high", [](std::string_view v) { return InputRules::utilization(v, "utilization-high"); });
    c.pue = read("pue", InputRules::pue);
    c.powerW = read("power-w", InputRules::powerW);
    c.offsetPct = read("offset", InputRules::offsetPct);
    c.hostCpuW = read("host-cpu-w", InputRules::hostCpuW);
    c.hostMemoryGb = read("host-memory-gb", InputRules::hostMemoryGb);
    c.basis = a.basis();
    if (a.has("year"))
        c.year = InputRules::year(a.value("year"));
    c.flop = read("flop", InputRules::flop);
    c.params = read("params", InputRules::params);
    c.tokens = read("tokens", InputRules::tokens);
    c.mfu = read("mfu", InputRules::mfu);
    if (a.has("precision"))
        c.precision = InputRules::precision(a.value("precision"));
    c.embodied = a.toggle("embodied");
    c.embodiedHost = a.toggle("embodied-host");
    if (a.has("with-total"))
        c.embodiedTotal = true;
    c.lifetimeYears = read("lifetime-years", InputRules::lifetimeYears);
    c.activeShare = read("active-share", InputRules::activeShare);
    c.water = a.toggle("water");
    c.wue = read("wue", InputRules::wue);
    c.requests = read("requests", InputRules::requests);
    c.servedTokens = read("served-tokens", InputRules::servedTokens);
    return c;
}

WhatIfEdit JobOptions::job(const CliArguments& a)
{
    if (!a.has("hardware"))
        usageError("hardware", "", "a hardware name or id is required (see: mlcarbon-cli list hardware --search TEXT)");
    if (!a.has("hours") && !a.has("days") && !a.has("hours-per-day") && !a.has("flop") && !a.has("params")
        && !a.has("tokens"))
        usageError("hours", "",
                   "the work is required: the hours each device ran (e.g. --hours 24, or --hours-per-day 8 "
                   "--days 30), or the training compute (--flop 3.14e23, or --params 7B --tokens 2T)");
    if (!a.location())
        usageError("location", "",
                   "a location is required: exactly one of: --provider P --region R | --country CODE | "
                   "--intensity G");
    return WhatIf::apply(EstimateInput{}, changes(a));
}

Estimate JobOptions::estimate(const Calculator& calc, const CliArguments& a, const PublishedRun*& run,
                              std::optional<ModelJob>* modelJob)
{
    if (a.has("preset") && a.has("model"))
        usageError("model", a.value("model"), "give either --preset (a run with reported emissions) or --model");
    if (a.has("model")) {
        ModelJob mj = model(calc.catalog(), a);
        Estimate e = calc.estimate(mj.input);
        for (const auto& n : mj.notes)
            e.notes.push_back(n.text);
        e.assumptions = mj.assumptions;
        if (modelJob)
            *modelJob = std::move(mj);
        return e;
    }
    const WhatIfEdit edit = a.has("preset") ? preset(calc.catalog(), a, run) : job(a);
    Estimate e = calc.estimate(edit.input);
    e.notes = edit.texts();
    return e;
}

// --project FILE: the project as saved; job options would be ambiguous (which item?), so none are taken.
Project JobOptions::project(const CliArguments& a, std::string& err)
{
    for (const char* o :
         {"hardware",    "hours",   "count",  "provider",   "region",         "country",       "intensity", "pue",
          "utilization", "power-w", "offset", "host-cpu-w", "host-memory-gb", "preset",        "year",      "flop",
          "params",      "tokens",  "mfu",    "precision",  "model",          "hours-per-day", "days"}) {
        if (a.has(o))
            usageError(o, a.value(o), "not with --project: edit the project file, or use --preset for one run");
    }
    const QString path = QString::fromStdString(a.value("project"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        usageError("project", a.value("project"),
                   "a readable project file is required: " + file.errorString().toStdString(), "cannot be opened");
    const QByteArray bytes = file.readAll();
    try {
        auto result = ProjectFile::read(std::string_view(bytes.constData(), bytes.size()), a.value("project"));
        for (const auto& w : result.warnings)
            err += "mlcarbon-cli: warning: " + w + "\n";
        if (auto basis = a.basis())
            result.project.basis = *basis;  // this run only; the file keeps its own
        return result.project;
    } catch (const ProjectError& e) {
        usageError("project", a.value("project"), e.what(), "cannot be used");
    }
}

// --preset ID: a published run's reported inputs, any job option replacing its value.
WhatIfEdit JobOptions::preset(const Catalog& catalog, const CliArguments& a, const PublishedRun*& run)
{
    run = catalog.publishedRun(a.value("preset"));
    if (!run) {
        std::string ids;
        for (const auto& p : catalog.publishedRuns())
            ids += (ids.empty() ? "" : ", ") + p.id;
        usageError("preset", a.value("preset"), "one of: " + ids + " (see: mlcarbon-cli list presets)",
                   "is not a preset");
    }
    return PresetProject::whatIf(*run, changes(a));
}

// --model ID|NAME: a published model's record, any job option replacing its value or filling a gap.
ModelJob JobOptions::model(const Catalog& catalog, const CliArguments& a)
{
    const PublishedModel& m = CatalogSearch::model(catalog, a.value("model"));
    ModelJob job = PublishedModelJob::whatIf(catalog, m, changes(a));
    if (!job.estimable()) {
        std::string lacks;
        for (const auto& line : job.missing)
            lacks += (lacks.empty() ? "" : "; ") + line;
        usageError("model", a.value("model"),
                   "a model whose record has what an estimate needs, or the job options that fill the gap "
                   "(--hardware, --count, --hours, --flop, --country ...): "
                       + lacks,
                   "cannot be estimated from Epoch AI's record");
    }
    return job;
}

RegionRanking::Scope JobOptions::rankingScope(const CliArguments& a, const Estimate& e)
{
    if (a.has("same-provider") && a.has("countries"))
        usageError("countries", "", "give either --same-provider or --countries");
    auto scope = a.has("same-provider") ? RegionRanking::Scope::SameProvider
                 : a.has("countries")   ? RegionRanking::Scope::Countries
                                        : RegionRanking::Scope::AllProviders;
    if (scope == RegionRanking::Scope::SameProvider && e.location.kind != Location::Kind::Cloud)
        usageError("same-provider", "", "it needs a cloud location (--provider and --region)");
    return scope;
}

}  // namespace mlcarbon
