#pragma once
#include <string>
#include <vector>

namespace mlcarbon {

// mlcarbon-cli: parses the command line, runs one command over the model and writes the
// result. Output is built whole and written only on success, so an error never leaves a
// partial result on stdout (batch streams its rows instead: a log can have millions). Exit codes:
// 0 success, 1 a file cannot be written, 2 bad input, 3 data file error, 4 batch rows skipped.
class CliApplication {
public:
    enum ExitCode { Success = 0, Failure = 1, BadInput = 2, DataFileError = 3, SomeRowsSkipped = 4, OverBudget = 5 };

    int run(const std::vector<std::string>& args, std::string& out, std::string& err);
};

}  // namespace mlcarbon
