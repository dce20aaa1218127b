// Importing hourly series into the data folder (HourlyLoader): a good file is kept and read back with the
// bundled data, a broken one changes nothing, a second year of the same zone is kept beside the first, and a
// broken file left in the folder is skipped with a warning naming it.
#include "HourlyCsv.h"
#include "HourlyLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mlcarbon;

namespace {

QString writeCsv(const QTemporaryDir& dir, const QString& name, int year, int hours, double value)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("datetime,gco2_per_kwh\n");
    for (int h = 0; h < hours; ++h)
        f.write(QStringLiteral("%1-06-01T%2:00:00Z,%3\n").arg(year).arg(h, 2, 10, QChar('0')).arg(value).toUtf8());
    return path;
}

}  // namespace

class TestHourlyImport : public QObject {
    Q_OBJECT
private slots:
    void importKeepsAndReads();
};

void TestHourlyImport::importKeepsAndReads()
{
    QTemporaryDir data, files;
    // The bundled data alone: 220 series (163 zone-years, 57 of them also direct).
    const HourlyLoader::Result bundled = HourlyLoader::load({}, data.path());
    QCOMPARE(bundled.hours->size(), std::size_t(220));
    QVERIFY(bundled.warnings.empty());

    // A day of 2025 for a zone the data lack: kept as XX-TEST_2025.csv and read back with the rest.
    const std::vector<HourlySeries> first =
        HourlyLoader::import(writeCsv(files, "mine.csv", 2025, 24, 123.45), "XX-TEST", data.path());
    QCOMPARE(first.size(), std::size_t(1));
    const QString kept = QDir(HourlyLoader::importDir(data.path())).filePath(QStringLiteral("XX-TEST_2025.csv"));
    QVERIFY(QFile::exists(kept));
    HourlyLoader::Result loaded = HourlyLoader::load({}, data.path());
    QCOMPARE(loaded.hours->size(), std::size_t(221));
    const HourlySeries* s = loaded.hours->find("XX-TEST", 2025, IntensityBasis::Unspecified);
    QVERIFY(s && s->imported);
    QCOMPARE(s->at(s->firstHour + 3), 123.45);

    // A broken file (a gap at its 8th row) is refused, naming the line, and the kept import is untouched.
    const QString broken = writeCsv(files, "broken.csv", 2025, 24, 99);
    QFile b(broken);
    QVERIFY(b.open(QIODevice::ReadWrite));
    QByteArray bytes = b.readAll().replace("2025-06-01T06:00:00Z", "2025-06-01T07:00:00Z");
    b.resize(0);
    b.write(bytes);
    b.close();
    QFile before(kept);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray keptBytes = before.readAll();
    before.close();
    try {
        HourlyLoader::import(broken, "XX-TEST", data.path());
        QFAIL("a gap was imported");
    } catch (const HourlyCsvError& e) {
        QVERIFY2(std::string(e.what()).find("broken.csv:8:") != std::string::npos, e.what());
    }
    QFile after(kept);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), keptBytes);
    QCOMPARE(QDir(HourlyLoader::importDir(data.path())).entryList(QDir::Files).size(), 1);

    // Another year of the same zone sits beside the first.
    HourlyLoader::import(writeCsv(files, "next.csv", 2026, 24, 200), "XX-TEST", data.path());
    loaded = HourlyLoader::load({}, data.path());
    QVERIFY(loaded.hours->find("XX-TEST", 2025, IntensityBasis::Unspecified));
    QVERIFY(loaded.hours->find("XX-TEST", 2026, IntensityBasis::Unspecified));

    // A file broken by hand in the folder is skipped with a warning naming it; the rest still loads.
    QFile hand(QDir(HourlyLoader::importDir(data.path())).filePath(QStringLiteral("YY_2024.csv")));
    QVERIFY(hand.open(QIODevice::WriteOnly));
    hand.write("datetime,gco2_per_kwh\nnot a time,5\n");
    hand.close();
    loaded = HourlyLoader::load({}, data.path());
    QCOMPARE(loaded.warnings.size(), std::size_t(1));
    QVERIFY2(loaded.warnings.front().find("YY_2024.csv:2") != std::string::npos, loaded.warnings.front().c_str());
    QCOMPARE(loaded.hours->size(), std::size_t(222));
}

QTEST_GUILESS_MAIN(TestHourlyImport)
#include "TestHourlyImport.moc"
