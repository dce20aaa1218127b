#include "BatchCommand.h"

#include "AtomicFile.h"
#include "BatchRunner.h"
#include "CliApplication.h"
#include "CliUsage.h"
#include "NumberFormat.h"
#include "WriteError.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QString>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

namespace mlcarbon {

namespace {

// One pass over the job log named on the command line (- for standard input) into a sink; a
// bad row goes to stderr with its line.
struct LogPass {
    LogPass(const Calculator& calculator, const CliArguments& arguments)
        : calc(calculator)
        , a(arguments)
        , path(arguments.positional.front())
    {
    }

    const Calculator& calc;
    const CliArguments& a;
    std::string path;
    // Read before any output is opened: a bad --basis is bad input (exit 2) with or without -o,
    // not a failed write from inside the atomic writer.
    BatchOptions options;  // the basis, and the lines beyond the electricity
    std::ifstream file;
    std::istream* in = &std::cin;
    BatchSummary summary;
    std::string unusable;  // why the log cannot be used: exit 2, and no output file is written

    void open();
    bool stream(const BatchRunner::Sink& sink);
    [[noreturn]] void refuse() const;
    void toFile(const std::string& output);
    void toStdout();
};

void LogPass::open()
{
    if (path == "-")
        return;
    file.open(path, std::ios::binary);
    if (!file)
        usageError("batch", path, "a readable CSV file (or - for standard input)", "cannot be read");
    in = &file;
}

// False when the sink failed or the log cannot be used (`unusable` says why).
bool LogPass::stream(const BatchRunner::Sink& sink)
{
    const auto problem = [&](std::size_t line, const std::string& why) {
        std::fprintf(stderr, "mlcarbon-cli: %s:%zu: %s\n", path.c_str(), line, why.c_str());
    };
    try {
        summary = BatchRunner::run(calc, *in, sink, problem, std::size_t(1) << 20, options);
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
}

void LogPass::refuse() const
{
    usageError("batch", path, std::string("a CSV job log with a header line ").append(CliUsage::seeHelp()), unusable);
}

// The same atomic writer as every report: an earlier file at that path stays whole unless the
// whole output was written.
void LogPass::toFile(const std::string& output)
{
    const QString error = AtomicFile::write(QString::fromStdString(output), [&](QIODevice& device, QString& reason) {
        const bool ok = stream([&](std::string_view bytes) {
            return device.write(bytes.data(), static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
        });
        if (!ok)
            reason = unusable.empty() ? device.errorString() : QStringLiteral("the log cannot be used");
        return ok;
    });
    if (!unusable.empty())
        refuse();
    if (!error.isEmpty())
        throw WriteError{"--output: " + error.toStdString()};
}

void LogPass::toStdout()
{
    const bool ok = stream(
        [](std::string_view bytes) { return std::fwrite(bytes.data(), 1, bytes.size(), stdout) == bytes.size(); });
    if (!unusable.empty())
        refuse();
    if (!ok || std::fflush(stdout) != 0)  // a small log's rows are still in stdio's buffer
        throw WriteError{"stdout: write failed: " + std::string(std::strerror(errno))};
}

// --summary: rows, totals, the basis and the speed, one a line.
std::string summaryText(const BatchSummary& summary, IntensityBasis basis, double seconds)
{
    return "rows: " + std::to_string(summary.rows) + " (" + std::to_string(summary.good) + " estimated, "
           + std::to_string(summary.skipped) + " skipped)\nenergy: " + NumberFormat::energy(summary.energyKwh)
           + "\nemissions: " + NumberFormat::mass(summary.emissionsKg) + " (location-based)\ndistinct jobs: "
           + std::to_string(summary.distinctJobs) + "\nbasis: " + Basis::label(basis) + " ("
           + std::to_string(summary.otherBasis) + " rows on another basis)\nyear: " + std::to_string(summary.otherYear)
           + " rows with the nearest year's figure (none for their year)\n"
           + (summary.implausibleMfu ? "mfu: " + std::to_string(summary.implausibleMfu)
                                           + " rows whose compute and hours imply an implausible MFU\n"
                                     : std::string())
           + "time: " + NumberFormat::significant(seconds) + " s ("
           + NumberFormat::significant(static_cast<double>(summary.rows) / seconds) + " rows/s)\n";
}

}  // namespace

int BatchCommand::run(const Calculator& calc, const CliArguments& a)
{
    if (a.positional.size() != 1)
        usageError("batch", a.positional.size() > 1 ? a.positional[1] : "",
                   "one job log: mlcarbon-cli batch FILE.csv [-o OUT.csv]");
    LogPass log(calc, a);
    log.open();
    if (a.has("output") && a.value("output").empty())
        usageError("output", "", "a file name is required");
    log.options.basis = a.basis().value_or(Basis::kDefault);
    log.options.embodied = a.toggle("embodied").value_or(true);
    log.options.embodiedHost = a.toggle("embodied-host").value_or(false);
    log.options.water = a.toggle("water").value_or(true);
    QElapsedTimer clock;
    clock.start();
    const bool toFile = a.has("output");
    if (toFile)
        log.toFile(a.value("output"));
    else
        log.toStdout();
    if (a.has("summary")) {
        const double seconds = std::max(1e-9, static_cast<double>(clock.nsecsElapsed()) / 1e9);
        // With -o the summary is the command's output; without, stdout carries the CSV.
        const std::string text = summaryText(log.summary, log.options.basis, seconds);
        std::fputs(text.c_str(), toFile ? stdout : stderr);
    }
    return log.summary.skipped == 0 ? CliApplication::Success : CliApplication::SomeRowsSkipped;
}

}  // namespace mlcarbon
