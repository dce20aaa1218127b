#pragma once
#include "Calculator.h"
#include "CliArguments.h"

#include <string>

namespace mlcarbon {

// list: the database records (hardware, regions, countries, providers, presets) as a table.
class ListCommand {
public:
    static std::string run(const Catalog& catalog, const Calculator& calc, const CliArguments& a);
};

}  // namespace mlcarbon
