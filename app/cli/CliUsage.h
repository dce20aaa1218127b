#pragma once
#include <string>

namespace mlcarbon {

// The usage text of mlcarbon-cli, printed by --help.
class CliUsage {
public:
    static std::string text();
};

}  // namespace mlcarbon
