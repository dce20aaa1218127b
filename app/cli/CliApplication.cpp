#include "CliApplication.h"

#include "BatchCommand.h"
#include "CliArguments.h"
#include "CliUsage.h"
#include "CompareCommand.h"
#include "CompareHardwareCommand.h"
#include "DataError.h"
#include "DatabaseLoader.h"
#include "EstimateCommand.h"
#include "InputError.h"
#include "ListCommand.h"
#include "ReportCommand.h"
#include "Version.h"
#include "WhenCommand.h"
#include "WriteError.h"

#include <QString>
#include <cstdio>

namespace mlcarbon {

int CliApplication::run(const std::vector<std::string>& args, std::string& out, std::string& err)
{
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            out = CliUsage::text();
            return Success;
        }
    }
    if (args.size() == 2 && args[1] == "--version") {
        out = std::string("mlcarbon-cli ") + MLCARBON_VERSION + "\n";
        return Success;
    }
    try {
        CliArguments a = CliArguments::parse(args);
        DatabaseLoader::Result loaded = DatabaseLoader::load(QString::fromStdString(a.value("database-dir")));
        for (const auto& w : loaded.warnings)
            err += "mlcarbon-cli: warning: " + w + "\n";
        Calculator calc(*loaded.catalog);
        if (a.command == "batch") {
            std::fwrite(err.data(), 1, err.size(), stderr);  // warnings first: the rows stream from here
            err.clear();
            return BatchCommand::run(calc, a);
        }
        if (a.command == "estimate") {
            std::vector<std::string> overBudget;
            out = EstimateCommand::run(calc, a, err, overBudget);
            for (const std::string& line : overBudget)
                err += "mlcarbon-cli: " + line + "\n";
            if (!overBudget.empty())
                return OverBudget;
        } else if (a.command == "compare")
            out = CompareCommand::run(calc, a);
        else if (a.command == "compare-hardware")
            out = CompareHardwareCommand::run(calc, a);
        else if (a.command == "when")
            out = WhenCommand::run(calc, a, err);
        else if (a.command == "report")
            out = ReportCommand::run(*loaded.catalog, calc, a, err);
        else
            out = ListCommand::run(*loaded.catalog, calc, a);
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
