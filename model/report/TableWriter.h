#pragma once
#include "Table.h"

#include <string>

namespace mlcarbon {

class TableWriter {
public:
    static std::string json(const Table& table);
    static std::string csv(const Table& table);
    // Aligned columns for a terminal; numbers to 3 significant digits with their unit.
    // Columns listed in `textColumns` (by key) are shown; all when empty.
    static std::string text(const Table& table, const std::vector<std::string>& textColumns = {});
};

}  // namespace mlcarbon
