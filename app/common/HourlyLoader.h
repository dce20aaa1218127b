#pragma once
#include "HourlyDatabase.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace mlcarbon {

// Loads the hourly grid data when a command or view needs them (never at start): the bundled series
// (regions_db/hourly_index.json and hourly.bin), then the series the person imported, kept as files in
// $XDG_DATA_HOME/mlcarbon/hourly/. A broken imported file is skipped with a warning naming it.
class HourlyLoader {
public:
    struct Result {
        std::unique_ptr<HourlyDatabase> hours;
        std::vector<std::string> warnings;
    };

    static QString importDir(const QString& overrideDir);
    // databaseDir empty: the built-in copy. Throws DataError when the bundled data cannot be used.
    static Result load(const QString& databaseDir, const QString& overrideDir);
    // Reads a CSV (HourlyCsv) for `zone` and keeps a copy in the import folder as ZONE_YEAR.csv, written
    // atomically: a file that cannot be read changes nothing, and an earlier import of another zone or
    // year stays. Throws HourlyCsvError (the file, the line) or a std::runtime_error when the copy fails.
    static std::vector<HourlySeries> import(const QString& path, const std::string& zone, const QString& overrideDir);
    // Reads one CSV without keeping it (the CLI's --hourly-file).
    static std::vector<HourlySeries> read(const QString& path, const std::string& zone);
};

}  // namespace mlcarbon
