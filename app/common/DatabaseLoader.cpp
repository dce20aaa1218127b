#include "DatabaseLoader.h"

#include "DataError.h"
#include "DatabaseFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mlcarbon {

const std::vector<QString>& DatabaseLoader::bundledFiles()
{
    // Providers before regions: a region's provider must exist when the region is added.
    static const std::vector<QString> files = {
        QStringLiteral("hardware_db/accelerators.json"), QStringLiteral("hardware_db/cpus.json"),
        QStringLiteral("hardware_db/reference.json"),    QStringLiteral("regions_db/providers.json"),
        QStringLiteral("regions_db/cloud_regions.json"), QStringLiteral("regions_db/grid_zones.json"),
        QStringLiteral("hardware_db/published_runs.json"),  // last: its runs name hardware ids
    };
    return files;
}

QString DatabaseLoader::defaultOverrideDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/mlcarbon");
}

static QByteArray readAll(const QString& path, const std::string& label)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(label, "", "cannot be read: " + file.errorString().toStdString());
    return file.readAll();
}

DatabaseLoader::Result DatabaseLoader::load(const QString& databaseDir, const QString& overrideDir)
{
    Result result;
    result.catalog = std::make_unique<Catalog>();
    for (const QString& name : bundledFiles()) {
        const QString path = databaseDir.isEmpty() ? QStringLiteral(":/") + name : QDir(databaseDir).filePath(name);
        const std::string label = databaseDir.isEmpty() ? "built-in " + name.toStdString()
                                                        : QDir::cleanPath(path).toStdString();
        const QByteArray bytes = readAll(path, label);
        result.catalog->add(DatabaseFile::parse(std::string_view(bytes.constData(), bytes.size()), label));
    }
    result.catalog->checkComplete();

    if (overrideDir.isEmpty() || !QDir(overrideDir).exists())
        return result;
    const QStringList names = QDir(overrideDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const std::string label = QDir::cleanPath(QDir(overrideDir).filePath(name)).toStdString();
        try {
            const QByteArray bytes = readAll(QDir(overrideDir).filePath(name), label);
            result.catalog->add(DatabaseFile::parse(std::string_view(bytes.constData(), bytes.size()), label));
        } catch (const DataError& e) {
            result.warnings.push_back("ignored " + std::string(e.what()));
        }
    }
    return result;
}

}  // namespace mlcarbon
