// Beyond the electricity: the water of a job (on-site and off-site), its embodied line and the
// serving figures, through the calculator, computed by hand from the fixture (FixtureCatalog.h).
// Every case also checks that none of them changes the location-based emissions.
#include "Calculator.h"
#include "FixtureCatalog.h"
#include "ImpactReport.h"
#include "InputError.h"
#include "InputRules.h"
#include "ProjectBudget.h"
#include "ProjectCalculator.h"
#include "ProjectFile.h"
#include "ProjectReport.h"
#include "WhatIf.h"

#include <QtTest>

using namespace mlcarbon;

Q_DECLARE_METATYPE(Location)

namespace {

EstimateInput job(const Location& where, double count, double hours)
{
    EstimateInput in;
    in.hardware = "test-gpu";  // 300 W TDP; other sources 250 W
    in.count = count;
    in.hours = hours;
    in.location = where;
    return in;
}

}  // namespace

class TestBeyondElectricity : public QObject {
    Q_OBJECT
private slots:
    void water_data();
    void water();
    void waterRange();
    void givenWueIsDroppedOnAMove();
    void turningOffLeavesTheEmissions();
    void embodiedLine();
    void serving();
    void rules_data();
    void rules();
    void projectSumsAndBudgets();
    void projectFileKeepsTheNewKeys();

private:
    Catalog m_catalog = fixture::make();
    Calculator m_calc{m_catalog};
};

void TestBeyondElectricity::water_data()
{
    QTest::addColumn<Location>("where");
    QTest::addColumn<double>("wue");  // < 0: none given
    QTest::addColumn<int>("origin");
    QTest::addColumn<double>("onsite");
    QTest::addColumn<double>("offsite");
    QTest::addColumn<bool>("offsiteKnown");
    // One test-gpu for 10 h at 300 W: IT energy 3 kWh.
    // r1: its own WUE 0.2: on-site 3 x 0.2 = 0.6 L; PUE 1.1 (region), XX 4 L/kWh: off-site 3 x 1.1 x 4 = 13.2 L.
    QTest::newRow("region WUE") << Location::cloud("testcloud", "r1") << -1.0 << int(WueOrigin::Region) << 0.6 << 13.2
                                << true;
    // r2: no WUE of its own: the fleet's 0.5: 1.5 L; PUE 1.2 (fleet): 3 x 1.2 x 4 = 14.4 L.
    QTest::newRow("provider fleet") << Location::cloud("testcloud", "r2") << -1.0 << int(WueOrigin::ProviderFleet)
                                    << 1.5 << 14.4 << true;
    // o1: no WUE for othercloud: the industry default 2.0: 6 L; country YY has no off-site figure.
    QTest::newRow("industry default, no off-site figure")
        << Location::cloud("othercloud", "o1") << -1.0 << int(WueOrigin::IndustryDefault) << 6.0 << 0.0 << false;
    // Own hardware in XX: industry 2.0: 6 L; PUE 1.5 (on-premise): 3 x 1.5 x 4 = 18 L.
    QTest::newRow("own hardware") << Location::gridZone("XX") << -1.0 << int(WueOrigin::IndustryDefault) << 6.0 << 18.0
                                  << true;
    // A subdivision takes its country's off-site figure: the same 18 L.
    QTest::newRow("subdivision") << Location::gridZone("XX-AB") << -1.0 << int(WueOrigin::IndustryDefault) << 6.0
                                 << 18.0 << true;
    // A stated intensity has no country: no off-site figure.
    QTest::newRow("custom intensity") << Location::custom(100) << -1.0 << int(WueOrigin::IndustryDefault) << 6.0 << 0.0
                                      << false;
    // A given WUE wins over the region's: 3 x 1.0 = 3 L.
    QTest::newRow("given") << Location::cloud("testcloud", "r1") << 1.0 << int(WueOrigin::Given) << 3.0 << 13.2 << true;
}

void TestBeyondElectricity::water()
{
    QFETCH(Location, where);
    QFETCH(double, wue);
    QFETCH(int, origin);
    QFETCH(double, onsite);
    QFETCH(double, offsite);
    QFETCH(bool, offsiteKnown);
    EstimateInput in = job(where, 1, 10);
    if (wue >= 0)
        in.wue = wue;
    const Estimate e = m_calc.estimate(in);
    QVERIFY(e.water);
    QCOMPARE(int(e.water->wueOrigin), origin);
    QCOMPARE(e.water->itKwh, 3.0);
    QVERIFY(qFuzzyCompare(e.water->onsiteL, onsite));
    QVERIFY(qFuzzyCompare(1 + e.water->offsiteL, 1 + offsite));
    QCOMPARE(e.water->offsiteLPerKwh.has_value(), offsiteKnown);
    QVERIFY(qFuzzyCompare(e.water->litres(), onsite + offsite));
    // A place without an off-site figure says so, naming it; never a silent 0.
    QCOMPARE(e.water->offsiteNone.empty(), offsiteKnown);
    QVERIFY(!e.water->wueSource.source.empty());
}

void TestBeyondElectricity::waterRange()
{
    // 10 test-gpu x 10 h in r1. IT energy 100 device-h x 250..300 W = 25..30 kWh. PUE 1.1..1.2 (region 1.1,
    // fleet 1.2, 1.1 of 2023). WUE 0.2..0.5 (region 0.2, fleet 0.5, 0.4 of 2023; 0.9 of 2018 too old).
    // low = 25 x (0.2 + 1.1 x 4) = 115 L; high = 30 x (0.5 + 1.2 x 4) = 159 L; the figure 30 x (0.2 + 1.1 x 4) = 138 L.
    const Estimate e = m_calc.estimate(job(Location::cloud("testcloud", "r1"), 10, 10));
    QVERIFY(qFuzzyCompare(e.water->litres(), 138.0));
    QVERIFY(qFuzzyCompare(e.water->bounds.low, 115.0));
    QVERIFY(qFuzzyCompare(e.water->bounds.high, 159.0));
    QCOMPARE(e.water->wueBounds.low, 0.2);
    QCOMPARE(e.water->wueBounds.high, 0.5);
    // The equivalent: 138 L / 2 L per day = 69 days of an adult's drinking water.
    bool shown = false;
    for (const auto& [label, text] : ImpactReport::resultLines(e))
        shown = shown || (label == "Water equivalent" && text.starts_with("69.0 days"));
    QVERIFY(shown);
}

void TestBeyondElectricity::givenWueIsDroppedOnAMove()
{
    // A WUE is a facility's, like a PUE: moving the job drops it, with a note, and the new place's applies.
    EstimateInput in = job(Location::cloud("testcloud", "r1"), 1, 10);
    in.wue = 1.0;
    const WhatIfEdit moved = WhatIf::movedTo(in, Location::cloud("testcloud", "r2"));
    QVERIFY(!moved.input.wue);
    bool noted = false;
    for (const auto& n : moved.notes)
        noted = noted || n.field == "wue";
    QVERIFY(noted);
    QCOMPARE(int(m_calc.estimate(moved.input).water->wueOrigin), int(WueOrigin::ProviderFleet));
}

void TestBeyondElectricity::turningOffLeavesTheEmissions()
{
    // 10 x 10 h in r1: 30 kWh x 1.1 = 33 kWh x 400 g = 13.2 kg, with or without embodied and water.
    EstimateInput in = job(Location::cloud("testcloud", "r1"), 10, 10);
    const Estimate on = m_calc.estimate(in);
    in.embodied = false;
    in.water = false;
    const Estimate off = m_calc.estimate(in);
    QVERIFY(qFuzzyCompare(on.emissionsKg, 13.2));
    QCOMPARE(off.emissionsKg, on.emissionsKg);
    QCOMPARE(off.emissionsHighKg, on.emissionsHighKg);
    QCOMPARE(off.energyKwh, on.energyKwh);
    QVERIFY(on.embodied && on.water);
    QVERIFY(!off.embodied && !off.water);
    QVERIFY(ImpactReport::resultLines(off).empty());
    QVERIFY(!ImpactReport::embodiedKg(off) && !ImpactReport::waterLitres(off));
}

void TestBeyondElectricity::embodiedLine()
{
    // 10 test-gpu x 10 h in the cloud: 40 kg x 100 device-h / (3 y x 8766 h x 0.5 = 13149 h) = 0.304206 kg.
    const Estimate e = m_calc.estimate(job(Location::cloud("testcloud", "r1"), 10, 10));
    QVERIFY(qFuzzyCompare(e.embodied->kg, 4000.0 / 13149));
    QCOMPARE(*ImpactReport::embodiedKg(e), e.embodied->kg);
    // The same on own hardware in XX: 5 y at 0.2 = 8766 h in use: 4000 / 8766 = 0.456308 kg.
    const Estimate own = m_calc.estimate(job(Location::gridZone("XX"), 10, 10));
    QVERIFY(qFuzzyCompare(own.embodied->kg, 4000.0 / 8766));
    // A lifetime and share given: 40 x 100 / (4 x 8766 x 0.25 = 8766) = 0.456308 kg in the cloud too.
    EstimateInput in = job(Location::cloud("testcloud", "r1"), 10, 10);
    in.lifetimeYears = 4;
    in.activeShare = 0.25;
    QVERIFY(qFuzzyCompare(m_calc.estimate(in).embodied->kg, 4000.0 / 8766));
    // No figure: "none" with the reason, and an empty CSV cell, never 0.
    in.hardware = "test-tpu";
    const Estimate none = m_calc.estimate(in);
    QVERIFY(!none.embodied->figure.known());
    QVERIFY(!ImpactReport::embodiedKg(none));
    bool said = false;
    for (const auto& [label, text] : ImpactReport::resultLines(none))
        said = said || (label == "Embodied (scope 3)" && text.starts_with("none: no embodied figure"));
    QVERIFY(said);
}

void TestBeyondElectricity::serving()
{
    // 10 x 10 h in r1: 33 kWh, 13.2 kg, 138 L. 1,000 requests: 0.033 kWh, 13.2 g and 138 mL each;
    // 1e6 tokens: per 1,000 tokens 0.033 kWh, 13.2 g, 138 mL.
    EstimateInput in = job(Location::cloud("testcloud", "r1"), 10, 10);
    in.requests = 1000;
    in.servedTokens = 1e6;
    const Estimate e = m_calc.estimate(in);
    QVERIFY(e.serving);
    QVERIFY(qFuzzyCompare(e.serving->kwhPerRequest, 0.033));
    QVERIFY(qFuzzyCompare(e.serving->gPerRequest, 13.2));
    QVERIFY(qFuzzyCompare(e.serving->waterMlPerRequest, 138.0));
    QVERIFY(qFuzzyCompare(e.serving->kwhPer1kTokens, 0.033));
    QVERIFY(qFuzzyCompare(e.serving->gPer1kTokens, 13.2));
    QVERIFY(qFuzzyCompare(e.serving->waterMlPer1kTokens, 138.0));
    in.requests.reset();
    in.servedTokens.reset();
    QVERIFY(!m_calc.estimate(in).serving);
}

void TestBeyondElectricity::rules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("lifetime 0") << "lifetime-years"
                                << "0";
    QTest::newRow("lifetime 31") << "lifetime-years"
                                 << "31";
    QTest::newRow("share 1.5") << "active-share"
                               << "1.5";
    QTest::newRow("share 0") << "active-share"
                             << "0";
    QTest::newRow("wue negative") << "wue"
                                  << "-0.1";
    QTest::newRow("wue 25") << "wue"
                            << "25";
    QTest::newRow("requests 0") << "requests"
                                << "0";
    QTest::newRow("tokens text") << "served-tokens"
                                 << "many";
}

void TestBeyondElectricity::rules()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const std::string t = text.toStdString();
    try {
        if (field == "lifetime-years")
            InputRules::lifetimeYears(t);
        else if (field == "active-share")
            InputRules::activeShare(t);
        else if (field == "wue")
            InputRules::wue(t);
        else if (field == "requests")
            InputRules::requests(t);
        else
            InputRules::servedTokens(t);
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), field);
    }
}

void TestBeyondElectricity::projectSumsAndBudgets()
{
    // Item 1 (training): 10 test-gpu x 10 h in r1: 13.2 kg, embodied 4000 / 13149 = 0.304206 kg, water 138 L.
    // Item 2 (inference): 1 test-tpu x 10 h at 100 W, own hardware in XX: IT 1 kWh x PUE 1.5 = 1.5 kWh x 200 g
    // = 0.3 kg; no embodied figure (a multi-die package); water 1 x 2.0 + 1 x 1.5 x 4 = 8 L.
    Project p;
    p.items.push_back({"train", "training", job(Location::cloud("testcloud", "r1"), 10, 10), {}});
    EstimateInput serve = job(Location::gridZone("XX"), 1, 10);
    serve.hardware = "test-tpu";
    p.items.push_back({"serve", "inference", serve, {}});
    p.budgetKg = 10;
    p.phaseBudgetsKg = {{"training", 20}, {"inference", 0.2}};
    const ProjectResult r = ProjectCalculator::compute(m_calc, p);
    QVERIFY(qFuzzyCompare(r.emissionsKg, 13.5));
    QVERIFY(qFuzzyCompare(r.embodiedKg, 4000.0 / 13149));
    QCOMPARE(r.embodiedItems, 1);
    QCOMPARE(r.embodiedMissing, 1);
    QVERIFY(qFuzzyCompare(r.waterL, 146.0));
    QCOMPARE(r.waterItems, 2);
    const std::string beyond = ProjectReport::beyondText(r);
    QVERIFY2(beyond.find("over 1 items; 1 without a figure") != std::string::npos, beyond.c_str());
    // Budgets: the project 13.5 of 10 kg, 3.5 kg over; training 13.2 of 20, 6.8 left; inference 0.3 of 0.2 over.
    const std::vector<BudgetUse> b = ProjectBudget::of(p, r);
    QCOMPARE(b.size(), std::size_t(3));
    QVERIFY(b[0].scope.empty() && b[0].over());
    QVERIFY(qFuzzyCompare(-b[0].leftKg(), 3.5));
    QCOMPARE(b[1].scope, std::string("training"));
    QVERIFY(!b[1].over() && qFuzzyCompare(b[1].leftKg(), 6.8));
    QCOMPARE(b[2].scope, std::string("inference"));
    QVERIFY(b[2].over() && qFuzzyCompare(b[2].share(), 1.5));
    QCOMPARE(ProjectBudget::text(b[0]),
             std::string("whole project: 13.5 kg CO2e of 10.0 kg CO2e (135 %), 3.50 kg CO2e over"));
    // Bad budgets as typed are refused naming the field; empty is none.
    QVERIFY(!ProjectBudget::parse(" "));
    QCOMPARE(*ProjectBudget::parse("500"), 500.0);
    for (const char* bad : {"0", "-1", "abc", "2e15"}) {
        try {
            ProjectBudget::parse(bad);
            QFAIL(bad);
        } catch (const InputError& e) {
            QCOMPARE(e.field(), std::string("budget"));
        }
    }
}

void TestBeyondElectricity::projectFileKeepsTheNewKeys()
{
    Project p;
    p.name = "keys";
    EstimateInput in = job(Location::cloud("testcloud", "r1"), 2, 5);
    in.embodied = false;
    in.lifetimeYears = 4;
    in.activeShare = 0.3;
    in.wue = 0.7;
    in.requests = 1000;
    in.servedTokens = 5e6;
    p.items.push_back({"a", "inference", in, {}});
    p.budgetKg = 12.5;
    p.phaseBudgetsKg = {{"inference", 3}};
    const ProjectFile::Result back = ProjectFile::read(ProjectFile::write(p), "keys.mlcarbon.json");
    QVERIFY(back.warnings.empty());
    QVERIFY(back.project.items.front().input == in);
    QCOMPARE(back.project.budgetKg, p.budgetKg);
    QCOMPARE(back.project.phaseBudgetsKg, p.phaseBudgetsKg);
    // A budget of an unknown phase, or not a number, names the key.
    for (const char* bad : {R"("phase_budgets_kg": {"pretraining": 3})", R"("budget_kg": "lots")"}) {
        const std::string text =
            R"({"format": "mlcarbon-project", "version": 1, )" + std::string(bad)
            + R"(, "items": [{"hardware": "test-gpu", "hours": 1, "location": {"kind": "zone", "code": "XX"}}]})";
        try {
            ProjectFile::read(text, "bad.mlcarbon.json");
            QFAIL(bad);
        } catch (const ProjectError& e) {
            QVERIFY2(std::string(e.what()).find("budget") != std::string::npos, e.what());
        }
    }
}

QTEST_APPLESS_MAIN(TestBeyondElectricity)
#include "TestBeyondElectricity.moc"
