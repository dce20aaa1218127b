// Cleaner hardware: the same training compute on every accelerator, figures computed by hand
// from the fixture catalog (FixtureCatalog.h).
#include "Calculator.h"
#include "CatalogTables.h"
#include "FixtureCatalog.h"
#include "HardwareRanking.h"
#include "InputError.h"

#include <QtTest>

using namespace mlcarbon;

Q_DECLARE_METATYPE(mlcarbon::HardwareFilter)

class TestHardwareRanking : public QObject {
    Q_OBJECT
private slots:
    void orderAndFigures();
    void filters_data();
    void filters();
    void needsCompute();
    void impliedMfuCarriesOver();
};

static EstimateInput flopJob()
{
    EstimateInput in;
    in.hardware = "test-gpu";
    in.flop = 3.6e20;
    in.mfu = 0.5;
    in.location = Location::gridZone("XX");
    return in;
}

void TestHardwareRanking::orderAndFigures()
{
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    const Estimate ref = calc.estimate(flopJob());
    const auto rows = HardwareRanking::rank(calc, ref);
    // test-tpu has no peak figure: left out, never guessed. Two rows, cleanest first:
    // zeta-npu: 3.6e20 / (2e14 x 0.5) = 3.6e6 s = 1000 h x 150 W x PUE 1.5 = 225 kWh x 200 g = 45 kg.
    // test-gpu: 3.6e20 / (1e14 x 0.5) = 7.2e6 s = 2000 h x 300 W x 1.5 = 900 kWh x 200 g = 180 kg (chosen).
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].hardware->id, std::string("zeta-npu"));
    QCOMPARE(rows[0].deviceHours, 1000.0);
    QCOMPARE(rows[0].energyKwh, 225.0);
    QCOMPARE(rows[0].emissionsKg, 45.0);
    QCOMPARE(rows[0].savingKg, 135.0);
    QCOMPARE(*rows[0].savingPct, 75.0);
    QVERIFY(!rows[0].chosen);
    QCOMPARE(rows[1].hardware->id, std::string("test-gpu"));
    QVERIFY(rows[1].chosen);
    QCOMPARE(rows[1].emissionsKg, 180.0);
    QCOMPARE(rows[1].savingKg, 0.0);
    // The table has a row per device and says which is chosen.
    const Table t = CatalogTables::hardwareComparison(rows);
    QCOMPARE(t.rows.size(), std::size_t(2));
    std::size_t chosen = 0;
    while (chosen < t.columns.size() && t.columns[chosen].key != "chosen")
        ++chosen;
    QVERIFY(chosen < t.columns.size());
    QVERIFY(t.rows[1][chosen].flag && !t.rows[0][chosen].flag);
    // Embodied per device and the job's share, apart from the emissions (own hardware: 5 y x 8766 h x 0.2
    // = 8766 h in use): zeta-npu's 200 kg footprint x 1000 device-h / 8766 = 22.8154 kg; test-gpu's die model
    // 40 kg x 2000 / 8766 = 9.12617 kg: the cleaner device carries more embodied emissions.
    QCOMPARE(*rows[0].embodiedPerDeviceKg, 200.0);
    QVERIFY(qFuzzyCompare(*rows[0].embodiedKg, 200000.0 / 8766));
    QCOMPARE(*rows[1].embodiedPerDeviceKg, 40.0);
    QVERIFY(qFuzzyCompare(*rows[1].embodiedKg, 80000.0 / 8766));
    // The header states the assumption.
    const std::string a = HardwareRanking::assumption(ref);
    QVERIFY2(a.find("same MFU 0.500 (given)") != std::string::npos, a.c_str());
    QVERIFY(a.find("TDP x utilisation") != std::string::npos);
}

void TestHardwareRanking::filters_data()
{
    QTest::addColumn<HardwareFilter>("filter");
    QTest::addColumn<QStringList>("ids");  // in order; the chosen test-gpu is always there
    using K = HardwareFilter::Kind;
    QTest::newRow("none") << HardwareFilter{} << QStringList{"zeta-npu", "test-gpu"};
    QTest::newRow("GPUs only") << HardwareFilter{K::Gpu, {}, {}, {}} << QStringList{"test-gpu"};
    QTest::newRow("other kinds") << HardwareFilter{K::Other, {}, {}, {}} << QStringList{"zeta-npu", "test-gpu"};
    QTest::newRow("vendor, any case") << HardwareFilter{K::Any, "zeta", {}, {}} << QStringList{"zeta-npu", "test-gpu"};
    QTest::newRow("vendor Acme") << HardwareFilter{K::Any, "Acme", {}, {}} << QStringList{"test-gpu"};
    // zeta-npu was released in 2025.
    QTest::newRow("since 2025") << HardwareFilter{K::Any, {}, 2025, {}} << QStringList{"zeta-npu", "test-gpu"};
    QTest::newRow("since 2026") << HardwareFilter{K::Any, {}, 2026, {}} << QStringList{"test-gpu"};
    // zeta-npu has 32 GB.
    QTest::newRow("32 GB") << HardwareFilter{K::Any, {}, {}, 32.0} << QStringList{"zeta-npu", "test-gpu"};
    QTest::newRow("64 GB") << HardwareFilter{K::Any, {}, {}, 64.0} << QStringList{"test-gpu"};
}

void TestHardwareRanking::filters()
{
    QFETCH(HardwareFilter, filter);
    QFETCH(QStringList, ids);
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    QStringList got;
    for (const RankedHardware& r : HardwareRanking::rank(calc, calc.estimate(flopJob()), filter))
        got << QString::fromStdString(r.hardware->id);
    QCOMPARE(got, ids);
}

void TestHardwareRanking::needsCompute()
{
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    EstimateInput in = flopJob();
    in.flop.reset();
    in.mfu.reset();
    in.hours = 10;
    try {
        HardwareRanking::rank(calc, calc.estimate(in));
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("flop"));
    }
}

void TestHardwareRanking::impliedMfuCarriesOver()
{
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    EstimateInput in = flopJob();
    in.mfu.reset();
    in.hours = 4000;  // 3.6e20 / (1e14 x 4000 x 3600) = MFU 0.25 on test-gpu
    const Estimate ref = calc.estimate(in);
    QCOMPARE(ref.compute.mfu, 0.25);
    const auto rows = HardwareRanking::rank(calc, ref);
    // zeta-npu at the same MFU 0.25: 3.6e20 / (2e14 x 0.25) = 7.2e6 s = 2000 h x 150 W x 1.5 = 450 kWh x 200 g = 90 kg.
    QCOMPARE(rows[0].hardware->id, std::string("zeta-npu"));
    QCOMPARE(rows[0].deviceHours, 2000.0);
    QCOMPARE(rows[0].emissionsKg, 90.0);
    // The reference's own row keeps its given hours: 4000 h x 300 W x 1.5 = 1800 kWh x 200 g = 360 kg.
    QCOMPARE(rows[1].deviceHours, 4000.0);
    QCOMPARE(rows[1].emissionsKg, 360.0);
    // Hours that imply an MFU above 1 cannot carry over: named on the hours.
    in.hours = 100;
    try {
        HardwareRanking::rank(calc, calc.estimate(in));
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("hours"));
    }
}

QTEST_GUILESS_MAIN(TestHardwareRanking)
#include "TestHardwareRanking.moc"
