#include "HourlyLoader.h"

#include "AtomicFile.h"
#include "DataError.h"
#include "HourlyCsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace mlcarbon {

namespace {

QByteArray readAll(const QString& path, const std::string& label)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw DataError(label, "", "cannot be read: " + f.errorString().toStdString());
    return f.readAll();
}

// The zone of an imported file's name: ZONE_YEAR.csv.
std::string zoneOfName(const QString& fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    const qsizetype cut = base.lastIndexOf(QLatin1Char('_'));
    return (cut > 0 ? base.left(cut) : base).toStdString();
}

}  // namespace

QString HourlyLoader::importDir(const QString& overrideDir)
{
    return overrideDir + QStringLiteral("/hourly");
}

HourlyLoader::Result HourlyLoader::load(const QString& databaseDir, const QString& overrideDir)
{
    const QString index = QStringLiteral("regions_db/hourly_index.json");
    const QString binary = QStringLiteral("regions_db/hourly.bin");
    auto where = [&](const QString& name) {
        return databaseDir.isEmpty() ? QStringLiteral(":/") + name : QDir(databaseDir).filePath(name);
    };
    auto label = [&](const QString& name) {
        return databaseDir.isEmpty() ? "built-in " + name.toStdString() : QDir::cleanPath(where(name)).toStdString();
    };
    const QByteArray indexBytes = readAll(where(index), label(index));
    const QByteArray binaryBytes = readAll(where(binary), label(binary));
    Result r;
    r.hours = std::make_unique<HourlyDatabase>(
        HourlyDatabase::parse(std::string_view(indexBytes.constData(), indexBytes.size()), label(index),
                              std::string_view(binaryBytes.constData(), binaryBytes.size()), label(binary)));
    if (overrideDir.isEmpty())
        return r;
    const QDir dir(importDir(overrideDir));
    for (const QFileInfo& f : dir.entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        try {
            for (HourlySeries& s : read(f.filePath(), zoneOfName(f.fileName())))
                r.hours->add(std::move(s));
        } catch (const std::exception& e) {
            r.warnings.push_back(std::string("skipped imported hourly file: ") + e.what());
        }
    }
    return r;
}

std::vector<HourlySeries> HourlyLoader::read(const QString& path, const std::string& zone)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw HourlyCsvError(path.toStdString() + ": cannot be read: " + f.errorString().toStdString());
    const QByteArray bytes = f.readAll();
    return HourlyCsv::read(std::string_view(bytes.constData(), bytes.size()), path.toStdString(), zone);
}

std::vector<HourlySeries> HourlyLoader::import(const QString& path, const std::string& zone, const QString& overrideDir)
{
    std::vector<HourlySeries> series = read(path, zone);  // throws before anything is written
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw HourlyCsvError(path.toStdString() + ": cannot be read: " + f.errorString().toStdString());
    const QByteArray bytes = f.readAll();
    const QString dir = importDir(overrideDir);
    if (!QDir().mkpath(dir))
        throw std::runtime_error(dir.toStdString() + ": cannot be created");
    const QString target = QDir(dir).filePath(QString::fromStdString(series.front().zone) + QLatin1Char('_')
                                              + QString::number(series.front().year) + QStringLiteral(".csv"));
    const QString error = AtomicFile::write(target, bytes);
    if (!error.isEmpty())
        throw std::runtime_error(target.toStdString() + ": " + error.toStdString());
    for (HourlySeries& s : series)
        s.file = target.toStdString();
    return series;
}

}  // namespace mlcarbon
