#pragma once
#include <string>

namespace mlcarbon {

// The usage text of mlcarbon-cli, printed by --help, and the pointer to it that ends the
// errors a person fixes by reading it (an unknown command or option, a log without a header).
class CliUsage {
public:
    static std::string text();
    // "(see mlcarbon-cli --help)"
    static std::string seeHelp();
};

}  // namespace mlcarbon
