#pragma once
#include "EstimateInput.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mlcarbon {

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
                             const std::string& problem = "is not allowed");

Arguments parse(const std::vector<std::string>& args);
std::string format(const Arguments& a);
std::optional<Location> locationFrom(const Arguments& a);
std::optional<IntensityBasis> basisFrom(const Arguments& a);

}  // namespace mlcarbon
