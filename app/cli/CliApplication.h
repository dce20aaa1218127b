#pragma once
#include <string>
#include <vector>

namespace mlcarbon {

// mlcarbon-cli: parses the command line, runs one command over the model and writes the
// result. Output is built whole and written only on success, so an error never leaves a
// partial result on stdout. Exit codes: 0 success, 2 bad input, 3 data file error.
class CliApplication {
public:
    enum ExitCode { Success = 0, Failure = 1, BadInput = 2, DataFileError = 3 };

    int run(const std::vector<std::string>& args, std::string& out, std::string& err);

    static std::string usage();
};

}  // namespace mlcarbon
