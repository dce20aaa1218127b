// The formula, checked against figures computed by hand from the fixture catalog
// (FixtureCatalog.h) and, for Meena, from Patterson et al. 2021.
#include "Calculator.h"
#include "DatabaseLoader.h"
#include "Equivalents.h"
#include "EstimateReport.h"
#include "FixtureCatalog.h"
#include "InputError.h"

#include <QtTest>

using namespace mlcarbon;

Q_DECLARE_METATYPE(mlcarbon::EstimateInput)
Q_DECLARE_METATYPE(mlcarbon::Precision)

class TestCalculator : public QObject {
    Q_OBJECT
private slots:
    void formula_data();
    void formula();
    void breakdownAddsUp();
    void provenance();
    void userPueReplacesRegionAndFixesRange();
    void utilisationBounds();
    void rejectsBadInputInCode_data();
    void rejectsBadInputInCode();
    void meenaFromBundledData();
    void hugeInputsStayFinite();
    void inputsAreShownAsGiven_data();
    void inputsAreShownAsGiven();
    void equivalentsFromBundledConstants();
    void computeToDeviceHours_data();
    void computeToDeviceHours();
    void impliedMfu_data();
    void impliedMfu();
    void computeNeedsAPeakAtThePrecision_data();
    void computeNeedsAPeakAtThePrecision();
    void computeOnBundledV100();
};

static EstimateInput job(const char* hw, double count, double hours, Location loc)
{
    EstimateInput in;
    in.hardware = hw;
    in.count = count;
    in.hours = hours;
    in.location = std::move(loc);
    return in;
}

void TestCalculator::formula_data()
{
    QTest::addColumn<EstimateInput>("input");
    QTest::addColumn<double>("energyKwh");
    QTest::addColumn<double>("emissionsKg");
    QTest::addColumn<double>("lowKg");
    QTest::addColumn<double>("highKg");
    QTest::addColumn<double>("marketKg");

    // 2 x 10 h x 300 W x PUE 1.1 (region) / 1000 = 6.6 kWh; x 400 g/kWh / 1000 = 2.64 kg.
    // Low: TDP 250 W (other source), PUE 1.1, 300 g/kWh: 2x10x250x1.1/1000 = 5.5 kWh x 0.3 = 1.65 kg.
    // High: TDP 300 W, PUE 1.2 (fleet), 400 g/kWh (500 is undated, not a bound): 7.2 kWh x 0.4 = 2.88 kg.
    // Market: region offset 25 %: 2.64 x 0.75 = 1.98 kg.
    QTest::newRow("cloud region with its own PUE")
        << job("test-gpu", 2, 10, Location::cloud("testcloud", "r1")) << 6.6 << 2.64 << 1.65 << 2.88 << 1.98;

    // Utilisation 0.5: 150 W. r2 has no PUE: fleet 1.2. 1 x 100 h x 150 W x 1.2 / 1000 = 18 kWh;
    // x 100 g/kWh = 1.8 kg. Low: 250 W x 0.5 = 125 W, PUE 1.1: 1x100x125x1.1/1000 = 13.75 kWh x 0.1 = 1.375 kg.
    // High: 150 W, PUE 1.2: 18 kWh x 0.1 = 1.8 kg. Market: provider offset 50 %: 0.9 kg.
    EstimateInput half = job("test-gpu", 1, 100, Location::cloud("testcloud", "r2"));
    half.utilization = 0.5;
    QTest::newRow("provider PUE and offset, utilisation 0.5") << half << 18.0 << 1.8 << 1.375 << 1.8 << 0.9;

    // Measured 200 W, on-premise PUE 1.5: 3 x 4 h x 200 W x 1.5 / 1000 = 3.6 kWh; x 200 g = 0.72 kg.
    // Low: PUE 1.5, 200 g: 0.72 kg. High: PUE 1.6 (2021), 250 g (2022; 900 g is from 2010): 3.84 kWh x 0.25 = 0.96 kg.
    EstimateInput measured = job("test-gpu", 3, 4, Location::gridZone("XX"));
    measured.powerW = 200;
    QTest::newRow("country, measured power") << measured << 3.6 << 0.72 << 0.72 << 0.96 << 0.72;

    // Host share: 100 W CPU + 64 GB x 0.5 W/GB = 132 W per device; PUE 1.0 given; 50 g/kWh given.
    // 4 x 2 h x (300 + 132) W x 1.0 / 1000 = 3.456 kWh; x 50 g = 0.1728 kg.
    // Low: (250 + 132) W: 4x2x382/1000 = 3.056 kWh x 0.05 = 0.1528 kg. High = estimate.
    EstimateInput host = job("test-gpu", 4, 2, Location::custom(50));
    host.pue = 1.0;
    host.hostCpuW = 100;
    host.hostMemoryGb = 64;
    QTest::newRow("custom intensity, host share") << host << 3.456 << 0.1728 << 0.1528 << 0.1728 << 0.1728;

    // User offset 40 % overrides the region's 25 %: market = 2.64 x 0.6 = 1.584 kg.
    EstimateInput offset = job("test-gpu", 2, 10, Location::cloud("testcloud", "r1"));
    offset.offsetPct = 40;
    QTest::newRow("user offset") << offset << 6.6 << 2.64 << 1.65 << 2.88 << 1.584;

    // othercloud has no PUE: on-premise 1.5 (range 1.5-1.6). TPU 100 W: 10 x 10 h x 100 W x 1.5 / 1000 = 15 kWh;
    // x 20 g = 0.3 kg. Low = 0.3 kg (no TDP alternatives). High: 16 kWh x 0.02 = 0.32 kg. No offset data: market = 0.3.
    QTest::newRow("provider without PUE")
        << job("Test TPU v9", 10, 10, Location::cloud("othercloud", "o1")) << 15.0 << 0.3 << 0.3 << 0.32 << 0.3;
}

void TestCalculator::formula()
{
    QFETCH(EstimateInput, input);
    QFETCH(double, energyKwh);
    QFETCH(double, emissionsKg);
    QFETCH(double, lowKg);
    QFETCH(double, highKg);
    QFETCH(double, marketKg);
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    Estimate e = calc.estimate(input);
    QCOMPARE(e.energyKwh, energyKwh);
    QCOMPARE(e.emissionsKg, emissionsKg);
    QCOMPARE(e.emissionsLowKg, lowKg);
    QCOMPARE(e.emissionsHighKg, highKg);
    QCOMPARE(e.marketEmissionsKg, marketKg);
    QVERIFY(e.emissionsLowKg <= e.emissionsKg && e.emissionsKg <= e.emissionsHighKg);
}

void TestCalculator::breakdownAddsUp()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job("test-gpu", 4, 2, Location::cloud("testcloud", "r1"));
    in.hostCpuW = 100;
    Estimate e = calc.estimate(in);
    // Devices 4x2x300/1000 = 2.4 kWh; host 4x2x100/1000 = 0.8 kWh; overhead (2.4+0.8) x 0.1 = 0.32 kWh.
    QCOMPARE(e.deviceKwh, 2.4);
    QCOMPARE(e.hostKwh, 0.8);
    QCOMPARE(e.overheadKwh, 0.32);
    QCOMPARE(e.deviceKwh + e.hostKwh + e.overheadKwh, e.energyKwh);
}

void TestCalculator::provenance()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    Estimate e = calc.estimate(job("test-gpu", 1, 1, Location::cloud("TestCloud", "R1")));
    QCOMPARE(e.location.provider, std::string("testcloud"));
    QCOMPARE(e.intensitySource.source, std::string("grid r1"));
    QCOMPARE(e.intensitySource.year, std::optional<int>(2024));
    QCOMPARE(e.intensitySource.file, std::string("fixture/cloud_regions.json"));
    QCOMPARE(e.pueSource.source, std::string("region pue"));
    QCOMPARE(e.hardware.file, std::string("fixture/accelerators.json"));
    QCOMPARE(e.offsetSource.source, std::string("region claim"));
}

void TestCalculator::userPueReplacesRegionAndFixesRange()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job("test-gpu", 1, 10, Location::cloud("testcloud", "r1"));
    in.pue = 1.4;
    Estimate e = calc.estimate(in);
    // 1 x 10 x 300 x 1.4 / 1000 = 4.2 kWh; a stated PUE has no spread.
    QCOMPARE(e.energyKwh, 4.2);
    QCOMPARE(e.pueBounds.low, 1.4);
    QCOMPARE(e.pueBounds.high, 1.4);
    QVERIFY(e.pueGiven);
}

void TestCalculator::utilisationBounds()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job("test-gpu", 1, 10, Location::custom(100));
    in.pue = 1.0;
    in.utilization = 0.8;
    in.utilizationLow = 0.5;
    in.utilizationHigh = 0.9;
    Estimate e = calc.estimate(in);
    // Power 300 x 0.8 = 240 W; bounds 250 x 0.5 = 125 W and 300 x 0.9 = 270 W.
    QCOMPARE(e.powerW, 240.0);
    QCOMPARE(e.powerBounds.low, 125.0);
    QCOMPARE(e.powerBounds.high, 270.0);
    // Low: 1 x 10 x 125 / 1000 = 1.25 kWh x 0.1 = 0.125 kg; high: 2.7 kWh x 0.1 = 0.27 kg.
    QCOMPARE(e.emissionsLowKg, 0.125);
    QCOMPARE(e.emissionsHighKg, 0.27);
}

void TestCalculator::rejectsBadInputInCode_data()
{
    QTest::addColumn<EstimateInput>("input");
    QTest::addColumn<QString>("field");
    EstimateInput ok = job("test-gpu", 1, 1, Location::custom(100));
    auto with = [&](auto change) {
        EstimateInput in = ok;
        change(in);
        return in;
    };
    QTest::newRow("zero hours") << with([](EstimateInput& i) { i.hours = 0; }) << "hours";
    QTest::newRow("nan hours") << with([](EstimateInput& i) { i.hours = std::nan(""); }) << "hours";
    QTest::newRow("fractional count") << with([](EstimateInput& i) { i.count = 1.5; }) << "count";
    QTest::newRow("utilisation 0") << with([](EstimateInput& i) { i.utilization = 0; }) << "utilization";
    QTest::newRow("utilisation above 1") << with([](EstimateInput& i) { i.utilization = 1.01; }) << "utilization";
    QTest::newRow("pue below 1") << with([](EstimateInput& i) { i.pue = 0.99; }) << "pue";
    QTest::newRow("negative power") << with([](EstimateInput& i) { i.powerW = -5; }) << "power-w";
    QTest::newRow("negative intensity") << with([](EstimateInput& i) { i.location = Location::custom(-1); })
                                        << "intensity";
    QTest::newRow("offset 101") << with([](EstimateInput& i) { i.offsetPct = 101; }) << "offset";
    QTest::newRow("no location") << with([](EstimateInput& i) { i.location = Location(); }) << "location";
    QTest::newRow("unknown hardware") << with([](EstimateInput& i) { i.hardware = "Quantum Toaster"; }) << "hardware";
    QTest::newRow("unknown region") << with([](EstimateInput& i) { i.location = Location::cloud("testcloud", "r9"); })
                                    << "region";
    QTest::newRow("region of another provider")
        << with([](EstimateInput& i) { i.location = Location::cloud("testcloud", "o1"); }) << "region";
    QTest::newRow("unknown provider") << with([](EstimateInput& i) { i.location = Location::cloud("nocloud", "r1"); })
                                      << "provider";
    QTest::newRow("unknown country") << with([](EstimateInput& i) { i.location = Location::gridZone("QQ"); })
                                     << "country";
    QTest::newRow("year 1999") << with([](EstimateInput& i) { i.year = 1999; }) << "year";
    QTest::newRow("flop and params") << with([](EstimateInput& i) {
        i.flop = 1e20;
        i.params = 1e9;
        i.tokens = 1e10;
    }) << "flop";
    QTest::newRow("params without tokens") << with([](EstimateInput& i) { i.params = 1e9; }) << "tokens";
    QTest::newRow("tokens without params") << with([](EstimateInput& i) { i.tokens = 1e9; }) << "params";
    QTest::newRow("mfu without compute") << with([](EstimateInput& i) { i.mfu = 0.4; }) << "mfu";
    QTest::newRow("mfu with compute and hours") << with([](EstimateInput& i) {
        i.flop = 1e20;
        i.mfu = 0.4;
    }) << "mfu";
    QTest::newRow("mfu above 1") << with([](EstimateInput& i) {
        i.flop = 1e20;
        i.hours = 0;
        i.mfu = 1.5;
    }) << "mfu";
    QTest::newRow("zero hours without compute") << with([](EstimateInput& i) { i.hours = 0; }) << "hours";
}

void TestCalculator::rejectsBadInputInCode()
{
    QFETCH(EstimateInput, input);
    QFETCH(QString, field);
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    try {
        calc.estimate(input);
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), field);
        QVERIFY(!e.allowed().empty());
    }
}

void TestCalculator::meenaFromBundledData()
{
    // Patterson et al. 2021 (arXiv:2104.10350), Meena: 1024 TPU v3 x 720 h, 289 W measured, PUE 1.09,
    // 415 g/kWh -> 232 MWh and 96.4 tCO2e. By hand: 1024 x 720 x 289 x 1.09 / 1000 = 232,258 kWh;
    // x 0.415 = 96,387 kg.
    auto loaded = DatabaseLoader::load({}, {});
    Calculator calc(*loaded.catalog);
    EstimateInput in = job("TPU v3", 1024, 720, Location::custom(415));
    in.powerW = 289;
    in.pue = 1.09;
    Estimate e = calc.estimate(in);
    QCOMPARE(e.hardware.id, std::string("google-tpu-v3"));
    QVERIFY(qAbs(e.energyKwh / 232000.0 - 1) < 0.01);
    QVERIFY(qAbs(e.emissionsKg / 96400.0 - 1) < 0.01);
    QVERIFY(qAbs(e.energyKwh - 1024.0 * 720 * 289 * 1.09 / 1000) < 1e-6);
}

void TestCalculator::hugeInputsStayFinite()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job("test-gpu", 1e9, 1e7, Location::custom(1499));
    Estimate e = calc.estimate(in);
    // 1e9 x 1e7 x 300 W x PUE 1.5 / 1000 = 4.5e15 kWh; x 1.499 kg/kWh = 6.7455e15 kg.
    QVERIFY(std::isfinite(e.emissionsHighKg));
    QCOMPARE(e.energyKwh, 4.5e15);
    QCOMPARE(e.emissionsKg, 4.5e15 * 1499 / 1000);
    // Shown in large units, with the intensity as given: 4.5e15 kWh = 4500 PWh; 6.7455e15 kg = 6750 Gt.
    const QString text = QString::fromStdString(EstimateReport::text(e));
    QVERIFY2(text.contains(QStringLiteral("emissions = 4500 PWh x 1499 gCO2e/kWh / 1000 = 6750 Gt CO2e")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("inf")) && !text.contains(QStringLiteral("nan")));
    // Every input at its limit: 1e12 x 1e9 h x (300 W + 10000 W CPU + 1e6 GB x 0.5 W/GB) x PUE 3 / 1000
    // = 1.53093e24 kWh; x 1.5 kg/kWh = 2.296395e24 kg. Finite, and printed as a power of ten.
    in = job("test-gpu", 1e12, 1e9, Location::custom(1500));
    in.pue = 3;
    in.hostCpuW = 10000;
    in.hostMemoryGb = 1e6;
    e = calc.estimate(in);
    QCOMPARE(e.energyKwh, 1e12 * 1e9 * 510300 * 3 / 1000);
    QVERIFY(std::isfinite(e.emissionsHighKg));
    QVERIFY(QString::fromStdString(EstimateReport::text(e))
                .contains(QStringLiteral("Emissions:             2.30e+12 Gt CO2e")));
}

// What a person typed comes back in the formula as typed; database figures keep 3 digits.
void TestCalculator::inputsAreShownAsGiven_data()
{
    QTest::addColumn<EstimateInput>("input");
    QTest::addColumn<QString>("energyFormula");
    QTest::addColumn<QString>("emissionsPart");
    // test-gpu 300 W; own hardware with a stated intensity takes the on-premise PUE 1.5.
    QTest::newRow("intensity 1499") << job("test-gpu", 1, 2, Location::custom(1499))
                                    << "energy = 1 x 2 h x 300 W x PUE 1.50 / 1000 = 900 Wh"
                                    << "x 1499 gCO2e/kWh";
    QTest::newRow("ten million hours, whole")
        << job("test-gpu", 1, 1e7, Location::custom(100)) << "energy = 1 x 10000000 h x 300 W"
        << "x 100 gCO2e/kWh";
    QTest::newRow("hours 1234.5") << job("test-gpu", 2, 1234.5, Location::custom(100)) << "energy = 2 x 1234.5 h x"
                                  << "x 100 gCO2e/kWh";
    EstimateInput pue = job("test-gpu", 1, 1, Location::custom(100));
    pue.pue = 1.234;
    QTest::newRow("pue 1.234 given") << pue << "x PUE 1.234 / 1000"
                                     << "x 100 gCO2e/kWh";
    EstimateInput power = job("test-gpu", 1, 1, Location::custom(100));
    power.powerW = 1234.5;
    QTest::newRow("measured 1234.5 W") << power << "x 1234.5 W x PUE 1.50"
                                       << "x 100 gCO2e/kWh";
    // From the database (testcloud r1: 400 g/kWh, PUE 1.1): three significant digits.
    QTest::newRow("region figures") << job("test-gpu", 1, 1, Location::cloud("testcloud", "r1"))
                                    << "x 300 W x PUE 1.10 / 1000"
                                    << "x 400 gCO2e/kWh";
}

void TestCalculator::inputsAreShownAsGiven()
{
    QFETCH(EstimateInput, input);
    QFETCH(QString, energyFormula);
    QFETCH(QString, emissionsPart);
    Catalog catalog = fixture::make();
    const Estimate e = Calculator(catalog).estimate(input);
    const QString energy = QString::fromStdString(EstimateReport::energyFormula(e));
    const QString emissions = QString::fromStdString(EstimateReport::emissionsFormula(e));
    QVERIFY2(energy.contains(energyFormula), qPrintable(energy));
    QVERIFY2(emissions.contains(emissionsPart), qPrintable(emissions));
}

void TestCalculator::equivalentsFromBundledConstants()
{
    auto loaded = DatabaseLoader::load({}, {});
    // 96.4 t = 96,400,000 g. Car (EU) 175 g/km: 550,857 km; economy flight 171 g/km: 563,743 km;
    // tree-year 11,000 g: 8,763.6 tree-years; New York - San Francisco 570,000 g: 169.1 flights.
    auto eq = Equivalents::of(*loaded.catalog, 96400);
    QCOMPARE(eq.size(), std::size_t(5));
    auto find = [&](const char* id) {
        for (const auto& q : eq) {
            if (q.id == id)
                return q;
        }
        return Equivalent{};
    };
    QCOMPARE(find("car_eu_g_per_km").amount, 96400000.0 / 175);
    QCOMPARE(find("flight_economy_g_per_km").amount, 96400000.0 / 171);
    QCOMPARE(find("tree_year_g").amount, 96400000.0 / 11000);
    QCOMPARE(find("flight_nyc_sf_g").amount, 96400000.0 / 570000);
    QVERIFY(!find("tree_year_g").source.empty());
    // The fixture has no such constants: nothing is shown rather than a made-up figure.
    QVERIFY(Equivalents::of(fixture::make(), 96400).empty());
}

void TestCalculator::computeToDeviceHours_data()
{
    QTest::addColumn<EstimateInput>("input");
    QTest::addColumn<double>("deviceHours");
    QTest::addColumn<double>("wallHours");
    QTest::addColumn<double>("dhLow");
    QTest::addColumn<double>("dhHigh");
    QTest::addColumn<double>("energyKwh");
    QTest::addColumn<double>("emissionsKg");
    QTest::addColumn<double>("lowKg");
    QTest::addColumn<double>("highKg");
    // Fixture: test-gpu 1e14 FLOP/s bf16, 2.5e13 fp32; TDP 300 W (250 W elsewhere); XX own hardware:
    // PUE 1.5 (1.6 in 2021), 200 g/kWh (250 in 2022). Published MFU 0.4 (0.25-0.5).

    // 3.6e20 FLOP / (1e14 FLOP/s x 0.5) = 7.2e6 device-seconds = 2000 device-hours; 4 devices: 500 h.
    // 2000 h x 300 W x 1.5 / 1000 = 900 kWh; x 200 g = 180 kg. A given MFU has no range: low
    // 2000 x 250 x 1.5 = 750 kWh x 200 g = 150 kg; high 2000 x 300 x 1.6 = 960 kWh x 250 g = 240 kg.
    EstimateInput flop = job("test-gpu", 4, 0, Location::gridZone("XX"));
    flop.flop = 3.6e20;
    flop.mfu = 0.5;
    QTest::newRow("FLOP, given MFU, 4 devices")
        << flop << 2000.0 << 500.0 << 2000.0 << 2000.0 << 900.0 << 180.0 << 150.0 << 240.0;

    // 6 x 1e9 params x 2e10 tokens = 1.2e20 FLOP. Default MFU 0.4: 1.2e20 / 4e13 = 3e6 s = 833.33 h.
    // MFU 0.5 gives 2.4e6 s = 666.67 h, MFU 0.25 gives 4.8e6 s = 1333.33 h.
    // 833.33 h x 300 W x 1.5 = 375 kWh; x 200 g = 75 kg. Low: 666.67 h x 250 W x 1.5 = 250 kWh x 200 g = 50 kg.
    // High: 1333.33 h x 300 W x 1.6 = 640 kWh x 250 g = 160 kg.
    EstimateInput nd = job("test-gpu", 1, 0, Location::gridZone("XX"));
    nd.params = 1e9;
    nd.tokens = 2e10;
    QTest::newRow("6ND, default MFU and its range")
        << nd << 2500.0 / 3 << 2500.0 / 3 << 2000.0 / 3 << 4000.0 / 3 << 375.0 << 75.0 << 50.0 << 160.0;

    // FP32: 9e19 / (2.5e13 x 1.0) = 3.6e6 s = 1000 device-hours; 2 devices: 500 h.
    // 1000 h x 300 W x 1.5 = 450 kWh; x 200 g = 90 kg. Low 1000 x 250 x 1.5 = 375 kWh x 200 g = 75 kg;
    // high 1000 x 300 x 1.6 = 480 kWh x 250 g = 120 kg.
    EstimateInput fp32 = job("test-gpu", 2, 0, Location::gridZone("XX"));
    fp32.flop = 9e19;
    fp32.mfu = 1;
    fp32.precision = Precision::Fp32;
    QTest::newRow("FP32") << fp32 << 1000.0 << 500.0 << 1000.0 << 1000.0 << 450.0 << 90.0 << 75.0 << 120.0;
}

void TestCalculator::computeToDeviceHours()
{
    QFETCH(EstimateInput, input);
    QFETCH(double, deviceHours);
    QFETCH(double, wallHours);
    QFETCH(double, dhLow);
    QFETCH(double, dhHigh);
    QFETCH(double, energyKwh);
    QFETCH(double, emissionsKg);
    QFETCH(double, lowKg);
    QFETCH(double, highKg);
    const Catalog catalog = fixture::make();
    const Estimate e = Calculator(catalog).estimate(input);
    QVERIFY(e.compute.used);
    QCOMPARE(e.compute.deviceHours, deviceHours);
    QCOMPARE(e.hours, wallHours);
    QCOMPARE(e.compute.deviceHoursBounds.low, dhLow);
    QCOMPARE(e.compute.deviceHoursBounds.high, dhHigh);
    QCOMPARE(e.energyKwh, energyKwh);
    QCOMPARE(e.emissionsKg, emissionsKg);
    QCOMPARE(e.emissionsLowKg, lowKg);
    QCOMPARE(e.emissionsHighKg, highKg);
    QVERIFY(!e.compute.mfuImplied);
    QCOMPARE(e.compute.mfuGiven, input.mfu.has_value());
}

void TestCalculator::impliedMfu_data()
{
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("mfu");
    QTest::addColumn<bool>("implausible");
    // 3.6e20 FLOP on 4 test-gpu (1e14 FLOP/s): MFU = 3.6e20 / (1e14 x 4 x hours x 3600) = 250 / hours.
    QTest::newRow("500 h: 0.5") << 500.0 << 0.5 << false;
    QTest::newRow("1000 h: 0.25") << 1000.0 << 0.25 << false;
    QTest::newRow("50 h: 5, above 1") << 50.0 << 5.0 << true;
    QTest::newRow("10000 h: 0.025, below 0.05") << 10000.0 << 0.025 << true;
}

void TestCalculator::impliedMfu()
{
    QFETCH(double, hours);
    QFETCH(double, mfu);
    QFETCH(bool, implausible);
    const Catalog catalog = fixture::make();
    EstimateInput in = job("test-gpu", 4, hours, Location::gridZone("XX"));
    in.flop = 3.6e20;
    const Estimate e = Calculator(catalog).estimate(in);
    QVERIFY(e.compute.mfuImplied);
    QCOMPARE(e.compute.mfu, mfu);
    QCOMPARE(e.compute.mfuImplausible, implausible);
    // The hours given are the work: 4 x hours x 300 W x 1.5 / 1000 kWh, whatever the MFU.
    QCOMPARE(e.hours, hours);
    QCOMPARE(e.energyKwh, 4 * hours * 0.3 * 1.5);
}

void TestCalculator::computeNeedsAPeakAtThePrecision_data()
{
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QString>("allowed");
    QTest::newRow("no figure at all") << "test-tpu" << Precision::Bf16 << "has none in the data";
    // test-gpu has bf16 and fp32 only: never FP8 guessed from BF16.
    QTest::newRow("no FP8 figure") << "test-gpu" << Precision::Fp8 << "bf16, fp32";
}

void TestCalculator::computeNeedsAPeakAtThePrecision()
{
    QFETCH(QString, hardware);
    QFETCH(Precision, precision);
    QFETCH(QString, allowed);
    const Catalog catalog = fixture::make();
    EstimateInput in = job(qPrintable(hardware), 1, 0, Location::gridZone("XX"));
    in.hardware = hardware.toStdString();
    in.flop = 1e20;
    in.precision = precision;
    try {
        Calculator(catalog).estimate(in);
        QFAIL("no InputError");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), QStringLiteral("precision"));
        QVERIFY2(QString::fromStdString(e.allowed()).contains(allowed), e.what());
    }
}

void TestCalculator::computeOnBundledV100()
{
    // The case: 3.14e23 FLOP (GPT-3) on V100s at 125 TFLOP/s (Epoch AI, tensor) and MFU 0.2:
    // 3.14e23 / (1.25e14 x 0.2) = 1.256e10 device-seconds / 3600 = 3,488,889 device-hours.
    auto catalog = DatabaseLoader::load({}, {}).catalog;
    EstimateInput in = job("nvidia-v100", 1, 0, Location::gridZone("US"));
    in.flop = 3.14e23;
    in.mfu = 0.2;
    const Estimate e = Calculator(*catalog).estimate(in);
    QCOMPARE(e.compute.peakFlops, 1.25e14);
    QCOMPARE(qRound64(e.compute.deviceHours), Q_INT64_C(3488889));
    QCOMPARE(e.compute.peakSource.sourceId, std::string("epoch"));
}
QTEST_GUILESS_MAIN(TestCalculator)
#include "TestCalculator.moc"
