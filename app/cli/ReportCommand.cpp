#include "ReportCommand.h"

#include "AtomicFile.h"
#include "JobOptions.h"
#include "PresetReport.h"
#include "ProjectCalculator.h"
#include "ReportDocument.h"
#include "ReportTexts.h"
#include "TextMatch.h"
#include "WhenCommand.h"
#include "WriteError.h"

#include <algorithm>
#include <functional>

namespace mlcarbon {

namespace {

// The options that name a file to write, in the order the files are written.
const char* const kOutputs[] = {"pdf", "csv", "compare-csv", "latex", "markdown", "model-card"};

// At least one file, each with a name; --page-size as Qt's page size (A4 by default).
QPageSize::PageSizeId checkedOutputs(const CliArguments& a)
{
    if (std::none_of(std::begin(kOutputs), std::end(kOutputs), [&](const char* o) { return a.has(o); }))
        usageError("report", "",
                   "give at least one of --pdf, --csv, --compare-csv, --latex, --markdown, --model-card FILE");
    for (const char* o : kOutputs) {
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
    return pageSize;
}

// What every writer takes: the estimate, its comparison and equivalents; `run` is set for a preset.
ReportData reportData(const Catalog& catalog, const Calculator& calc, const CliArguments& a, const PublishedRun*& run)
{
    if (a.has("project")) {
        // A project: every writer takes the items and totals; the comparison moves the whole project.
        std::string ignored;
        Project project = JobOptions::project(a, ignored);
        ProjectResult r = ProjectCalculator::compute(calc, project);
        auto ranking = ProjectCalculator::rankMoved(calc, r, JobOptions::rankingScope(a, r.items.front()));
        return ReportData::ofProject(catalog, std::move(project), std::move(r), std::move(ranking));
    }
    Estimate e = JobOptions::estimate(calc, a, run);
    auto ranking = RegionRanking::rank(calc, e, JobOptions::rankingScope(a, e));
    return ReportData::ofJob(catalog, std::move(e), std::move(ranking));
}

// Writes every file asked for; returns a "wrote PATH" line for each. `place`: the model card's.
std::string writeFiles(const CliArguments& a, const ReportData& data, QPageSize::PageSizeId pageSize,
                       const std::string& trainingType, const std::string& place)
{
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
        return AtomicFile::write(p, bytes(ReportTexts::modelCard(data, trainingType, place)));
    });
    return out;
}

}  // namespace

std::string ReportCommand::run(const Catalog& catalog, const Calculator& calc, const CliArguments& a, std::string& err)
{
    const QPageSize::PageSizeId pageSize = checkedOutputs(a);
    const std::string trainingType = a.has("training-type") ? a.value("training-type") : "pre-training";
    const bool when = WhenCommand::asked(a);
    if (when) {
        if (a.has("project"))
            usageError("when", a.has("window") ? a.value("window") : "",
                       "a single job: a project's items may each run elsewhere (use mlcarbon-cli when per job)");
        WhenCommand::request(a);  // a bad option is named before any data are read
    }
    const PublishedRun* run = nullptr;
    ReportData data = reportData(catalog, calc, a, run);
    if (when)
        data.when = WhenCommand::plan(data.estimate, a, err);
    const std::string place = run && !data.project ? PresetReport::placeAsReported(*run, data.estimate) : std::string();
    return writeFiles(a, data, pageSize, trainingType, place);
}

}  // namespace mlcarbon
