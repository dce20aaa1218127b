#pragma once
#include "Catalog.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace mlcarbon {

// Loads the databases: the copy compiled into the binary (or a folder given for review),
// then every *.json in the user override folder, in name order. A broken override file is
// skipped with a warning naming the file, the entry and the problem; the rest still loads.
class DatabaseLoader {
public:
    struct Result {
        std::unique_ptr<Catalog> catalog;
        std::vector<std::string> warnings;
    };

    // The bundled files, relative to the resource root or to a database folder.
    static const std::vector<QString>& bundledFiles();
    // $XDG_DATA_HOME/mlcarbon (usually ~/.local/share/mlcarbon).
    static QString defaultOverrideDir();

    // databaseDir empty: the built-in copy. Throws DataError when the base data cannot be used.
    static Result load(const QString& databaseDir = {}, const QString& overrideDir = defaultOverrideDir());
};

}  // namespace mlcarbon
