#pragma once
#include "EstimateInput.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mlcarbon {

// The command line read against the option table: the command, its other words, the options
// given with their values and the switches. An option of another command, one given twice or
// one without its value is an InputError, so a command sees only options it takes.
class CliArguments {
public:
    static CliArguments parse(const std::vector<std::string>& args);

    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;

    bool has(const std::string& name) const { return values.count(name) || flags.count(name); }
    // --NAME or --no-NAME: true, false, or unset; both given is a usage error naming them.
    std::optional<bool> toggle(const std::string& name) const;
    std::string value(const std::string& name) const
    {
        auto it = values.find(name);
        return it == values.end() ? std::string() : it->second;
    }

    // --format: text (the default), json or csv.
    std::string format() const;
    // The location options, if any were given; bad combinations are errors.
    std::optional<Location> location() const;
    std::optional<IntensityBasis> basis() const;
};

// A command line that cannot be run: exit 2, the message names the option and what it allows.
[[noreturn]] void usageError(const std::string& field, const std::string& value, const std::string& allowed,
                             const std::string& problem = "is not allowed");

}  // namespace mlcarbon
