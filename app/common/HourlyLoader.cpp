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

// Reads a CSV once and parses it (HourlyCsv); `bytes`, when given, keeps what was read.
std::vector<HourlySeries> parseFile(const QString& path, const std::string& zone, QByteArray* bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw HourlyCsvError(path.toStdString() + ": cannot be read: " + f.errorString().toStdString());
    const QByteArray read = f.readAll();
    std::vector<HourlySeries> series =
        HourlyCsv::read(std::string_view(read.constData(), read.size()), path.toStdString(), zone);
    if (bytes)
        *bytes = read;
    return series;
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
    return parseFile(path, zone, nullptr);
}

std::vector<HourlySeries> HourlyLoader::import(const QString& path, const std::string& zone, const QString& overrideDir)
{
    QByteArray bytes;
    std::vector<HourlySeries> series = parseFile(path, zone, &bytes);  // throws before anything is written
    const QString dir = importDir(overrideDir);
    if (!QDir().mkpath(dir))
        throw std::runtime_error(dir.toStdString() + ": cannot be created");
    const QString target = QDir(dir).filePath(QString::fromStdString(series.front().zone) + QLatin1Char('_')
                                              + QString::number(series.front().year) + QStringLiteral(".csv"));
    const QString error = AtomicFile::write(target, bytes);  // the same bytes that were checked
    if (!error.isEmpty())
        throw std::runtime_error(target.toStdString() + ": " + error.toStdString());
    for (HourlySeries& s : series)
        s.file = target.toStdString();
    return series;
}

}  // namespace mlcarbon
