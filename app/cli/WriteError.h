#pragma once
#include <string>

namespace mlcarbon {

// Thrown when an output file cannot be written: exit 1, the message names the path and why.
struct WriteError {
    std::string message;
};

}  // namespace mlcarbon
