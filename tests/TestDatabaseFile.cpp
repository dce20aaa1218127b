// Malformed and edited database files: each gives an error naming the file, the entry and the
// problem; a broken user override is skipped and the bundled data still work.
#include "Calculator.h"
#include "DataError.h"
#include "DatabaseFile.h"
#include "DatabaseLoader.h"
#include "FixtureCatalog.h"
#include "ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <ctime>

using namespace mlcarbon;

class TestDatabaseFile : public QObject {
    Q_OBJECT
private slots:
    void malformed_data();
    void malformed();
    void overrideReplacesAndAdds();
    void brokenOverrideIsSkipped_data();
    void brokenOverrideIsSkipped();
    void brokenDatabaseDirIsFatal();
    void addIsAllOrNothing();
    void yearBoundIsBuildYearPlusOne_data();
    void yearBoundIsBuildYearPlusOne();
    void kindsReadAsEnums_data();
    void kindsReadAsEnums();
    void sameOpeningAsProjectFiles_data();
    void sameOpeningAsProjectFiles();
};

// This year by the system clock (local time, as __DATE__ is), worked out apart from
// DatabaseFile::kBuildYear: a bound frozen at a constant, or a wrong parse of __DATE__, then fails
// here instead of agreeing with itself. The suite is built just before it runs (scripts/test.sh,
// CI), so the two agree; only a build made before New Year and run after it, or one with
// SOURCE_DATE_EPOCH set to another year, would see a difference (rebuild).
// Databases and projects open the same way (JsonFile): the same bad openings are refused by both
// readers in the same words, each naming its file. {FORMAT} is the reader's format, {OTHER} the other's.
void TestDatabaseFile::sameOpeningAsProjectFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << "{\"format\": "
                              << "not valid JSON: parse error at line 1, column 12";
    QTest::newRow("array at the top") << "[1, 2]"
                                      << "the top level is not a JSON object";
    QTest::newRow("no format") << "{\"version\": 1}"
                               << "format: expected \"{FORMAT}\"";
    QTest::newRow("the other format") << "{\"format\": \"{OTHER}\", \"version\": 1}"
                                      << "format: expected \"{FORMAT}\"";
    QTest::newRow("no version") << "{\"format\": \"{FORMAT}\"}"
                                << "version: missing or not a whole number from 1";
    QTest::newRow("version 0") << "{\"format\": \"{FORMAT}\", \"version\": 0}"
                               << "version: missing or not a whole number from 1";
    QTest::newRow("version 1.5") << "{\"format\": \"{FORMAT}\", \"version\": 1.5}"
                                 << "version: missing or not a whole number from 1";
    QTest::newRow("nested 65 deep") << "{\"format\": \"{FORMAT}\", \"x\": " + QString(65, '[') + QString(65, ']') + "}"
                                    << "arrays or objects nested deeper than 64 levels";
}

void TestDatabaseFile::sameOpeningAsProjectFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QString db = QStringLiteral("mlcarbon-database"), project = QStringLiteral("mlcarbon-project");
    auto message = [&](const QString& format, const QString& other, bool database) -> QString {
        QString t = text;
        const std::string bytes = t.replace("{FORMAT}", format).replace("{OTHER}", other).toStdString();
        try {
            if (database)
                DatabaseFile::parse(bytes, "f.json");
            else
                ProjectFile::read(bytes, "f.json");
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
        return QStringLiteral("accepted");
    };
    const QString inDb = message(db, project, true), inProject = message(project, db, false);
    QVERIFY2(inDb.startsWith("f.json") && inDb.contains(QString(problem).replace("{FORMAT}", db)), qPrintable(inDb));
    QVERIFY2(inProject.startsWith("f.json") && inProject.contains(QString(problem).replace("{FORMAT}", project)),
             qPrintable(inProject));
}

// Each kind's file text is read into its enum at load: a device, a zone and a provider of every
// kind, read from a file, carry the enum their text names (and write the same text back).
void TestDatabaseFile::kindsReadAsEnums_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    auto device = [](const char* file, const char* kind) {
        return QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": ")") + file
               + R"(", "entries": [{"id": "x1", "name": "X1", "kind": ")" + kind
               + R"(", "tdp_w": 300, "source": "s", "source_year": 2024}]})";
    };
    auto zone = [](const char* type) {
        return QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [)")
               + R"({"code": "XX", "name": "X", "type": ")" + type
               + R"(", "g_per_kwh": 100, "year": 2024, "source": "s"}]})";
    };
    QTest::newRow("gpu") << device("accelerators", "gpu") << int(HardwareKind::Gpu);
    QTest::newRow("tpu") << device("accelerators", "tpu") << int(HardwareKind::Tpu);
    QTest::newRow("npu") << device("accelerators", "npu") << int(HardwareKind::Npu);
    QTest::newRow("other") << device("accelerators", "other") << int(HardwareKind::Other);
    QTest::newRow("cpu") << device("cpus", "cpu") << int(HardwareKind::Cpu);
    QTest::newRow("world") << zone("world") << int(ZoneType::World);
    QTest::newRow("country") << zone("country") << int(ZoneType::Country);
    QTest::newRow("subdivision") << zone("subdivision") << int(ZoneType::Subdivision);
    QTest::newRow("grid_zone") << zone("grid_zone") << int(ZoneType::GridZone);
    QTest::newRow("cloud") << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "providers",
        "entries": [{"id": "x", "name": "X", "kind": "cloud"}]})")
                           << int(ProviderKind::Cloud);
    QTest::newRow("on_premise") << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "providers",
        "entries": [{"id": "x", "name": "X", "kind": "on_premise", "pue": 1.5, "pue_year": 2024, "pue_source": "s"}]})")
                                << int(ProviderKind::OnPremise);
}

void TestDatabaseFile::kindsReadAsEnums()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    const DatabaseFile f = DatabaseFile::parse(std::string_view(json.constData(), json.size()), "f.json");
    const std::string text = QTest::currentDataTag();
    if (!f.hardware.empty()) {
        QCOMPARE(int(f.hardware.front().kind), kind);
        QCOMPARE(std::string(Kinds::key(f.hardware.front().kind)), text);
    } else if (!f.zones.empty()) {
        QCOMPARE(int(f.zones.front().type), kind);
        QCOMPARE(std::string(Kinds::key(f.zones.front().type)), text);
    } else {
        QCOMPARE(int(f.providers.at(0).kind), kind);
        QCOMPARE(std::string(Kinds::key(f.providers.front().kind)), text);
    }
}

static int clockYear()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_year + 1900;
}

static QByteArray hw(const char* entry)
{
    return QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "accelerators", "entries": [)") + entry
           + "]}";
}

static const char* kGood =
    R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024})";

void TestDatabaseFile::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");  // every one must appear in the message

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << QStringList{"f.json", "not valid JSON"};
    QTest::newRow("empty file") << QByteArray("") << QStringList{"f.json", "not valid JSON"};
    QTest::newRow("array at top") << QByteArray("[]") << QStringList{"f.json", "not a JSON object"};
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1})")
                                  << QStringList{"f.json", "format"};
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 7, "kind": "cpus", "entries": []})")
                                   << QStringList{"f.json", "version 7 is newer"};
    QTest::newRow("unknown kind") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 1, "kind": "gpus", "entries": []})")
                                  << QStringList{"kind", "'gpus'"};
    QTest::newRow("entries not array") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 1, "kind": "cpus", "entries": {}})")
                                       << QStringList{"entries"};
    QTest::newRow("tdp too high") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 5000, "source": "s", "source_year": 2024})")
                                  << QStringList{"f.json", "entry 1 ('x1')", "tdp_w",
                                                 "5000",   "out of range",   "1 to 3000 W"};
    QTest::newRow("tdp zero") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 0, "source": "s", "source_year": 2024})")
                              << QStringList{"entry 1 ('x1')", "tdp_w", "out of range"};
    QTest::newRow("tdp is text") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": "300", "source": "s", "source_year": 2024})")
                                 << QStringList{"entry 1 ('x1')", "tdp_w", "not a number"};
    QTest::newRow("tdp missing") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "source": "s", "source_year": 2024})")
                                 << QStringList{"entry 1 ('x1')", "tdp_w: missing"};
    QTest::newRow("source empty") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": " ", "source_year": 2024})")
                                  << QStringList{"entry 1 ('x1')", "source: empty"};
    QTest::newRow("source missing") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source_year": 2024})")
                                    << QStringList{"entry 1 ('x1')", "source: missing"};
    QTest::newRow("year too old") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "year": 1999, "source": "s", "source_year": 2024})")
                                  << QStringList{"entry 1 ('x1')", "year", "1999",
                                                 QStringLiteral("2000 to %1").arg(clockYear() + 1)};
    QTest::newRow("kind unknown") << hw(
        R"({"id": "x1", "name": "X1", "kind": "fpga", "tdp_w": 300, "source": "s", "source_year": 2024})")
                                  << QStringList{"entry 1 ('x1')", "kind", "'fpga'", "cpu, gpu, npu, other, tpu"};
    // Kinds are the files' exact keys: no case folding, the allowed ones listed.
    QTest::newRow("kind in capitals") << hw(
        R"({"id": "x1", "name": "X1", "kind": "GPU", "tdp_w": 300, "source": "s", "source_year": 2024})")
                                      << QStringList{"entry 1 ('x1')", "'GPU'"};
    QTest::newRow("alternative basis unknown")
        << hw(
               R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "tdp_alternatives": [{"tdp_w": 250, "source_id": "s", "basis": "avg"}]})")
        << QStringList{"entry 1 ('x1')", "tdp_alternatives[0].basis", "'avg'", "'average'"};
    QTest::newRow("zone type unknown") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
             {"code": "XX", "name": "X", "type": "state", "g_per_kwh": 100, "year": 2024, "source": "s"}]})")
                                       << QStringList{"entry 1 ('XX')", "type", "'state'",
                                                      "country, grid_zone, subdivision, world"};
    QTest::newRow("provider kind unknown")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "providers", "entries": [
             {"id": "x", "name": "X", "kind": "colo"}]})")
        << QStringList{"entry 1 ('x')", "kind", "'colo'", "cloud, on_premise"};
    QTest::newRow("cpu in accelerators") << hw(
        R"({"id": "x1", "name": "X1", "kind": "cpu", "tdp_w": 300, "source": "s", "source_year": 2024})")
                                         << QStringList{"entry 1 ('x1')", "does not belong"};
    QTest::newRow("duplicate id") << hw((std::string(kGood) + "," + kGood).c_str())
                                  << QStringList{"entry 2 ('x1')", "duplicate id 'x1'"};
    QTest::newRow("entry not object") << hw(R"(42)") << QStringList{"entry 1", "not a JSON object"};
    QTest::newRow("second entry bad") << hw(
        (std::string(kGood)
         + R"(, {"id": "x2", "name": "X2", "kind": "gpu", "tdp_w": -1, "source": "s", "source_year": 2024})")
            .c_str()) << QStringList{"entry 2 ('x2')", "tdp_w"};
    QTest::newRow("nan-like number") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 1e400, "source": "s", "source_year": 2024})")
                                     << QStringList{"f.json", "not valid JSON", "number overflow"};
    QTest::newRow("region intensity too high")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions", "entries": [
             {"provider": "p", "region": "r", "name": "R", "country": "XX", "g_per_kwh": 1600, "year": 2024, "source": "s"}]})")
        << QStringList{"entry 1 ('p/r')", "g_per_kwh", "0 to 1500"};
    QTest::newRow("region pue below 1") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions", "entries": [
             {"provider": "p", "region": "r", "name": "R", "country": "XX", "g_per_kwh": 100, "year": 2024, "source": "s",
              "pue": 0.9, "pue_year": 2024, "pue_source": "s"}]})")
                                        << QStringList{"entry 1 ('p/r')", "pue", "1 to 3"};
    QTest::newRow("region pue without source")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions", "entries": [
             {"provider": "p", "region": "r", "name": "R", "country": "XX", "g_per_kwh": 100, "year": 2024, "source": "s",
              "pue": 1.1, "pue_year": 2024}]})")
        << QStringList{"entry 1 ('p/r')", "pue_source: missing"};
    QTest::newRow("zone alternative bad")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
             {"code": "XX", "name": "X", "type": "country", "g_per_kwh": 100, "year": 2024, "source": "s",
              "intensity_alternatives": [{"g_per_kwh": -3, "year": 2024, "source_id": "t"}]}]})")
        << QStringList{"entry 1 ('XX')", "intensity_alternatives[0].g_per_kwh", "out of range"};
    // The yearly history: [year, g/kWh] pairs, years unique and ascending, a known basis.
    const QByteArray history = R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
             {"code": "XX", "name": "X", "type": "country", "g_per_kwh": 100, "year": 2024, "source": "s",
              "intensity_history": [{"source_id": "t", "basis": "lifecycle", "values": [[2019, 300]]}, %1]}]})";
    auto withSeries = [&](const char* series) { return QByteArray(history).replace("%1", series); };
    QTest::newRow("history year repeated")
        << withSeries(R"({"source_id": "t", "basis": "direct", "values": [[2020, 100], [2020, 110]]})")
        << QStringList{"entry 1 ('XX')", "intensity_history[1].values[1]", "unique and ascending"};
    QTest::newRow("history years descending")
        << withSeries(R"({"source_id": "t", "basis": "direct", "values": [[2021, 100], [2020, 110]]})")
        << QStringList{"entry 1 ('XX')", "intensity_history[1].values[1]", "year 2020 after 2021"};
    QTest::newRow("history not a pair") << withSeries(R"({"source_id": "t", "basis": "direct", "values": [[2020]]})")
                                        << QStringList{"entry 1 ('XX')", "intensity_history[1].values[0]",
                                                       "[year, gCO2e/kWh] pair"};
    QTest::newRow("history basis unknown")
        << withSeries(R"({"source_id": "t", "basis": "avg", "values": [[2020, 100]]})")
        << QStringList{"entry 1 ('XX')", "intensity_history[1].basis", "'avg'"};
    QTest::newRow("history without source") << withSeries(R"({"basis": "direct", "values": [[2020, 100]]})")
                                            << QStringList{"entry 1 ('XX')", "intensity_history[1].source_id"};
    QTest::newRow("history value too high")
        << withSeries(R"({"source_id": "t", "basis": "direct", "values": [[2020, 2000]]})")
        << QStringList{"entry 1 ('XX')", "intensity_history[1].values[0][1]", "out of range"};
    // Peak FLOP/s: known precisions only, a plausible rate, a source.
    QTest::newRow("peak precision unknown")
        << hw(R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "peak_flop_per_s": {"int8": 1e15}, "peak_flops_source": "s"})")
        << QStringList{"entry 1 ('x1')", "peak_flop_per_s.int8", "bf16, fp16, fp32, fp8"};
    QTest::newRow("peak too high") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "peak_flop_per_s": {"bf16": 1e19}, "peak_flops_source": "s"})")
                                   << QStringList{"entry 1 ('x1')", "peak_flop_per_s.bf16", "out of range"};
    QTest::newRow("peak without source") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "peak_flop_per_s": {"bf16": 1e14}})")
                                         << QStringList{"entry 1 ('x1')", "peak_flops_source: missing"};
    QTest::newRow("embodied without source") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "embodied_kg": 164, "embodied_year": 2025})")
                                             << QStringList{"entry 1 ('x1')", "embodied_source: missing"};
    QTest::newRow("embodied zero") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "embodied_kg": 0, "embodied_year": 2025, "embodied_source": "pcf"})")
                                   << QStringList{"entry 1 ('x1')", "embodied_kg: 0 is out of range"};
    QTest::newRow("die area as text") << hw(
        R"({"id": "x1", "name": "X1", "kind": "gpu", "tdp_w": 300, "source": "s", "source_year": 2024,
            "die_area_mm2": "814"})") << QStringList{"entry 1 ('x1')", "die_area_mm2: \"814\" is not a number"};
    // Found by the fuzzers (tests/fuzz): nesting that overflowed the stack when a value was copied,
    // and published runs whose preset could not be saved and opened again.
    QTest::newRow("nested too deep") << QByteArray(R"({"format": "mlcarbon-database", "x": )") + QByteArray(65, '[')
                                            + QByteArray(65, ']') + "}"
                                     << QStringList{"f.json", "nested deeper than 64 levels"};
    const QByteArray run = R"({"format": "mlcarbon-database", "version": 1, "kind": "published_runs", "entries": [
             {"id": "r", "name": "R", "hardware": "h", "default_location": {"kind": "zone", "code": "FR"},
              "source": "paper", %1}]})";
    QTest::newRow("run count not whole") << QByteArray(run).replace("%1", R"("count": 46.7)")
                                         << QStringList{"entry 1 ('r')", "count: 46.7 is not a whole number"};
    QTest::newRow("run hours per device too many")
        << QByteArray(run).replace("%1", R"("count": 10, "device_hours": 2e10)")
        << QStringList{"entry 1 ('r')", "device_hours: 2e+10 over 10 devices is more than 1e9 hours each"};
    const QByteArray model = R"({"format": "mlcarbon-database", "version": 1, "kind": "published_models", "entries": [
             {"id": "m", "name": "M", "publication_date": "2021-05-01", "year": 2021, "source": "Epoch",
              "source_id": "e", %1}]})";
    QTest::newRow("model year before 1950")
        << QByteArray(model)
               .replace(R"("2021-05-01", "year": 2021)", R"("1949-05-01", "year": 1949)")
               .replace(", %1", "")
        << QStringList{"entry 1 ('m')", "year: 1949 is out of range; allowed 1950"};
    QTest::newRow("model date in another year")
        << QByteArray(model).replace("2021-05-01", "2020-05-01").replace(", %1", "")
        << QStringList{"entry 1 ('m')", "publication_date: '2020-05-01' is not in the year 2021"};
    QTest::newRow("model count not whole") << QByteArray(model).replace("%1", R"("hardware_count": 2.5)")
                                           << QStringList{"entry 1 ('m')", "hardware_count: 2.5 is not a whole number"};
    QTest::newRow("model MFU above 1") << QByteArray(model).replace("%1", R"("mfu_fraction": 72)")
                                       << QStringList{"entry 1 ('m')", "mfu_fraction: 72 is out of range"};
    QTest::newRow("model precision unknown") << QByteArray(model).replace("%1", R"("precision": "tf32")")
                                             << QStringList{"entry 1 ('m')", "precision: 'tf32' is not one of bf16"};
    QTest::newRow("model hardware without its name") << QByteArray(model).replace("%1", R"("hardware": "h")")
                                                     << QStringList{"entry 1 ('m')", "hardware_name: missing"};
    QTest::newRow("model countries not a list") << QByteArray(model).replace("%1", R"("countries": "US")")
                                                << QStringList{"entry 1 ('m')", "countries: \"US\" is not a list"};
    QTest::newRow("run year without its note") << QByteArray(run).replace("%1", R"("run_year": 2020)")
                                               << QStringList{"entry 1 ('r')", "run_year_note: missing"};
    QTest::newRow("on-premise without pue")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "providers", "entries": [
             {"id": "on-premise", "name": "Own", "kind": "on_premise"}]})")
        << QStringList{"entry 1 ('on-premise')", "pue: missing"};
}

void TestDatabaseFile::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    try {
        DatabaseFile::parse(std::string_view(json.constData(), json.size()), "f.json");
        QFAIL("accepted a malformed file");
    } catch (const DataError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(QStringLiteral("f.json")), qPrintable(message));
        for (const QString& part : expected)
            QVERIFY2(message.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, message)));
    }
}

static void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestDatabaseFile::overrideReplacesAndAdds()
{
    QTemporaryDir dir;
    // Replace the bundled A100 SXM4 80 GB TDP and add a new device.
    write(dir.filePath("newer.json"),
          hw(R"({"id": "nvidia-a100-sxm4-80-gb", "name": "NVIDIA A100 SXM4 80 GB", "kind": "gpu", "tdp_w": 410,
                 "source": "my measurement", "source_year": 2026},
                {"id": "my-chip", "name": "My Chip 9000", "kind": "npu", "tdp_w": 123, "source": "vendor", "source_year": 2026})"));
    auto loaded = DatabaseLoader::load({}, dir.path());
    QVERIFY(loaded.warnings.empty());
    const Hardware* a100 = loaded.catalog->hardwareById("nvidia-a100-sxm4-80-gb");
    QVERIFY(a100);
    QCOMPARE(a100->tdpW, 410.0);
    QCOMPARE(QString::fromStdString(a100->file), QDir::cleanPath(dir.filePath("newer.json")));
    const Hardware* mine = loaded.catalog->hardwareById("my-chip");
    QVERIFY(mine);
    QCOMPARE(mine->tdpW, 123.0);
    // Everything else is still the bundled data.
    QVERIFY(loaded.catalog->hardwareById("google-tpu-v3"));
    QCOMPARE(QString::fromStdString(loaded.catalog->hardwareById("google-tpu-v3")->file),
             QStringLiteral("built-in hardware_db/accelerators.json"));
}

void TestDatabaseFile::brokenOverrideIsSkipped_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid JSON") << QByteArray("{ not json") << "not valid JSON";
    QTest::newRow("bad tdp") << hw(
        R"({"id": "my-chip", "name": "C", "kind": "npu", "tdp_w": 99999, "source": "v", "source_year": 2026})")
                             << "entry 1 ('my-chip'): tdp_w";
    QTest::newRow("unknown provider") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions", "entries": [
             {"provider": "nocloud", "region": "r", "name": "R", "country": "FR", "g_per_kwh": 10, "year": 2024, "source": "s"}]})")
                                      << "provider: 'nocloud' is not in the providers database";
    QTest::newRow("on-premise turned cloud (fuzz)")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "providers", "entries": [
             {"id": "on-premise", "name": "Not own", "kind": "cloud"}]})")
        << "entry 1 ('on-premise'): kind: 'cloud' would change";
    QTest::newRow("cpu id shadows a gpu")
        << QByteArray(R"({"format": "mlcarbon-database", "version": 1, "kind": "cpus", "entries": [
             {"id": "google-tpu-v3", "name": "Fake", "kind": "cpu", "tdp_w": 10, "source": "s", "source_year": 2024}]})")
        << "already used by Google TPU v3";
}

void TestDatabaseFile::brokenOverrideIsSkipped()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    write(dir.filePath("a-broken.json"), json);
    write(
        dir.filePath("b-good.json"),
        hw(R"({"id": "good-chip", "name": "Good Chip", "kind": "npu", "tdp_w": 50, "source": "v", "source_year": 2026})"));
    auto loaded = DatabaseLoader::load({}, dir.path());
    QCOMPARE(loaded.warnings.size(), std::size_t(1));
    const QString w = QString::fromStdString(loaded.warnings.front());
    QVERIFY2(w.contains(QStringLiteral("a-broken.json")), qPrintable(w));
    QVERIFY2(w.contains(expected), qPrintable(w));
    // The good override and the bundled data both load.
    QVERIFY(loaded.catalog->hardwareById("good-chip"));
    QVERIFY(loaded.catalog->hardwareById("google-tpu-v3"));
    QVERIFY(!loaded.catalog->hardwareById("my-chip"));
    QCOMPARE(loaded.catalog->hardwareById("google-tpu-v3")->name, std::string("Google TPU v3"));
}

void TestDatabaseFile::brokenDatabaseDirIsFatal()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath("hardware_db");
    write(dir.filePath("hardware_db/accelerators.json"), "{broken");
    try {
        DatabaseLoader::load(dir.path(), {});
        QFAIL("a broken database folder loaded");
    } catch (const DataError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("hardware_db/accelerators.json")));
    }
}

void TestDatabaseFile::addIsAllOrNothing()
{
    Catalog c = fixture::make();
    const std::size_t before = c.regions().size();
    const char* json = R"({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions", "entries": [
        {"provider": "testcloud", "region": "r1", "name": "Changed", "country": "XX", "g_per_kwh": 1, "year": 2024, "source": "s"},
        {"provider": "nocloud", "region": "z", "name": "Z", "country": "XX", "g_per_kwh": 1, "year": 2024, "source": "s"}]})";
    QVERIFY_THROWS_EXCEPTION(DataError, c.add(DatabaseFile::parse(json, "o.json")));
    QCOMPARE(c.regions().size(), before);
    QCOMPARE(c.region("testcloud", "r1")->name, std::string("Region One"));  // not half-applied
}

void TestDatabaseFile::yearBoundIsBuildYearPlusOne_data()
{
    // A user's override dated next year loads; one dated the year after is refused, naming the file,
    // the entry and the allowed range. %1 in the JSON is the year under test.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("refusal");  // empty: the file loads; else every part of the warning
    const int next = clockYear() + 1;
    const QString range = QStringLiteral("allowed 2000 to %1").arg(next);
    const QByteArray zone = R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
        {"code": "FR", "name": "France", "type": "country", "country": "FR", "g_per_kwh": 50, "year": %1,
         "source": "my utility's disclosure"}]})";
    const QByteArray chip =
        hw(R"({"id": "my-chip", "name": "My Chip", "kind": "npu", "tdp_w": 50, "source": "v", "source_year": %1})");
    QTest::newRow("zone year next year") << zone << next << QStringList{};
    QTest::newRow("zone year in two years")
        << zone << next + 1
        << QStringList{"over.json", "entry 1 ('FR')", QStringLiteral("year: %1 is out of range").arg(next + 1), range};
    QTest::newRow("hardware source_year next year") << chip << next << QStringList{};
    QTest::newRow("hardware source_year in two years")
        << chip << next + 1
        << QStringList{"over.json", "entry 1 ('my-chip')",
                       QStringLiteral("source_year: %1 is out of range").arg(next + 1), range};
    QTest::newRow("zone year missing") << QByteArray(
        R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
        {"code": "FR", "name": "France", "type": "country", "country": "FR", "g_per_kwh": 50, "source": "s"}]})")
                                       << 0
                                       << QStringList{"over.json", "entry 1 ('FR')",
                                                      QStringLiteral("a year from 2000 to %1 is required").arg(next)};
}

void TestDatabaseFile::yearBoundIsBuildYearPlusOne()
{
    QFETCH(QByteArray, json);
    QFETCH(int, year);
    QFETCH(QStringList, refusal);
    QTemporaryDir dir;
    write(dir.filePath("over.json"), QByteArray(json).replace("%1", QByteArray::number(year)));
    auto loaded = DatabaseLoader::load({}, dir.path());
    if (refusal.isEmpty()) {
        QVERIFY2(loaded.warnings.empty(), loaded.warnings.empty() ? "" : loaded.warnings.front().c_str());
        if (json.contains("grid_zones")) {
            const GridZone* fr = loaded.catalog->zone("FR");
            QVERIFY(fr);
            QCOMPARE(fr->year, year);  // the override's figure, not the bundled one
            QCOMPARE(fr->gPerKwh, 50.0);
        } else {
            const Hardware* mine = loaded.catalog->hardwareById("my-chip");
            QVERIFY(mine);
            QCOMPARE(mine->sourceYear, year);
        }
        return;
    }
    QCOMPARE(loaded.warnings.size(), std::size_t(1));
    const QString w = QString::fromStdString(loaded.warnings.front());
    for (const QString& part : refusal)
        QVERIFY2(w.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, w)));
    QVERIFY(!loaded.catalog->hardwareById("my-chip"));         // the refused file is skipped
    QVERIFY(loaded.catalog->zone("FR")->year <= clockYear());  // the bundled France
}

QTEST_GUILESS_MAIN(TestDatabaseFile)
#include "TestDatabaseFile.moc"
