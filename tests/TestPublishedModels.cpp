// Published models (Epoch AI's records) as jobs: what each record gives, the assumptions that fill
// its gaps and what it still lacks. Figures are computed by hand from the fixture catalog
// (FixtureCatalog.h): on-premise PUE 1.5; zone XX life-cycle 300 (2019), 260 (2021), own 200 (2024);
// test-gpu 300 W, 1e14 FLOP/s BF16/FP16 tensor; zeta-npu 150 W, 2e14; published median MFU 0.4.
#include "Calculator.h"
#include "FixtureCatalog.h"
#include "PublishedModelJob.h"

#include <QtTest>

#include <algorithm>

using namespace mlcarbon;

Q_DECLARE_METATYPE(mlcarbon::WhatIfChanges)

class TestPublishedModels : public QObject {
    Q_OBJECT
private slots:
    void fromRecords_data();
    void fromRecords();
    void missing_data();
    void missing();
    void changesFillTheGaps_data();
    void changesFillTheGaps();
    void assumptionsAreStated();
    void givenValuesReplaceAssumptions();
    void editsEndAssumptions();

private:
    Catalog m_catalog = fixture::make();
};

static bool anyContains(const std::vector<std::string>& lines, const QString& part)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return QString::fromStdString(l).contains(part); });
}

static QString joined(const std::vector<std::string>& lines)
{
    QStringList out;
    for (const auto& l : lines)
        out << QString::fromStdString(l);
    return out.join(QStringLiteral(" | "));
}

void TestPublishedModels::fromRecords_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("work");
    QTest::addColumn<double>("count");
    QTest::addColumn<double>("deviceHours");
    QTest::addColumn<double>("energyKwh");
    QTest::addColumn<double>("emissionsKg");
    QTest::addColumn<double>("mfu");
    QTest::addColumn<int>("year");
    // 8 devices x 10 h (Epoch's) x 300 W = 24 kWh x 1.5 = 36 kWh x 260 g (XX, 2021) = 9.36 kg. The
    // compute beside the hours implies MFU 7.2e18 / (80 h x 3600 s x 1e14) = 0.25.
    QTest::newRow("hours and count") << "m-hours" << int(ModelJob::Work::Hours) << 8.0 << 80.0 << 36.0 << 9.36 << 0.25
                                     << 2021;
    // 1.44e19 FLOP / (1e14 x 0.4 default MFU) = 3.6e5 s = 100 device-hours on one device x 300 W = 30 kWh
    // x 1.5 = 45 kWh x 300 g (XX, 2019) = 13.5 kg.
    QTest::newRow("compute, default MFU")
        << "m-compute" << int(ModelJob::Work::Compute) << 1.0 << 100.0 << 45.0 << 13.5 << 0.4 << 2019;
    // Epoch's FP16 training runs at zeta-npu's tensor rate 2e14: 4e19 / (2e14 x 0.5 Epoch's MFU) = 4e5 s =
    // 111.11 device-hours x 150 W = 16.667 kWh x 1.5 = 25 kWh x 200 g (XX, own 2024 figure) = 5 kg.
    QTest::newRow("FP16 at the tensor rate")
        << "m-fp16" << int(ModelJob::Work::Compute) << 16.0 << 4e5 / 3600 << 25.0 << 5.0 << 0.5 << 2024;
}

void TestPublishedModels::fromRecords()
{
    QFETCH(QString, id);
    QFETCH(int, work);
    QFETCH(double, count);
    QFETCH(double, deviceHours);
    QFETCH(double, energyKwh);
    QFETCH(double, emissionsKg);
    QFETCH(double, mfu);
    QFETCH(int, year);
    const PublishedModel* m = m_catalog.publishedModel(id.toStdString());
    QVERIFY(m);
    const ModelJob job = PublishedModelJob::of(m_catalog, *m);
    QVERIFY2(job.estimable(), qPrintable(joined(job.missing)));
    QCOMPARE(int(job.work), work);
    QCOMPARE(job.input.year, std::optional<int>(year));
    const Estimate e = Calculator(m_catalog).estimate(job.input);
    QCOMPARE(e.count, count);
    QCOMPARE(e.count * e.hours, deviceHours);
    QCOMPARE(e.energyKwh, energyKwh);
    QCOMPARE(e.emissionsKg, emissionsKg);
    QVERIFY(e.compute.used);
    QCOMPARE(e.compute.mfu, mfu);
    QCOMPARE(e.compute.precision, Precision::Bf16);
}

void TestPublishedModels::missing_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("names");
    QTest::newRow("device not in the database") << "m-old-gpu"
                                                << "hardware: 'Old GPU 9000' is not in the database";
    QTest::newRow("no peak figure") << "m-tpu"
                                    << "peak FLOP/s: Test TPU v9 has no BF16/FP16 figure";
    QTest::newRow("hours without a count") << "m-no-count"
                                           << "not the device count";
    QTest::newRow("no country") << "m-no-place"
                                << "place: Epoch records no country";
}

void TestPublishedModels::missing()
{
    QFETCH(QString, id);
    QFETCH(QString, names);
    const ModelJob job = PublishedModelJob::of(m_catalog, *m_catalog.publishedModel(id.toStdString()));
    QVERIFY(!job.estimable());
    QCOMPARE(job.missing.size(), std::size_t(1));
    QVERIFY2(anyContains(job.missing, names), qPrintable(joined(job.missing)));
}

void TestPublishedModels::changesFillTheGaps_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<WhatIfChanges>("changes");
    QTest::addColumn<double>("deviceHours");
    QTest::addColumn<double>("energyKwh");
    WhatIfChanges gpu;
    gpu.hardware = "test-gpu";
    // 1e17 FLOP / (1e14 x 0.4) = 2500 s = 0.69444 device-hours x 300 W x 1.5 = 0.3125 kWh.
    QTest::newRow("a device for an unmapped one") << "m-old-gpu" << gpu << 2500.0 / 3600 << 0.3125;
    WhatIfChanges two;
    two.count = 2;
    // Epoch's 5 h on 2 devices = 10 device-hours x 300 W x 1.5 = 4.5 kWh.
    QTest::newRow("a count for the training time") << "m-no-count" << two << 10.0 << 4.5;
    WhatIfChanges r1;
    r1.location = Location::cloud("testcloud", "r1");
    // 50 chip-hours x 300 W = 15 kWh x PUE 1.1 (r1's own) = 16.5 kWh.
    QTest::newRow("a place") << "m-no-place" << r1 << 50.0 << 16.5;
    WhatIfChanges npu;
    npu.hardware = "zeta-npu";
    // Other hardware drops Epoch's hours beside the compute: 7.2e18 / (2e14 x 0.4) = 9e4 s = 25 device-hours
    // x 150 W x 1.5 = 5.625 kWh.
    QTest::newRow("other hardware, from the compute") << "m-hours" << npu << 25.0 << 5.625;
}

void TestPublishedModels::changesFillTheGaps()
{
    QFETCH(QString, id);
    QFETCH(WhatIfChanges, changes);
    QFETCH(double, deviceHours);
    QFETCH(double, energyKwh);
    const ModelJob job = PublishedModelJob::whatIf(m_catalog, *m_catalog.publishedModel(id.toStdString()), changes);
    QVERIFY2(job.estimable(), qPrintable(joined(job.missing)));
    const Estimate e = Calculator(m_catalog).estimate(job.input);
    QCOMPARE(e.count * e.hours, deviceHours);
    QCOMPARE(e.energyKwh, energyKwh);
}

void TestPublishedModels::assumptionsAreStated()
{
    const ModelJob compute = PublishedModelJob::of(m_catalog, *m_catalog.publishedModel("m-compute"));
    // Epoch records Lab X and Lab Y in XX and YY: the first country is the place, said so.
    QCOMPARE(compute.input.location, Location::gridZone("XX"));
    QVERIFY2(anyContains(compute.assumptions, "place: XX, the organisation's country (an assumption"),
             qPrintable(joined(compute.assumptions)));
    QVERIFY(anyContains(compute.assumptions, "XX, YY, the first is taken"));
    QVERIFY(anyContains(compute.assumptions, "year of the run: 2019, the publication year"));
    QVERIFY(anyContains(compute.assumptions, "MFU: not recorded"));
    QVERIFY(anyContains(compute.assumptions, "devices: not recorded"));
    QVERIFY(anyContains(compute.assumptions, "precision: BF16/FP16 tensor (Epoch records none"));
    // A model older than the grid figures takes their first year, and says so.
    const ModelJob early = PublishedModelJob::of(m_catalog, *m_catalog.publishedModel("m-1990"));
    QCOMPARE(early.input.year, std::optional<int>(2000));
    QVERIFY(anyContains(early.assumptions, "2000 stands in for the publication year 1990"));
    QVERIFY(early.estimable());
    // Hours and count from Epoch: no MFU or device assumption, the precision is not needed.
    const ModelJob hours = PublishedModelJob::of(m_catalog, *m_catalog.publishedModel("m-hours"));
    QVERIFY(!anyContains(hours.assumptions, "MFU"));
    QVERIFY(!anyContains(hours.assumptions, "devices"));
    QVERIFY(!anyContains(hours.assumptions, "precision"));
}

void TestPublishedModels::givenValuesReplaceAssumptions()
{
    WhatIfChanges c;
    c.location = Location::gridZone("XX-AB");
    c.year = 2023;
    c.mfu = 0.5;
    c.count = 4;
    const ModelJob job = PublishedModelJob::whatIf(m_catalog, *m_catalog.publishedModel("m-compute"), c);
    QVERIFY(!anyContains(job.assumptions, "place:"));
    QVERIFY(!anyContains(job.assumptions, "year of the run:"));
    QVERIFY(!anyContains(job.assumptions, "MFU:"));
    QVERIFY(!anyContains(job.assumptions, "devices:"));
    // 1.44e19 / (1e14 x 0.5) = 2.88e5 s = 80 device-hours, on 4 devices 20 h each.
    const Estimate e = Calculator(m_catalog).estimate(job.input);
    QCOMPARE(e.hours, 20.0);
    QCOMPARE(e.location.zone, std::string("XX-AB"));
    // A precision given is kept; the device lacks FP8, so the job names it.
    WhatIfChanges fp8;
    fp8.precision = Precision::Fp8;
    const ModelJob lacking = PublishedModelJob::whatIf(m_catalog, *m_catalog.publishedModel("m-compute"), fp8);
    QVERIFY2(anyContains(lacking.missing, "Test GPU 300 has no figure at FP8"), qPrintable(joined(lacking.missing)));
}

void TestPublishedModels::editsEndAssumptions()
{
    // The window edits the job in its form: an assumption the person has replaced is no longer listed.
    const ModelJob job = PublishedModelJob::of(m_catalog, *m_catalog.publishedModel("m-compute"));
    EstimateInput now = job.input;
    QCOMPARE(PublishedModelJob::assumptionsFor(job, now), job.assumptions);
    now.location = Location::gridZone("XX-AB");
    now.year = 2024;
    const auto left = PublishedModelJob::assumptionsFor(job, now);
    QVERIFY(!anyContains(left, "place:"));
    QVERIFY(!anyContains(left, "year of the run:"));
    QVERIFY(anyContains(left, "MFU: not recorded"));
    now.mfu = 0.3;
    QVERIFY(!anyContains(PublishedModelJob::assumptionsFor(job, now), "MFU:"));
    QVERIFY(anyContains(PublishedModelJob::assumptionsFor(job, now), "inputs: Epoch AI's record of Compute Model"));
}

QTEST_APPLESS_MAIN(TestPublishedModels)
#include "TestPublishedModels.moc"
