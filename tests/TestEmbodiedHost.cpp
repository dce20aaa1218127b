// The host server's embodied share and the total of operational and embodied emissions, both only
// when asked for, computed by hand from the fixture (FixtureCatalog.h): host server 4000 kg over 8
// devices = 500 kg per device, low end 250 kg; lifetimes cloud 3 y at 0.5 (13149 h in use), own
// hardware 5 y at 0.2 (8766 h), longest 6 y.
#include "Calculator.h"
#include "EmbodiedChoice.h"
#include "FixtureCatalog.h"
#include "ImpactReport.h"
#include "LatexReport.h"
#include "MethodText.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace mlcarbon;

Q_DECLARE_METATYPE(Location)

namespace {

EstimateInput job(const std::string& hardware, const Location& where, double count, double hours)
{
    EstimateInput in;
    in.hardware = hardware;
    in.count = count;
    in.hours = hours;
    in.location = where;
    in.embodiedHost = true;
    return in;
}

bool hasLine(const Estimate& e, const std::string& label, const std::string& start = {})
{
    for (const auto& [l, text] : ImpactReport::resultLines(e)) {
        if (l == label && text.starts_with(start))
            return true;
    }
    return false;
}

}  // namespace

class TestEmbodiedHost : public QObject {
    Q_OBJECT
private slots:
    void hostShare_data();
    void hostShare();
    void hostIsOffByDefault();
    void noHostForACpu();
    void noDeviceFigureMeansNone();
    void totalOnlyWhenAsked();
    void reportsSayWhatIsLeftOut();

private:
    Catalog m_catalog = fixture::make();
    Calculator m_calc{m_catalog};
};

void TestEmbodiedHost::hostShare_data()
{
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<Location>("where");
    QTest::addColumn<double>("count");
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("deviceKg");
    QTest::addColumn<double>("hostKg");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // zeta-npu (product footprint 200 kg; no die model, not a GPU: no flat figure), 2 x 10 h = 20
    // device-hours in the cloud: device 200 x 20 / 13149 = 0.304206; host 500 x 20 / 13149 = 0.760514.
    // Low end at 6 y (26298 h): (200 + 250) x 20 / 26298 = 0.342231; high end at 3 y: 0.304206 + 0.760514.
    QTest::newRow("cloud, product footprint")
        << "zeta-npu" << Location::cloud("testcloud", "r1") << 2.0 << 10.0 << 200.0 * 20 / 13149 << 500.0 * 20 / 13149
        << 450.0 * 20 / 26298 << 700.0 * 20 / 13149;
    // test-gpu (die model 5 cm2 x 2000 g + 30000 g = 40 kg; flat GPU figure 150 kg) on own hardware for
    // 8766 h = its whole in-use life (5 y x 0.2): device 40 kg, host 500 kg. Low end at 6 y (10519.2 h in
    // use, x 5/6): (40 + 250) x 5/6 = 241.667; high end at 3 y (x 5/3): (150 + 500) x 5/3 = 1083.33.
    QTest::newRow("own hardware, die model")
        << "test-gpu" << Location::gridZone("XX") << 1.0 << 8766.0 << 40.0 << 500.0 << 290.0 * 5 / 6 << 650.0 * 5 / 3;
}

void TestEmbodiedHost::hostShare()
{
    QFETCH(QString, hardware);
    QFETCH(Location, where);
    QFETCH(double, count);
    QFETCH(double, hours);
    QFETCH(double, deviceKg);
    QFETCH(double, hostKg);
    QFETCH(double, low);
    QFETCH(double, high);
    const Estimate e = m_calc.estimate(job(hardware.toStdString(), where, count, hours));
    QVERIFY(e.embodied && e.embodied->host);
    QVERIFY(qFuzzyCompare(e.embodied->deviceKg, deviceKg));
    QVERIFY(qFuzzyCompare(e.embodied->host->kg, hostKg));
    QVERIFY(qFuzzyCompare(e.embodied->kg, deviceKg + hostKg));
    QVERIFY(qFuzzyCompare(e.embodied->host->perDeviceKg, 500.0));
    QVERIFY(qFuzzyCompare(e.embodied->bounds.low, low));
    QVERIFY(qFuzzyCompare(e.embodied->bounds.high, high));
    // The CSV cell and the JSON carry the total with the host, and the host part apart.
    QCOMPARE(*ImpactReport::embodiedKg(e), e.embodied->kg);
    nlohmann::ordered_json j;
    ImpactReport::addJson(j, e);
    QVERIFY(qFuzzyCompare(j["embodied"]["host"]["kg"].get<double>(), hostKg));
    QCOMPARE(j["embodied"]["host"]["devices_per_server"].get<double>(), 8.0);
    QVERIFY(hasLine(e, "of which host server"));
    // The operational figure is the same with or without the host share.
    EstimateInput off = e.input;
    off.embodiedHost = false;
    const Estimate without = m_calc.estimate(off);
    QCOMPARE(without.emissionsKg, e.emissionsKg);
    QVERIFY(qFuzzyCompare(without.embodied->kg, deviceKg));
    QVERIFY(!without.embodied->host);
}

void TestEmbodiedHost::hostIsOffByDefault()
{
    EstimateInput in = job("zeta-npu", Location::cloud("testcloud", "r1"), 2, 10);
    in.embodiedHost = EstimateInput{}.embodiedHost;
    QVERIFY(!in.embodiedHost);
    const Estimate e = m_calc.estimate(in);
    QVERIFY(!e.embodied->host);
    QVERIFY(e.embodied->hostNone.empty());
    QVERIFY(!hasLine(e, "of which host server"));
}

void TestEmbodiedHost::noHostForACpu()
{
    Hardware cpu;
    cpu.kind = HardwareKind::Cpu;
    std::string none;
    QVERIFY(!EmbodiedChoice::hostOf(m_catalog, cpu, none));
    QVERIFY2(none.find("CPU") != std::string::npos, none.c_str());
    Hardware gpu;
    gpu.kind = HardwareKind::Gpu;
    none.clear();
    const auto host = EmbodiedChoice::hostOf(m_catalog, gpu, none);
    QVERIFY(host && none.empty());
    QCOMPARE(host->perDeviceBounds.low, 250.0);
    QCOMPARE(host->perDeviceBounds.high, 500.0);
}

void TestEmbodiedHost::noDeviceFigureMeansNone()
{
    // test-tpu has no embodied figure: the host alone would understate it, so the line is "none", not
    // the host's share, and no total is shown even when asked.
    EstimateInput in = job("test-tpu", Location::cloud("testcloud", "r1"), 1, 10);
    in.embodiedTotal = true;
    const Estimate e = m_calc.estimate(in);
    QVERIFY(!e.embodied->figure.known());
    QVERIFY(!ImpactReport::embodiedKg(e));
    QVERIFY(!e.totalWithEmbodied());
    QVERIFY(hasLine(e, "Embodied (scope 3)", "none: "));
    QVERIFY(hasLine(e, "Total with embodied", "none: "));
}

void TestEmbodiedHost::totalOnlyWhenAsked()
{
    // zeta-npu 2 x 10 h in r1: 150 W x 20 h = 3 kWh x PUE 1.1 = 3.3 kWh x 400 g = 1.32 kg (range: TDP has
    // no alternatives; PUE 1.1 region to 1.2 fleet; intensity 300 to 400, the undated 500 is no bound:
    // 3 x 1.1 x 0.3 = 0.99 to 3 x 1.2 x 0.4 = 1.44 kg); embodied 200 x 20 / 13149 = 0.304206 kg (range
    // 200 x 20 / 26298 = 0.152103 to 0.304206). Total 1.624206 (1.142103 to 1.744206).
    EstimateInput in = job("zeta-npu", Location::cloud("testcloud", "r1"), 2, 10);
    in.embodiedHost = false;
    const Estimate plain = m_calc.estimate(in);
    QVERIFY(!plain.totalWithEmbodied());
    QVERIFY(!hasLine(plain, "Total with embodied"));
    in.embodiedTotal = true;
    const Estimate e = m_calc.estimate(in);
    const auto total = e.totalWithEmbodied();
    QVERIFY(total);
    QVERIFY(qFuzzyCompare(e.emissionsKg, 1.32));
    QVERIFY(qFuzzyCompare(total->kg, 1.32 + 4000.0 / 13149));
    QVERIFY(qFuzzyCompare(total->bounds.low, 0.99 + 4000.0 / 26298));
    QVERIFY(qFuzzyCompare(total->bounds.high, 1.44 + 4000.0 / 13149));
    QVERIFY(hasLine(e, "Total with embodied"));
    QCOMPARE(e.emissionsKg, plain.emissionsKg);  // the location-based figure stays as it was
    nlohmann::ordered_json j;
    ImpactReport::addJson(j, e);
    QVERIFY(qFuzzyCompare(j["embodied"]["total"]["kg"].get<double>(), total->kg));
    ImpactReport::addJson(j, plain);
    QVERIFY(j["embodied"]["total"].is_null());
    QVERIFY(LatexReport::paragraph(e).find("together come to") != std::string::npos);
    QVERIFY(LatexReport::paragraph(plain).find("together come to") == std::string::npos);
    // Turning embodied off takes the total with it.
    in.embodied = false;
    QVERIFY(!m_calc.estimate(in).totalWithEmbodied());
}

void TestEmbodiedHost::reportsSayWhatIsLeftOut()
{
    EstimateInput in = job("zeta-npu", Location::cloud("testcloud", "r1"), 1, 1);
    in.embodiedHost = false;
    QVERIFY(MethodText::notCovered(m_calc.estimate(in)).find("host server") != std::string::npos);
    in.embodiedHost = true;
    const std::string withHost = MethodText::notCovered(m_calc.estimate(in));
    QVERIFY2(withHost.find("host server") == std::string::npos, withHost.c_str());
    QVERIFY(withHost.find("embodied") == std::string::npos);
    in.embodied = false;
    QVERIFY(MethodText::notCovered(m_calc.estimate(in)).find("embodied emissions of the hardware")
            != std::string::npos);
}

QTEST_APPLESS_MAIN(TestEmbodiedHost)
#include "TestEmbodiedHost.moc"
