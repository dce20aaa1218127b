#include "CliApplication.h"

#include "AtomicFile.h"
#include "BatchRunner.h"
#include "Calculator.h"
#include "CatalogSearch.h"
#include "CatalogTables.h"
#include "DataError.h"
#include "DatabaseLoader.h"
#include "Equivalents.h"
#include "EstimateReport.h"
#include "InputError.h"
#include "InputRules.h"
#include "NumberFormat.h"
#include "PresetProject.h"
#include "PresetReport.h"
#include "ProjectCalculator.h"
#include "ProjectFile.h"
#include "ProjectReport.h"
#include "RegionRanking.h"
#include "ReportDocument.h"
#include "ReportTexts.h"
#include "TableWriter.h"
#include "TextMatch.h"
#include "WhatIf.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

#include <QFileInfo>
#include <QString>

#include <map>
#include <set>

namespace mlcarbon {

namespace {

// Options and the commands that take them. A flag takes no value.
struct OptionSpec {
    const char* name;
    bool flag;
    std::set<std::string> commands;
};

const std::set<std::string> kJob = {"estimate", "compare", "report"};
const std::set<std::string> kRanked = {"compare", "report"};
const std::set<std::string> kReport = {"report"};

const std::vector<OptionSpec> kOptions = {
    {"hardware", false, kJob},
    {"hours", false, kJob},
    {"count", false, kJob},
    {"provider", false, {"estimate", "compare", "report", "list"}},
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
    {"basis", false, {"estimate", "compare", "report", "list", "batch"}},
    {"format", false, {"estimate", "compare", "list"}},
    {"same-provider", true, kRanked},
    {"countries", true, kRanked},
    {"top", false, {"compare"}},
    {"search", false, {"list"}},
    {"include-grid-zones", true, {"list"}},
    {"database-dir", false, {"estimate", "compare", "list", "report", "batch"}},
    {"pdf", false, kReport},
    {"csv", false, kReport},
    {"compare-csv", false, kReport},
    {"latex", false, kReport},
    {"markdown", false, kReport},
    {"model-card", false, kReport},
    {"page-size", false, kReport},
    {"training-type", false, kReport},
    {"project", false, {"estimate", "compare", "report"}},
    {"preset", false, {"estimate", "compare", "report"}},
    {"output", false, {"batch"}},
    {"summary", true, {"batch"}},
};

struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;

    bool has(const std::string& name) const { return values.count(name) || flags.count(name); }
    std::string value(const std::string& name) const
    {
        auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
    }
};

[[noreturn]] void usageError(const std::string& field, const std::string& value, const std::string& allowed,
                             const std::string& problem = "is not allowed")
{
    throw InputError(field, value, allowed, problem);
}

Arguments parse(const std::vector<std::string>& args)
{
    Arguments a;
    if (args.size() < 2)
        usageError("command", "", "one of estimate, compare, report, list, batch (see mlcarbon-cli --help)");
    a.command = args[1];
    if (a.command != "estimate" && a.command != "compare" && a.command != "list" && a.command != "report"
        && a.command != "batch")
        usageError("command", a.command, "one of estimate, compare, report, list, batch (see mlcarbon-cli --help)");
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
        if (!spec)
            usageError(name, arg, "not an option of mlcarbon-cli " + a.command + " (see mlcarbon-cli --help)");
        if (!spec->commands.count(a.command))
            usageError(name, arg, "not an option of mlcarbon-cli " + a.command + " (see mlcarbon-cli --help)");
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
        usageError("command line", a.positional.front(), "options start with -- (see mlcarbon-cli --help)");
    return a;
}

std::string format(const Arguments& a)
{
    std::string f = a.has("format") ? a.value("format") : "text";
    if (f != "text" && f != "json" && f != "csv")
        usageError("format", f, "one of text, json, csv");
    return f;
}

// The location options, if any were given; bad combinations are errors.
std::optional<Location> locationFrom(const Arguments& a)
{
    std::vector<std::string> given;
    if (a.has("provider") || a.has("region"))
        given.push_back(a.has("provider") ? "--provider " + a.value("provider") : "--region " + a.value("region"));
    if (a.has("country"))
        given.push_back("--country " + a.value("country"));
    if (a.has("intensity"))
        given.push_back("--intensity " + a.value("intensity"));
    const std::string allowed = "exactly one of: --provider P --region R | --country CODE | --intensity G";
    if (given.empty())
        return std::nullopt;
    if (given.size() > 1)
        usageError("location", given[0] + " and " + given[1], "two locations given; give " + allowed);
    if (a.has("provider") || a.has("region")) {
        if (!a.has("provider"))
            usageError("provider", "", "--region needs --provider (see: mlcarbon-cli list providers)");
        if (!a.has("region"))
            usageError("region", "",
                       "--provider needs --region (see: mlcarbon-cli list regions --provider " + a.value("provider")
                           + ")");
        return Location::cloud(a.value("provider"), a.value("region"));
    }
    if (a.has("country"))
        return Location::gridZone(a.value("country"));
    return Location::custom(InputRules::intensity(a.value("intensity")));
}

std::optional<IntensityBasis> basisFrom(const Arguments& a)
{
    if (!a.has("basis"))
        return std::nullopt;
    return InputRules::basis(a.value("basis"));
}

// Applies the job options that were given on top of `in` (a preset's inputs, or defaults). A new
// hardware or place is a what-if edit (WhatIf: what it drops is noted); a value given on the
// command line always wins.
WhatIfEdit applyOverrides(const Arguments& a, const EstimateInput& base)
{
    WhatIfEdit edit{base, {}};
    if (a.has("hardware")) {
        const std::string hardware = a.value("hardware");
        if (hardware.find_first_not_of(" \t") == std::string::npos)
            usageError("hardware", hardware, "a hardware name or id is required");
        edit = WhatIf::withHardware(edit.input, hardware);
    }
    if (auto location = locationFrom(a)) {
        const WhatIfEdit moved = WhatIf::movedTo(edit.input, *location);
        edit.input = moved.input;
        WhatIf::addNotes(edit.notes, moved.notes);
    }
    EstimateInput& in = edit.input;
    if (a.has("hours"))
        in.hours = InputRules::hours(a.value("hours"));
    if (a.has("count"))
        in.count = InputRules::count(a.value("count"));
    if (a.has("utilization"))
        in.utilization = InputRules::utilization(a.value("utilization"));
    if (a.has("utilization-low"))
        in.utilizationLow = InputRules::utilization(a.value("utilization-low"), "utilization-low");
    if (a.has("utilization-high"))
        in.utilizationHigh = InputRules::utilization(a.value("utilization-high"), "utilization-high");
    auto given = [&](const char* option, std::optional<double>& field, double (*parse)(std::string_view)) {
        if (a.has(option)) {
            field = parse(a.value(option));
            edit.given(option);
        }
    };
    given("pue", in.pue, InputRules::pue);
    given("power-w", in.powerW, InputRules::powerW);
    given("offset", in.offsetPct, InputRules::offsetPct);
    given("host-cpu-w", in.hostCpuW, InputRules::hostCpuW);
    given("host-memory-gb", in.hostMemoryGb, InputRules::hostMemoryGb);
    if (auto basis = basisFrom(a))
        in.basis = *basis;
    return edit;
}

WhatIfEdit jobInput(const Arguments& a)
{
    if (!a.has("hardware"))
        usageError("hardware", "", "a hardware name or id is required (see: mlcarbon-cli list hardware --search TEXT)");
    if (!a.has("hours"))
        usageError("hours", "", "the hours each device ran are required (e.g. --hours 24)");
    if (!locationFrom(a))
        usageError("location", "",
                   "a location is required: exactly one of: --provider P --region R | --country CODE | "
                   "--intensity G");
    return applyOverrides(a, EstimateInput{});
}

// The estimate of a job with the notes of the what-if edit that made it.
Estimate estimateOf(const Calculator& calc, const WhatIfEdit& edit)
{
    Estimate e = calc.estimate(edit.input);
    e.notes = edit.texts();
    return e;
}

// --project FILE: the project as saved; job options would be ambiguous (which item?), so none are taken.
Project projectFrom(const Arguments& a, std::string& err)
{
    for (const char* o : {"hardware", "hours", "count", "provider", "region", "country", "intensity", "pue",
                          "utilization", "power-w", "offset", "host-cpu-w", "host-memory-gb", "preset"}) {
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
        if (auto basis = basisFrom(a))
            result.project.basis = *basis;  // this run only; the file keeps its own
        return result.project;
    } catch (const ProjectError& e) {
        usageError("project", a.value("project"), e.what(), "cannot be used");
    }
}

// --preset ID: a published run's reported inputs, any job option replacing its value.
WhatIfEdit presetInput(const Catalog& catalog, const Arguments& a, const PublishedRun*& run)
{
    run = catalog.publishedRun(a.value("preset"));
    if (!run) {
        std::string ids;
        for (const auto& p : catalog.publishedRuns())
            ids += (ids.empty() ? "" : ", ") + p.id;
        usageError("preset", a.value("preset"), "one of: " + ids + " (see: mlcarbon-cli list presets)",
                   "is not a preset");
    }
    return applyOverrides(a, PresetProject::reported(*run).items.front().input);
}

std::string runProjectEstimate(const Calculator& calc, const Arguments& a, std::string& err)
{
    const std::string f = format(a);
    const Project project = projectFrom(a, err);
    const ProjectResult r = ProjectCalculator::compute(calc, project);
    if (f == "csv")
        return TableWriter::csv(ProjectReport::table(project, r));
    return f == "json" ? ProjectReport::json(project, r) : ProjectReport::text(project, r);
}

std::string runEstimate(const Calculator& calc, const Arguments& a, std::string& err)
{
    if (a.has("project"))
        return runProjectEstimate(calc, a, err);
    const std::string f = format(a);
    const PublishedRun* run = nullptr;
    Estimate e = estimateOf(calc, a.has("preset") ? presetInput(calc.catalog(), a, run) : jobInput(a));
    if (run) {
        const auto equivalents = Equivalents::of(calc.catalog(), e.emissionsKg);
        if (f == "json") {
            auto j = nlohmann::ordered_json::parse(EstimateReport::json(e, equivalents));
            j["preset"] = PresetReport::json(PresetProject::compare(calc, *run), e);
            return j.dump(2) + "\n";
        }
        if (f == "csv")
            return EstimateReport::csv(e);
        return EstimateReport::text(e, equivalents) + PresetReport::text(PresetProject::compare(calc, *run), e);
    }
    const auto equivalents = Equivalents::of(calc.catalog(), e.emissionsKg);
    if (f == "json")
        return EstimateReport::json(e, equivalents);
    if (f == "csv")
        return EstimateReport::csv(e);
    return EstimateReport::text(e, equivalents);
}

RegionRanking::Scope rankingScope(const Arguments& a, const Estimate& e)
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

std::string runCompare(const Calculator& calc, const Arguments& a)
{
    const std::string f = format(a);
    std::optional<int> top;
    if (a.has("top"))
        top = InputRules::positiveInteger("top", a.value("top"));
    // The rows cut to --top and written in the asked form; `heading` leads the text form.
    auto output = [&](std::vector<RankedRegion> rows, const std::string& heading, IntensityBasis basis) {
        // The basis line counts every row compared, not only those shown.
        const std::string basisLine = CatalogTables::basisLine(rows, basis) + "\n\n";
        if (top && rows.size() > static_cast<std::size_t>(*top))
            rows.resize(*top);
        Table table = CatalogTables::comparison(rows);
        if (f == "json")
            return TableWriter::json(table);
        if (f == "csv")
            return TableWriter::csv(table);
        return heading + basisLine
               + TableWriter::text(table, {"rank", "provider", "region", "name", "country", "intensity_g_per_kwh",
                                           "basis", "pue", "emissions_kg", "saving_kg", "saving_pct", "chosen"});
    };
    std::string ignored;
    if (a.has("project")) {
        const Project project = projectFrom(a, ignored);
        const ProjectResult r = ProjectCalculator::compute(calc, project);
        const auto scope = rankingScope(a, r.items.front());
        return output(ProjectCalculator::rankMoved(calc, r, scope),
                      "The whole project (" + NumberFormat::mass(r.emissionsKg)
                          + ") moved to each place, cleanest first; intensity and PUE are the place's.\n",
                      project.basis);
    }
    const PublishedRun* run = nullptr;
    Estimate e = estimateOf(calc, a.has("preset") ? presetInput(calc.catalog(), a, run) : jobInput(a));
    const auto scope = rankingScope(a, e);
    std::string s =
        "Same job (" + NumberFormat::energy(e.energyKwh) + " at " + EstimateReport::locationLabel(e) + ": "
        + NumberFormat::mass(e.emissionsKg) + ") "
        + (scope == RegionRanking::Scope::SameProvider ? "in every region of " + e.location.providerName
           : scope == RegionRanking::Scope::Countries  ? std::string("on own hardware in every country and subdivision")
                                                       : std::string("in every cloud region"))
        + ", cleanest first; each place with its own PUE and grid intensity.\n";
    return output(RegionRanking::rank(calc, e, scope), s, e.requestedBasis);
}

// Thrown when an output file cannot be written: exit 1, the message names the path and why.
struct WriteError {
    std::string message;
};

std::string runReport(const Catalog& catalog, const Calculator& calc, const Arguments& a)
{
    static const char* outputs[] = {"pdf", "csv", "compare-csv", "latex", "markdown", "model-card"};
    if (std::none_of(std::begin(outputs), std::end(outputs), [&](const char* o) { return a.has(o); }))
        usageError("report", "",
                   "give at least one of --pdf, --csv, --compare-csv, --latex, --markdown, --model-card FILE");
    for (const char* o : outputs) {
        if (a.has(o) && a.value(o).empty())
            usageError(o, "", "a file name is required");
    }
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    if (a.has("page-size")) {
        const std::string p = TextMatch::lower(a.value("page-size"));
        if (p != "a4" && p != "letter")
            usageError("page-size", a.value("page-size"), "a4 or letter");
        pageSize = p == "a4" ? QPageSize::A4 : QPageSize::Letter;
    }
    const std::string trainingType = a.has("training-type") ? a.value("training-type") : "pre-training";
    const PublishedRun* run = nullptr;
    ReportData data;
    data.catalog = &catalog;
    if (a.has("project")) {
        // A project: every writer takes the items and totals; the comparison moves the whole project.
        std::string ignored;
        const Project project = projectFrom(a, ignored);
        ProjectResult r = ProjectCalculator::compute(calc, project);
        data.estimate = r.items.front();
        data.ranking = ProjectCalculator::rankMoved(calc, r, rankingScope(a, data.estimate));
        data.equivalents = Equivalents::of(catalog, r.emissionsKg);
        data.project = ReportData::ProjectPart{project, std::move(r)};
    } else {
        data.estimate = estimateOf(calc, a.has("preset") ? presetInput(catalog, a, run) : jobInput(a));
        data.ranking = RegionRanking::rank(calc, data.estimate, rankingScope(a, data.estimate));
        data.equivalents = Equivalents::of(catalog, data.estimate.emissionsKg);
    }
    std::string out;
    auto write = [&](const char* option, const std::function<QString(const QString&)>& writer) {
        if (!a.has(option))
            return;
        const QString path = QString::fromStdString(a.value(option));
        const QString error = writer(path);
        if (!error.isEmpty())
            throw WriteError{"--" + std::string(option) + ": " + error.toStdString()};
        out += "wrote " + a.value(option) + "\n";
    };
    auto bytes = [](const std::string& s) { return QByteArray::fromStdString(s); };
    write("pdf", [&](const QString& p) { return ReportDocument::writePdf(data, p, pageSize); });
    write("csv", [&](const QString& p) { return AtomicFile::write(p, bytes(ReportTexts::csv(data))); });
    write("compare-csv",
          [&](const QString& p) { return AtomicFile::write(p, bytes(ReportTexts::comparisonCsv(data))); });
    write("latex", [&](const QString& p) {
        // The paragraph, and beside it FILE.bib with the entries its \cite keys name.
        QString error = AtomicFile::write(p, bytes(ReportTexts::latex(data)));
        if (!error.isEmpty())
            return error;
        const QString bib = QString::fromStdString(ReportTexts::bibPathFor(p.toStdString()));
        QString bibError = AtomicFile::write(bib, bytes(ReportTexts::bibtex(data)));
        if (bibError.isEmpty())
            out += "wrote " + bib.toStdString() + "\n";
        return bibError;
    });
    write("markdown", [&](const QString& p) { return AtomicFile::write(p, bytes(ReportTexts::markdown(data))); });
    write("model-card", [&](const QString& p) {
        // A preset left where the paper put it names the paper's place, not "custom grid intensity".
        const Estimate& e = data.estimate;
        const bool asReported = !data.project && run && e.location.kind == Location::Kind::Custom && run->gPerKwh
                                && e.intensity == *run->gPerKwh;
        return AtomicFile::write(
            p, bytes(ReportTexts::modelCard(data, trainingType, asReported ? run->locationAsReported : "")));
    });
    return out;
}

// batch FILE.csv [-o OUT.csv] [--summary]: streams the log; rows are written as they are read.
int runBatch(const Calculator& calc, const Arguments& a)
{
    if (a.positional.size() != 1)
        usageError("batch", a.positional.size() > 1 ? a.positional[1] : "",
                   "one job log: mlcarbon-cli batch FILE.csv [-o OUT.csv]");
    const std::string inputPath = a.positional.front();
    std::ifstream file;
    std::istream* in = &std::cin;
    if (inputPath != "-") {
        file.open(inputPath, std::ios::binary);
        if (!file)
            usageError("batch", inputPath, "a readable CSV file (or - for standard input)", "cannot be read");
        in = &file;
    }
    if (a.has("output") && a.value("output").empty())
        usageError("output", "", "a file name is required");
    const auto problem = [&](std::size_t line, const std::string& why) {
        std::fprintf(stderr, "mlcarbon-cli: %s:%zu: %s\n", inputPath.c_str(), line, why.c_str());
    };
    QElapsedTimer clock;
    clock.start();
    BatchSummary summary;
    std::string unusable;  // why the log cannot be used: exit 2, and no output file is written
    const auto run = [&](const BatchRunner::Sink& sink) {
        try {
            summary = BatchRunner::run(calc, *in, sink, problem, std::size_t(1) << 20,
                                       basisFrom(a).value_or(Basis::kDefault));
        } catch (const BatchOutputError&) {
            return false;
        } catch (const BatchError& e) {
            unusable = std::string("cannot be used: ") + e.what();
            return false;
        }
        if (file.bad()) {
            unusable = "could not be read to the end";
            return false;
        }
        return true;
    };
    const auto refuse = [&] {
        usageError("batch", inputPath, "a CSV job log with a header line (see mlcarbon-cli --help)", unusable);
    };
    const bool toFile = a.has("output");
    if (toFile) {
        // The same atomic writer as every report: an earlier file at that path stays whole unless
        // the whole output was written.
        const QString error =
            AtomicFile::write(QString::fromStdString(a.value("output")), [&](QIODevice& device, QString& reason) {
                const bool ok = run([&](std::string_view bytes) {
                    return device.write(bytes.data(), static_cast<qint64>(bytes.size()))
                           == static_cast<qint64>(bytes.size());
                });
                if (!ok)
                    reason = unusable.empty() ? device.errorString() : QStringLiteral("the log cannot be used");
                return ok;
            });
        if (!unusable.empty())
            refuse();
        if (!error.isEmpty())
            throw WriteError{"--output: " + error.toStdString()};
    } else {
        const bool ok = run(
            [](std::string_view bytes) { return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size(); });
        if (!unusable.empty())
            refuse();
        if (!ok || std::fflush(stdout) != 0)  // a small log's rows are still in stdio's buffer
            throw WriteError{"stdout: write failed: " + std::string(std::strerror(errno))};
    }
    if (a.has("summary")) {
        const double seconds = std::max(1e-9, static_cast<double>(clock.nsecsElapsed()) / 1e9);
        const std::string text =
            "rows: " + std::to_string(summary.rows) + " (" + std::to_string(summary.good) + " estimated, "
            + std::to_string(summary.skipped) + " skipped)\nenergy: " + NumberFormat::energy(summary.energyKwh)
            + "\nemissions: " + NumberFormat::mass(summary.emissionsKg) + " (location-based)\ndistinct jobs: "
            + std::to_string(summary.distinctJobs) + "\nbasis: " + Basis::label(basisFrom(a).value_or(Basis::kDefault))
            + " (" + std::to_string(summary.otherBasis)
            + " rows on another basis)\ntime: " + NumberFormat::significant(seconds) + " s ("
            + NumberFormat::significant(static_cast<double>(summary.rows) / seconds) + " rows/s)\n";
        // With -o the summary is the command's output; without, stdout carries the CSV.
        std::fputs(text.c_str(), toFile ? stdout : stderr);
    }
    return summary.skipped == 0 ? CliApplication::Success : CliApplication::SomeRowsSkipped;
}

std::string runList(const Catalog& catalog, const Calculator& calc, const Arguments& a)
{
    const std::string f = format(a);
    if (a.positional.size() != 1)
        usageError("list", a.positional.empty() ? "" : a.positional[1],
                   "one of hardware, regions, countries, providers, presets");
    const std::string what = a.positional.front();
    const std::string search = a.value("search");
    Table table;
    std::vector<std::string> textColumns;
    if (what == "hardware") {
        table = CatalogTables::hardware(calc.hardwareLookup().search(search));
        textColumns = {"id", "name", "kind", "tdp_w", "year"};
    } else if (what == "regions") {
        if (a.has("provider"))
            calc.locations().provider(a.value("provider"));  // unknown provider: exit 2 with the list
        table = CatalogTables::regions(catalog, CatalogSearch::regions(catalog, search, a.value("provider")),
                                       basisFrom(a).value_or(Basis::kDefault));
        textColumns = {"provider", "region", "name", "country", "intensity_g_per_kwh", "year", "basis", "pue"};
    } else if (what == "countries") {
        table = CatalogTables::zones(catalog, CatalogSearch::zones(catalog, search, a.has("include-grid-zones")),
                                     basisFrom(a).value_or(Basis::kDefault));
        textColumns = {"code", "name", "type", "intensity_g_per_kwh", "year", "basis"};
    } else if (what == "presets") {
        table.columns = {{"id", "Id", ""},
                         {"name", "Name", ""},
                         {"hardware", "Hardware", ""},
                         {"count", "Devices", ""},
                         {"device_hours", "Device-hours", "h"},
                         {"reported_energy_mwh", "Energy", "MWh"},
                         {"reported_tco2e", "Emissions", "tCO2e"},
                         {"tier", "Tier", ""},
                         {"source", "Source", ""}};
        const std::string key = TextMatch::key(search);
        for (const auto& p : catalog.publishedRuns()) {
            if (!key.empty() && TextMatch::key(p.name + p.id + p.source).find(key) == std::string::npos)
                continue;
            auto opt = [](const std::optional<double>& v) { return v ? TableCell::of(*v) : TableCell::null(); };
            table.rows.push_back({TableCell::of(p.id), TableCell::of(p.name), TableCell::of(p.hardware), opt(p.count),
                                  opt(p.deviceHours), opt(p.reportedEnergyMwh), opt(p.reportedTco2e),
                                  TableCell::of(p.tier), TableCell::of(p.source)});
        }
        textColumns = {"id", "name", "device_hours", "reported_energy_mwh", "reported_tco2e", "tier"};
    } else if (what == "providers") {
        table = CatalogTables::providers(catalog, CatalogSearch::providers(catalog, search));
        textColumns = {"id", "name", "pue", "pue_year", "regions", "offset_pct"};
    } else {
        usageError("list", what, "one of hardware, regions, countries, providers, presets");
    }
    if (a.has("provider") && what != "regions")
        usageError("provider", a.value("provider"), "--provider filters list regions only");
    if (f == "json")
        return TableWriter::json(table);
    if (f == "csv")
        return TableWriter::csv(table);
    return TableWriter::text(table, textColumns) + std::to_string(table.rows.size()) + " " + what + "\n";
}

}  // namespace

std::string CliApplication::usage()
{
    return R"(mlcarbon-cli: energy and carbon footprint of machine-learning compute

Usage:
  mlcarbon-cli estimate --hardware NAME|ID --hours H [--count N] LOCATION [options]
  mlcarbon-cli compare  (same options as estimate) [--same-provider] [--top N]
  mlcarbon-cli report   (same options as estimate) --pdf FILE --csv FILE --compare-csv FILE
                        --latex FILE --markdown FILE --model-card FILE (any, at least one)
                        [--page-size a4|letter] [--training-type pre-training|fine-tuning]
  mlcarbon-cli estimate --project FILE | --preset ID [job options override the preset's]
  mlcarbon-cli compare  --project FILE | --preset ID [...]    the whole project moved to each place
  mlcarbon-cli report   --project FILE | --preset ID --pdf FILE ...   items, phases and totals in every form
  mlcarbon-cli list hardware|regions|countries|providers|presets [--search TEXT] [--provider P]
  mlcarbon-cli batch FILE.csv|- [-o OUT.csv] [--summary]   one estimate per row of a job log
  mlcarbon-cli --help | --version

LOCATION is exactly one of:
  --provider P --region R    a cloud region (mlcarbon-cli list regions)
  --country CODE             ISO 3166-1 alpha-2 (FR) or subdivision (US-CA) code, own hardware
  --intensity G              a grid intensity you know, in gCO2e/kWh (0 to 1500)

Options:
  --count N              devices (whole number, default 1)
  --pue X                power usage effectiveness, 1.0 to 3.0 (default: region, provider, else on-premise)
  --utilization U        share of TDP drawn on average, > 0 and <= 1 (default 1)
  --utilization-low U    lowest plausible utilisation, for the range (default: the utilisation)
  --utilization-high U   highest plausible utilisation, for the range (default: the utilisation)
  --power-w W            measured average power per device in W (instead of TDP x utilisation)
  --offset PCT           offset / renewable-match share, 0 to 100 (default: provider data, else 0)
  --host-cpu-w W         host CPU power per device in W (default 0)
  --host-memory-gb GB    host memory per device in GB (default 0)
  --format F             text (default), json or csv
  --same-provider        compare: only regions of the chosen provider
  --countries            compare: own hardware in every country and subdivision instead of cloud regions
  --top N                compare: the N cleanest regions only
  --search TEXT          list: best matches first (exact, prefix, substring)
  --include-grid-zones   list countries: also sub-national grid zones (e.g. US-CAL-CISO)
  --database-dir DIR     load hardware_db/ and regions_db/ from DIR instead of the built-in copy

Formula:
  energy_kwh   = count x hours x (power_w + host_w) x pue / 1000
  emissions_kg = energy_kwh x intensity_g_per_kwh / 1000   (location-based)
  market-based = emissions_kg x (1 - offset / 100)           (shown apart, never instead)

User data: *.json files in $XDG_DATA_HOME/mlcarbon (~/.local/share/mlcarbon) add or replace
database entries by id; the output names the file every value came from.

Every report file is written atomically: if writing fails, an earlier file at that path is left whole.

Batch: the log's header names its columns (any order, any case; others are passed through):
  hardware, count (default 1), hours or start and end (ISO 8601; no zone = UTC), and a location:
  provider and region, or country, or intensity; optional pue, utilization, power_w, label.
  Output: the input's columns plus energy_kwh, emissions_kg and status, and a last row of totals;
  a bad row is reported on stderr with its line, marked "skipped" and left out of the totals.
  --summary prints rows, totals and speed (to stdout with -o, else to stderr).

Exit codes: 0 success, 1 a file could not be written, 2 bad input, 3 data file error,
4 batch: some rows were skipped.
)";
}

int CliApplication::run(const std::vector<std::string>& args, std::string& out, std::string& err)
{
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out = usage();
            return Success;
        }
    }
    if (args.size() == 2 && args[1] == "--version") {
        out = std::string("mlcarbon-cli ") + MLCARBON_VERSION + "\n";
        return Success;
    }
    try {
        Arguments a = parse(args);
        DatabaseLoader::Result loaded = DatabaseLoader::load(QString::fromStdString(a.value("database-dir")));
        for (const auto& w : loaded.warnings)
            err += "mlcarbon-cli: warning: " + w + "\n";
        Calculator calc(*loaded.catalog);
        if (a.command == "batch") {
            std::fwrite(err.data(), 1, err.size(), stderr);  // warnings first: the rows stream from here
            err.clear();
            return runBatch(calc, a);
        }
        if (a.command == "estimate")
            out = runEstimate(calc, a, err);
        else if (a.command == "compare")
            out = runCompare(calc, a);
        else if (a.command == "report")
            out = runReport(*loaded.catalog, calc, a);
        else
            out = runList(*loaded.catalog, calc, a);
        return Success;
    } catch (const InputError& e) {
        out.clear();
        const std::string field = e.field() == "command" || e.field() == "command line" || e.field() == "location"
                                          || e.field() == "list" || e.field() == "batch"
                                          || e.field().find(' ') != std::string::npos
                                      ? e.field()
                                      : "--" + e.field();
        err += "mlcarbon-cli: error: " + field + ": " + e.reason() + "\n";
        return BadInput;
    } catch (const WriteError& e) {
        err += "mlcarbon-cli: error: " + e.message + "\n";
        return Failure;
    } catch (const DataError& e) {
        out.clear();
        err += "mlcarbon-cli: data error: " + std::string(e.what()) + "\n";
        return DataFileError;
    } catch (const std::exception& e) {
        out.clear();
        err += "mlcarbon-cli: internal error: " + std::string(e.what()) + "\n";
        return Failure;
    }
}

}  // namespace mlcarbon
