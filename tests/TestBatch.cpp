// Job logs: the streaming CSV reader, the batch estimator's columns and rows, and the runner's
// output and totals. Numbers are hand-computed from the formula with stated power and PUE.
#include "BatchEstimator.h"
#include "BatchRunner.h"
#include "Calculator.h"
#include "CsvReader.h"
#include "DatabaseLoader.h"

#include <QtTest>

#include <sstream>

using namespace mlcarbon;

class TestBatch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void embodiedAndWaterColumns();
    void readerHandlesRfc4180_data();
    void readerHandlesRfc4180();
    void readerIsTheSameForAnyBlockSize();
    void readerSkipsTooLongRecord();
    void rowsAreHandComputed_data();
    void rowsAreHandComputed();
    void badRowsAreSkippedWithLineAndReason();
    void unusableHeader_data();
    void unusableHeader();
    void outputPassesColumnsThroughAndNeutralises();
    void outputRowsAreAsWideAsTheHeader();
    void controlAndNonFiniteCellsAreNeutralised();
    void refusedOutputStopsTheRun();
    void basisAppliesToEveryRow_data();
    void basisAppliesToEveryRow();
    void computeRows_data();
    void computeRows();
    void yearOfTheRow_data();
    void yearOfTheRow();
    void hoursBetweenTimestamps_data();
    void hoursBetweenTimestamps();

private:
    struct Output {
        BatchSummary summary;
        std::string csv;
        std::vector<std::pair<std::size_t, std::string>> problems;
    };
    Output run(const std::string& input);
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<Calculator> m_calc;
};

void TestBatch::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
    m_calc = std::make_unique<Calculator>(*m_catalog);
}

TestBatch::Output TestBatch::run(const std::string& input)
{
    Output o;
    std::istringstream in(input);
    o.summary = BatchRunner::run(
        *m_calc, in,
        [&](std::string_view b) {
            o.csv += b;
            return true;
        },
        [&](std::size_t line, const std::string& why) { o.problems.emplace_back(line, why); });
    return o;
}

void TestBatch::readerHandlesRfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("records");  // fields joined with |, records in order
    QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << QStringList{"a|b", "c|d"};
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << QStringList{"a|b", "c|d"};
    QTest::newRow("no final line end") << QByteArray("a,b\nc,d") << QStringList{"a|b", "c|d"};
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFhardware,x\n1,2\n") << QStringList{"hardware|x", "1|2"};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << QStringList{"a,b|c"};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << QStringList{"say \"hi\"|x"};
    QTest::newRow("line break in quotes")
        << QByteArray("\"two\nlines\",x\ny,z\n") << QStringList{"two\nlines|x", "y|z"};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{"||"};
    QTest::newRow("quoted empty last") << QByteArray("a,\"\"\n") << QStringList{"a|"};
    QTest::newRow("utf-8") << QByteArray("華北2,Zürich\n") << QStringList{"華北2|Zürich"};
}

void TestBatch::readerHandlesRfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, records);
    std::istringstream in(input.toStdString());
    CsvReader reader(in, 64);
    std::vector<std::string_view> fields;
    QStringList got;
    while (reader.next(fields)) {
        QVERIFY2(reader.error().empty(), reader.error().c_str());
        QStringList parts;
        for (auto f : fields)
            parts << QString::fromUtf8(f.data(), static_cast<int>(f.size()));
        got << parts.join(QLatin1Char('|'));
    }
    QCOMPARE(got, records);
}

void TestBatch::readerIsTheSameForAnyBlockSize()
{
    // Records straddling every possible block boundary: the fields must not depend on where a
    // block ends (quoted fields with line breaks and doubled quotes included).
    std::string text;
    for (int i = 0; i < 200; ++i)
        text += "row" + std::to_string(i) + ",\"q, \"\"" + std::to_string(i) + "\"\"\nx\"," + std::string(i % 7, 'z')
                + "\r\n";
    auto read = [&](std::size_t block) {
        std::istringstream in(text);
        CsvReader reader(in, block);
        std::vector<std::string_view> fields;
        std::vector<std::string> out;
        std::vector<std::size_t> lines;
        while (reader.next(fields)) {
            std::string joined;
            for (auto f : fields)
                joined += std::string(f) + "|";
            out.push_back(joined);
            lines.push_back(reader.line());
        }
        return std::make_pair(out, lines);
    };
    const auto reference = read(1 << 20);
    QCOMPARE(reference.first.size(), std::size_t(200));
    QCOMPARE(reference.first[3], std::string("row3|q, \"3\"\nx|zzz|"));
    QCOMPARE(reference.second[3], std::size_t(7));  // each record spans two lines
    for (std::size_t block : {64, 65, 67, 100, 127, 300})
        QVERIFY2(read(block) == reference, qPrintable(QString::number(block)));
}

void TestBatch::readerSkipsTooLongRecord()
{
    std::string text = "a,b\n" + std::string(CsvReader::kMaxRecordBytes + 10, 'x') + "\nc,d\n";
    std::istringstream in(text);
    CsvReader reader(in, 4096);
    std::vector<std::string_view> fields;
    QVERIFY(reader.next(fields));
    QVERIFY(reader.next(fields));
    QCOMPARE(reader.error(), std::string("a record longer than 1 MB"));
    QCOMPARE(reader.line(), std::size_t(2));
    QVERIFY(reader.next(fields));
    QVERIFY(reader.error().empty());
    QCOMPARE(std::string(fields[0]), std::string("c"));
    QCOMPARE(reader.line(), std::size_t(3));
    QVERIFY(!reader.next(fields));
}

void TestBatch::rowsAreHandComputed_data()
{
    QTest::addColumn<QByteArray>("row");  // under the header below
    QTest::addColumn<double>("energyKwh");
    QTest::addColumn<double>("emissionsKg");
    // header: hardware,count,hours,start,end,intensity,pue,power_w
    // 2 x 10 h x 100 W x PUE 1.5 / 1000 = 3 kWh; x 400 g / 1000 = 1.2 kg.
    QTest::newRow("hours") << QByteArray("nvidia-l4,2,10,,,400,1.5,100") << 3.0 << 1.2;
    // No count: one device. 1 x 10 h x 100 W x 1.5 / 1000 = 1.5 kWh; x 400 g = 0.6 kg.
    QTest::newRow("count empty") << QByteArray("nvidia-l4,,10,,,400,1.5,100") << 1.5 << 0.6;
    // 22:00Z to 04:30+02:00 (02:30Z) = 4.5 h: 1 x 4.5 x 100 x 1.5 / 1000 = 0.675 kWh; x 400 g = 0.27 kg.
    QTest::newRow("start and end") << QByteArray(
        "nvidia-l4,1,,2024-03-30T22:00:00Z,2024-03-31T04:30:00+02:00,400,1.5,100")
                                   << 0.675 << 0.27;
    // Zero grid intensity: 3 kWh, 0 kg.
    QTest::newRow("zero grid") << QByteArray("nvidia-l4,2,10,,,0,1.5,100") << 3.0 << 0.0;
}

void TestBatch::rowsAreHandComputed()
{
    QFETCH(QByteArray, row);
    QFETCH(double, energyKwh);
    QFETCH(double, emissionsKg);
    Output o = run("hardware,count,hours,start,end,intensity,pue,power_w\n" + row.toStdString() + "\n");
    QCOMPARE(o.summary.good, std::size_t(1));
    QVERIFY2(o.problems.empty(), o.problems.empty() ? "" : o.problems[0].second.c_str());
    QVERIFY(qAbs(o.summary.energyKwh - energyKwh) <= 1e-12 * energyKwh);
    QVERIFY(qAbs(o.summary.emissionsKg - emissionsKg) <= 1e-12 * std::max(1.0, emissionsKg));
}

void TestBatch::badRowsAreSkippedWithLineAndReason()
{
    const std::string log = "hardware,count,hours,intensity,pue,power_w\n"
                            "nvidia-l4,2,10,400,1.5,100\n"        // line 2: 1.2 kg
                            "nvidia-l4,x,10,400,1.5,100\n"        // line 3: count
                            "nvidia-l4,2,-1,400,1.5,100\n"        // line 4: hours
                            "no-such-gpu-xyz,2,10,400,1.5,100\n"  // line 5: hardware
                            "\n"                                  // blank: not a row
                            "nvidia-l4,2,10,400\n"                // line 7: field count
                            "\"open,2,10,400,1.5,100\n";          // line 8: unclosed quote (to the end)
    Output o = run(log);
    QCOMPARE(o.summary.rows, std::size_t(6));
    QCOMPARE(o.summary.good, std::size_t(1));
    QCOMPARE(o.summary.skipped, std::size_t(5));
    QCOMPARE(o.summary.emissionsKg, 1.2);  // only the good row: 2 x 10 x 100 x 1.5 / 1000 x 400 / 1000
    QCOMPARE(o.problems.size(), std::size_t(5));
    const std::vector<std::pair<std::size_t, std::string>> expected = {
        {3, "count"}, {4, "hours"}, {5, "hardware"}, {7, "fields"}, {8, "quoted field"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(o.problems[i].first, expected[i].first);
        QVERIFY2(o.problems[i].second.find(expected[i].second) != std::string::npos, o.problems[i].second.c_str());
    }
    // The output keeps every readable row, marked; the total row counts the good ones.
    QVERIFY(o.csv.find("nvidia-l4,x,10,400,1.5,100,,,,skipped: count") != std::string::npos);
    QVERIFY(o.csv.find(",1.2,lifecycle,total of 1 rows (5 skipped),") != std::string::npos);
}

void TestBatch::computeRows_data()
{
    QTest::addColumn<QByteArray>("row");  // under the header below
    QTest::addColumn<double>("emissionsKg");
    QTest::addColumn<QString>("status");  // the row's status cell, or the reason it was skipped
    // header: hardware,count,hours,intensity,pue,power_w,flop,params,tokens,mfu,precision
    // NVIDIA V100: 1.25e14 FLOP/s bf16 and 1.567e13 fp32 (Epoch AI, hardware_db/accelerators.json).
    // 4.5e20 / (1.25e14 x 0.5) = 7.2e6 s = 2000 device-hours (the count does not change the work);
    // 2000 h x 100 W x 1.5 / 1000 = 300 kWh; x 400 g = 120 kg.
    QTest::newRow("flop, mfu") << QByteArray("nvidia-v100,4,,400,1.5,100,4.5e20,,,0.5,") << 120.0 << "ok";
    // 6 x 1e9 x 7.5e10 = 4.5e20 FLOP at the published median MFU 0.38 (hardware_db/reference.json):
    // 4.5e20 / (1.25e14 x 0.38) / 3600 = 2631.579 device-hours x 0.15 kWh = 394.737 kWh x 0.4 = 157.895 kg.
    QTest::newRow("params x tokens, default mfu")
        << QByteArray("nvidia-v100,1,,400,1.5,100,,1B,75B,,") << 157.89473684210526 << "ok";
    // FP32: 5.6412e19 / (1.567e13 x 1) = 3.6e6 s = 1000 device-hours: 150 kWh x 0.4 = 60 kg.
    QTest::newRow("fp32") << QByteArray("nvidia-v100,1,,400,1.5,100,5.6412e19,,,1,fp32") << 60.0 << "ok";
    // Hours and compute: the hours are the work (10 x 100 W x 1.5 = 1.5 kWh x 0.4 = 0.6 kg); the MFU they
    // imply, 4.5e20 / (1.25e14 x 10 x 3600) = 100, is flagged.
    QTest::newRow("hours and compute, implausible") << QByteArray("nvidia-v100,1,10,400,1.5,100,4.5e20,,,,") << 0.6
                                                    << "ok: the compute and the hours imply an MFU outside 0.05 to 1 "
                                                       "(implausible)";
    QTest::newRow("mfu with hours") << QByteArray("nvidia-v100,1,10,400,1.5,100,4.5e20,,,0.4,") << 0.0
                                    << "skipped: mfu: '0.4'";
    QTest::newRow("flop and params") << QByteArray("nvidia-v100,1,,400,1.5,100,4.5e20,1B,75B,,") << 0.0
                                     << "skipped: flop: '4.5e20'";
    QTest::newRow("no fp8 figure") << QByteArray("nvidia-v100,1,,400,1.5,100,4.5e20,,,,fp8") << 0.0
                                   << "skipped: precision: 'fp8' cannot be used; NVIDIA V100 has no peak FLOP/s "
                                      "figure at fp8";
}

void TestBatch::computeRows()
{
    QFETCH(QByteArray, row);
    QFETCH(double, emissionsKg);
    QFETCH(QString, status);
    Output o =
        run("hardware,count,hours,intensity,pue,power_w,flop,params,tokens,mfu,precision\n" + row.toStdString() + "\n");
    const std::string line =
        o.csv.substr(o.csv.find("\r\n") + 2, o.csv.find("\r\n", o.csv.find("\r\n") + 2) - o.csv.find("\r\n") - 2);
    QVERIFY2(QString::fromStdString(line).contains(status), line.c_str());
    QCOMPARE(o.summary.good, std::size_t(status.startsWith("ok") ? 1 : 0));
    QVERIFY2(qAbs(o.summary.emissionsKg - emissionsKg) <= 1e-9 * std::max(1.0, emissionsKg),
             qPrintable(QString::number(o.summary.emissionsKg, 'g', 17)));
}

void TestBatch::yearOfTheRow_data()
{
    QTest::addColumn<QByteArray>("row");  // under the header below
    QTest::addColumn<double>("emissionsKg");
    QTest::addColumn<QString>("status");
    // header: hardware,hours,start,end,country,pue,power_w,year
    // Germany (regions_db/grid_zones.json): 2019 life-cycle 361.57 (OWID, BP & Ember), 2025 342 (Electricity
    // Maps via co2.js), the newest year. 10 h x 100 W x 1.5 / 1000 = 1.5 kWh.
    QTest::newRow("year column") << QByteArray("nvidia-v100,10,,,DE,1.5,100,2019") << 1.5 * 0.36157 << "ok";
    // The year of start (UTC): 24 h x 100 W x 1.5 = 3.6 kWh x 361.57 g.
    QTest::newRow("year of start") << QByteArray("nvidia-v100,,2019-03-01T00:00:00Z,2019-03-02T00:00:00Z,DE,1.5,100,")
                                   << 3.6 * 0.36157 << "ok";
    // 2030: none; the nearest year, 2025, and the status says so. 1.5 kWh x 342 g.
    QTest::newRow("nearest year") << QByteArray("nvidia-v100,10,,,DE,1.5,100,2030") << 1.5 * 0.342
                                  << "ok: 2025 figure; none for 2030 in the data";
    QTest::newRow("bad year") << QByteArray("nvidia-v100,10,,,DE,1.5,100,19") << 0.0 << "skipped: year: '19'";
}

void TestBatch::yearOfTheRow()
{
    QFETCH(QByteArray, row);
    QFETCH(double, emissionsKg);
    QFETCH(QString, status);
    Output o = run("hardware,hours,start,end,country,pue,power_w,year\n" + row.toStdString() + "\n");
    QVERIFY2(QString::fromStdString(o.csv).contains(status), o.csv.c_str());
    QVERIFY2(qAbs(o.summary.emissionsKg - emissionsKg) <= 1e-9 * std::max(1.0, emissionsKg),
             qPrintable(QString::number(o.summary.emissionsKg, 'g', 17)));
    QCOMPARE(o.summary.otherYear, std::size_t(status.contains("none for") ? 1 : 0));
}

void TestBatch::unusableHeader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n\n") << QStringLiteral("empty");
    QTest::newRow("no hardware") << QByteArray("count,hours,country\n1,2,FR\n") << QStringLiteral("no hardware");
    QTest::newRow("no duration") << QByteArray("hardware,country\nx,FR\n")
                                 << QStringLiteral("hours (or start and end, or flop, or params and tokens)");
    QTest::newRow("params without tokens")
        << QByteArray("hardware,params,country\nx,7B,FR\n") << QStringLiteral("hours (or start and end, or flop");
    QTest::newRow("no location") << QByteArray("hardware,hours\nx,1\n") << QStringLiteral("a location");
    QTest::newRow("twice") << QByteArray("hardware,hours,Hours,country\n") << QStringLiteral("'hours' appears twice");
    QTest::newRow("broken header") << QByteArray("\"hardware,hours\n") << QStringLiteral("header cannot be read");
}

void TestBatch::unusableHeader()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    try {
        run(input.toStdString());
        QFAIL("no error");
    } catch (const BatchError& e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
    }
}

void TestBatch::outputPassesColumnsThroughAndNeutralises()
{
    Output o = run("User,Hardware,Hours,Intensity,Power_W,delta\n"
                   "\"=HYPERLINK(\"\"x\"\")\",nvidia-l4,10,400,100,-5\n");
    // Header: the input's names as given, then the results; columns match case-insensitively.
    QVERIFY(o.csv.rfind("User,Hardware,Hours,Intensity,Power_W,delta,energy_kwh,emissions_kg,intensity_basis,status,"
                        "embodied_kg,water_l\r\n",
                        0)
            == 0);
    // The formula is made inert (and quoted for its quotes); the number -5 stays a number.
    // 1 x 10 h x 100 W x PUE 1.56 (own hardware default for a stated grid) / 1000 = 1.56 kWh.
    const Estimate e = m_calc->estimate([] {
        EstimateInput in;
        in.hardware = "nvidia-l4";
        in.hours = 10;
        in.powerW = 100;
        in.location = Location::custom(400);
        return in;
    }());
    QVERIFY(o.csv.find("\"'=HYPERLINK(\"\"x\"\")\",nvidia-l4,10,400,100,-5,") != std::string::npos);
    QVERIFY(qAbs(o.summary.energyKwh - e.energyKwh) <= 1e-12 * e.energyKwh);
}

// Found by the batch fuzzer: a row with more fields than the header came out wider than the header.
void TestBatch::outputRowsAreAsWideAsTheHeader()
{
    Output o = run("label,hardware,hours,intensity\n"
                   "a,nvidia-l4,10,400,extra,more\n"  // line 2: 6 fields, skipped
                   "b,nvidia-l4\n");                  // line 3: 2 fields, skipped
    QCOMPARE(o.summary.skipped, std::size_t(2));
    std::istringstream out(o.csv);
    CsvReader reader(out);
    std::vector<std::string_view> fields;
    std::size_t records = 0;
    while (reader.next(fields)) {
        ++records;
        // the header's 4 columns + energy, emissions, basis, status, embodied, water
        QCOMPARE(fields.size(), std::size_t(4 + 6));
    }
    QCOMPARE(records, std::size_t(4));  // header, two skipped rows, totals
    QVERIFY(o.csv.find("a,nvidia-l4,10,400,,,,\"skipped: the row has 6 fields, the header 4\",,") != std::string::npos);
}

void TestBatch::embodiedAndWaterColumns()
{
    // nvidia-l4 at a stated 100 W for 10 h with a stated grid (own hardware, no country):
    // embodied: die 294 mm2: 2.94 cm2 x 1970 g + 26970 g = 32761.8 g per device (Green Algorithms' die model),
    // own hardware 5 y x 8766 h x 0.2 = 8766 h in use: 32.7618 kg x 10 / 8766 = 0.0373737 kg;
    // water: IT energy 1 kWh x the industry WUE 1.8 L/kWh = 1.8 L, no off-site figure without a country.
    // Two rows: the totals are twice each.
    Output o = run("hardware,hours,intensity,power_w\nnvidia-l4,10,400,100\nnvidia-l4,10,400,100\n");
    std::istringstream out(o.csv);
    CsvReader reader(out);
    std::vector<std::string_view> fields;
    QVERIFY(reader.next(fields));
    QCOMPARE(fields[8], std::string_view("embodied_kg"));
    QCOMPARE(fields[9], std::string_view("water_l"));
    QVERIFY(reader.next(fields));
    QVERIFY(qAbs(std::stod(std::string(fields[8])) - 32.7618 * 10 / 8766) < 1e-9);
    QVERIFY(qAbs(std::stod(std::string(fields[9])) - 1.8) < 1e-12);
    QVERIFY(qAbs(o.summary.embodiedKg - 2 * 32.7618 * 10 / 8766) < 1e-9);
    QVERIFY(qAbs(o.summary.waterL - 3.6) < 1e-12);
}

// Found by the batch fuzzer: a lone carriage return in an unquoted cell was copied as it was, and
// "-inf" passed for a number; a spreadsheet reads both as the start of a formula.
void TestBatch::controlAndNonFiniteCellsAreNeutralised()
{
    Output o = run("label,hardware,hours,intensity\n\r,nvidia-l4,10,400\n-inf,nvidia-l4,10,400\n-5,nvidia-l4,10,400\n");
    QCOMPARE(o.summary.good, std::size_t(3));
    QVERIFY2(o.csv.find("\r\n\"'\r\",nvidia-l4,10,400,") != std::string::npos, o.csv.c_str());
    QVERIFY(o.csv.find("\r\n'-inf,nvidia-l4,10,400,") != std::string::npos);
    QVERIFY(o.csv.find("\r\n-5,nvidia-l4,10,400,") != std::string::npos);  // a number stays a number
}

void TestBatch::refusedOutputStopsTheRun()
{
    // A sink that fails (full disk, closed pipe) ends the run with its own error type, so the
    // caller can name the file and keep an earlier one whole; no row is estimated after it.
    std::istringstream in("hardware,hours,country\nnvidia-l4,1,FR\n");
    int calls = 0;
    QVERIFY_THROWS_EXCEPTION(BatchOutputError, BatchRunner::run(
                                                   *m_calc, in,
                                                   [&](std::string_view) {
                                                       ++calls;
                                                       return false;
                                                   },
                                                   [](std::size_t, const std::string&) {}));
    QCOMPARE(calls, 1);
}

void TestBatch::basisAppliesToEveryRow_data()
{
    QTest::addColumn<int>("basis");
    QTest::addColumn<double>("stockholmKg");
    QTest::addColumn<QString>("stockholmBasis");
    // aws eu-north-1: 1 x 10 h x 100 W x PUE 1.1 / 1000 = 1.1 kWh; SE-SE3 life-cycle 22.6 g -> 0.02486 kg,
    // direct 4.09 g -> 0.004499 kg (Electricity Maps 2024, regions_db/cloud_regions.json).
    QTest::newRow("life-cycle") << int(IntensityBasis::Lifecycle) << 1.1 * 22.6 / 1000 << "lifecycle";
    QTest::newRow("direct") << int(IntensityBasis::Direct) << 1.1 * 4.09 / 1000 << "direct";
}

void TestBatch::basisAppliesToEveryRow()
{
    QFETCH(int, basis);
    QFETCH(double, stockholmKg);
    QFETCH(QString, stockholmBasis);
    // azure westus has only figures of unspecified basis (the US state figure, 216.43 g, 2020): on any
    // basis it uses that one and says so. 10 h x 100 W x PUE 1.15 / 1000 = 1.15 kWh x 216.43 g = 0.2488945 kg.
    std::istringstream in("label,hardware,hours,provider,region,power_w\n"
                          "se,nvidia-l4,10,aws,eu-north-1,100\n"
                          "us,nvidia-l4,10,azure,westus,100\n");
    std::string csv;
    const BatchSummary summary = BatchRunner::run(
        *m_calc, in,
        [&](std::string_view b) {
            csv += b;
            return true;
        },
        [](std::size_t, const std::string&) {}, std::size_t(1) << 20, static_cast<IntensityBasis>(basis));
    QCOMPARE(summary.good, std::size_t(2));
    QCOMPARE(summary.otherBasis, std::size_t(1));
    QVERIFY(qAbs(summary.emissionsKg - (stockholmKg + 0.2488945)) <= 1e-12);
    const std::string key(Basis::key(static_cast<IntensityBasis>(basis)));
    QVERIFY2(csv.find("," + stockholmBasis.toStdString() + ",ok,") != std::string::npos, csv.c_str());
    QVERIFY2(csv.find(",unspecified,ok: no " + key + " figure for this place,") != std::string::npos, csv.c_str());
    QVERIFY2(csv.find("; 1 on another basis)") != std::string::npos, csv.c_str());
}

void TestBatch::hoursBetweenTimestamps_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<double>("hours");  // < 0: an error
    QTest::newRow("utc") << "2024-05-01T10:00:00Z"
                         << "2024-05-01T22:00:00Z" << 12.0;
    QTest::newRow("space, no zone") << "2024-05-01 10:00"
                                    << "2024-05-02 10:30" << 24.5;
    QTest::newRow("offsets") << "2024-05-01T10:00:00+02:00"
                             << "2024-05-01T10:00:00-01:00" << 3.0;
    QTest::newRow("leap day") << "2024-02-28T00:00:00Z"
                              << "2024-03-01T00:00:00Z" << 48.0;
    QTest::newRow("fraction") << "2024-05-01T10:00:00.5Z"
                              << "2024-05-01T10:00:36.5Z" << 0.01;
    QTest::newRow("end before start") << "2024-05-02T00:00:00Z"
                                      << "2024-05-01T00:00:00Z" << -1.0;
    QTest::newRow("no such day") << "2023-02-29T00:00:00Z"
                                 << "2023-03-01T00:00:00Z" << -1.0;
    QTest::newRow("not a time") << "yesterday"
                                << "2023-03-01T00:00:00Z" << -1.0;
    QTest::newRow("trailing text") << "2024-05-01T10:00:00Zx"
                                   << "2024-05-02T00:00:00Z" << -1.0;
}

void TestBatch::hoursBetweenTimestamps()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(double, hours);
    try {
        const double got = BatchEstimator::hoursBetween(start.toStdString(), end.toStdString());
        QVERIFY(hours >= 0);
        QVERIFY(qAbs(got - hours) < 1e-9);
    } catch (const std::exception& e) {
        QVERIFY2(hours < 0, e.what());
    }
}

QTEST_MAIN(TestBatch)
#include "TestBatch.moc"
