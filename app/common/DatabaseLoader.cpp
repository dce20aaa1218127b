#include "DatabaseLoader.h"

#include "DataError.h"
#include "DatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <exception>
#include <functional>
#include <future>

namespace mlcarbon {

const std::vector<QString>& DatabaseLoader::bundledFiles()
{
    // Providers before regions: a region's provider must exist when the region is added.
    static const std::vector<QString> files = {
        QStringLiteral("hardware_db/accelerators.json"),     QStringLiteral("hardware_db/cpus.json"),
        QStringLiteral("hardware_db/reference.json"),        QStringLiteral("regions_db/providers.json"),
        QStringLiteral("regions_db/cloud_regions.json"),     QStringLiteral("regions_db/grid_zones.json"),
        QStringLiteral("hardware_db/published_runs.json"),  // last: their entries name hardware ids
        QStringLiteral("hardware_db/published_models.json"),
    };
    return files;
}

QString DatabaseLoader::defaultOverrideDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/mlcarbon");
}

// One file read and checked; DataError names the file (label) when it cannot be read or used.
static DatabaseFile readFile(const QString& path, const std::string& label)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(label, "", "cannot be read: " + file.errorString().toStdString());
    const QByteArray bytes = file.readAll();
    return DatabaseFile::parse(std::string_view(bytes.constData(), bytes.size()), label);
}

DatabaseLoader::Result DatabaseLoader::load(const QString& databaseDir, const QString& overrideDir)
{
    struct Pending {
        QString path;
        std::string label;
        DatabaseFile parsed;
        std::exception_ptr error;
    };
    std::vector<Pending> files;
    for (const QString& name : bundledFiles()) {
        const QString path = databaseDir.isEmpty() ? QStringLiteral(":/") + name : QDir(databaseDir).filePath(name);
        files.push_back({path,
                         databaseDir.isEmpty() ? "built-in " + name.toStdString() : QDir::cleanPath(path).toStdString(),
                         {},
                         {}});
    }
    // Parsing is pure, and the largest file (cpus.json) is two thirds of the bytes: it is read and
    // parsed on a thread of its own while this one does the rest. (One thread per file was slower:
    // each new thread's malloc arena starts cold.) The first error in file order is the one
    // reported, as if the files were read one by one; files are added in order, since later files
    // name entries of earlier ones.
    auto parse = [](Pending& f) {
        try {
            f.parsed = readFile(f.path, f.label);
        } catch (...) {
            f.error = std::current_exception();
        }
    };
    const auto largest = std::max_element(files.begin(), files.end(), [](const Pending& a, const Pending& b) {
        return QFileInfo(a.path).size() < QFileInfo(b.path).size();
    });
    auto largestDone = std::async(std::launch::async, parse, std::ref(*largest));
    for (auto f = files.begin(); f != files.end(); ++f) {
        if (f != largest)
            parse(*f);
    }
    largestDone.get();
    for (const Pending& f : files) {
        if (f.error)
            std::rethrow_exception(f.error);
    }

    Result result;
    result.catalog = std::make_unique<Catalog>();
    for (const Pending& f : files)
        result.catalog->add(f.parsed);
    result.catalog->checkComplete();

    if (overrideDir.isEmpty() || !QDir(overrideDir).exists())
        return result;
    const QStringList names = QDir(overrideDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const std::string label = QDir::cleanPath(QDir(overrideDir).filePath(name)).toStdString();
        try {
            result.catalog->add(readFile(QDir(overrideDir).filePath(name), label));
        } catch (const DataError& e) {
            result.warnings.push_back("ignored " + std::string(e.what()));
        }
    }
    return result;
}

}  // namespace mlcarbon
