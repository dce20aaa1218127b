// A job that runs part of each day (hours a day x days): the input rules, the what-if rule that
// makes the hours, the estimate, the text and the project file, by hand from the fixture
// (FixtureCatalog.h: test-gpu 300 W; own hardware in XX: PUE 1.5, 200 g/kWh).
#include "Calculator.h"
#include "EstimateReport.h"
#include "FixtureCatalog.h"
#include "InputError.h"
#include "InputRules.h"
#include "ProjectFile.h"
#include "WhatIf.h"

#include <QtTest>

#include <nlohmann/json.hpp>

using namespace mlcarbon;

namespace {

EstimateInput ownHardwareJob()
{
    EstimateInput in;
    in.hardware = "test-gpu";
    in.location = Location::gridZone("XX");
    return in;
}

WhatIfChanges schedule(std::optional<double> perDay, std::optional<double> days)
{
    WhatIfChanges c;
    c.hoursPerDay = perDay;
    c.days = days;
    return c;
}

}  // namespace

class TestServingSchedule : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void hoursFromTheSchedule();
    void partialChanges();
    void conflictsAreErrors_data();
    void conflictsAreErrors();
    void estimateAndText();
    void projectFileKeepsTheSchedule();
    void badProjectSchedule();

private:
    Catalog m_catalog = fixture::make();
    Calculator m_calc{m_catalog};
};

void TestServingSchedule::rules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("24 h a day") << "hours-per-day"
                                << "24" << true;
    QTest::newRow("0.5 h a day") << "hours-per-day"
                                 << "0.5" << true;
    QTest::newRow("25 h a day") << "hours-per-day"
                                << "25" << false;
    QTest::newRow("0 h a day") << "hours-per-day"
                               << "0" << false;
    QTest::newRow("words") << "hours-per-day"
                           << "eight" << false;
    QTest::newRow("365 days") << "days"
                              << "365" << true;
    QTest::newRow("0 days") << "days"
                            << "0" << false;
    QTest::newRow("-3 days") << "days"
                             << "-3" << false;
    QTest::newRow("more days than 1e9 h") << "days"
                                          << "5e7" << false;  // 5e7 x 24 h > 1e9 h
}

void TestServingSchedule::rules()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    try {
        field == "days" ? InputRules::days(text.toStdString()) : InputRules::hoursPerDay(text.toStdString());
        QVERIFY2(ok, "accepted");
    } catch (const InputError& e) {
        QVERIFY2(!ok, e.what());
        QCOMPARE(QString::fromStdString(e.field()), field);
        QVERIFY(!e.reason().empty());
    }
}

void TestServingSchedule::hoursFromTheSchedule()
{
    // 8 h a day for 18 days = 144 h (BLOOM's deployment ran 18 days, Luccioni et al. 2023).
    const WhatIfEdit edit = WhatIf::apply(ownHardwareJob(), schedule(8, 18));
    QCOMPARE(edit.input.hours, 144.0);
    QCOMPARE(*edit.input.hoursPerDay, 8.0);
    QCOMPARE(*edit.input.days(), 18.0);
    // Hours given later end the schedule: the job ran 100 h, no longer "8 h a day".
    WhatIfChanges hours;
    hours.hours = 100;
    const WhatIfEdit replaced = WhatIf::apply(edit.input, hours);
    QCOMPARE(replaced.input.hours, 100.0);
    QVERIFY(!replaced.input.hoursPerDay);
    QVERIFY(!replaced.input.days());
}

void TestServingSchedule::partialChanges()
{
    const EstimateInput scheduled = WhatIf::apply(ownHardwareJob(), schedule(8, 18)).input;
    // Hours a day alone keeps the days: 12 h x 18 days = 216 h.
    const EstimateInput longer = WhatIf::apply(scheduled, schedule(12, std::nullopt)).input;
    QCOMPARE(longer.hours, 216.0);
    QCOMPARE(*longer.days(), 18.0);
    // Days alone keeps the hours a day: 8 h x 30 days = 240 h.
    const EstimateInput month = WhatIf::apply(scheduled, schedule(std::nullopt, 30)).input;
    QCOMPARE(month.hours, 240.0);
    QCOMPARE(*month.hoursPerDay, 8.0);
}

void TestServingSchedule::conflictsAreErrors_data()
{
    QTest::addColumn<bool>("withHours");
    QTest::addColumn<double>("perDay");  // < 0: not given
    QTest::addColumn<double>("days");
    QTest::addColumn<QString>("field");
    QTest::newRow("hours and days") << true << -1.0 << 10.0 << "days";
    QTest::newRow("hours and hours a day") << true << 8.0 << -1.0 << "hours-per-day";
    QTest::newRow("hours a day without days") << false << 8.0 << -1.0 << "hours-per-day";
    QTest::newRow("days without hours a day") << false << -1.0 << 10.0 << "days";
}

void TestServingSchedule::conflictsAreErrors()
{
    QFETCH(bool, withHours);
    QFETCH(double, perDay);
    QFETCH(double, days);
    QFETCH(QString, field);
    EstimateInput in = ownHardwareJob();
    in.hours = 5;  // a job given in hours, no schedule
    WhatIfChanges c = schedule(perDay > 0 ? std::optional<double>(perDay) : std::nullopt,
                               days > 0 ? std::optional<double>(days) : std::nullopt);
    if (withHours)
        c.hours = 24;
    try {
        WhatIf::apply(in, c);
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), field);
    }
}

void TestServingSchedule::estimateAndText()
{
    // 8 h a day for 18 days = 144 h: 300 W x 144 h = 43.2 kWh x PUE 1.5 = 64.8 kWh x 200 g = 12.96 kg,
    // the same as 144 h given as hours.
    const Estimate e = m_calc.estimate(WhatIf::apply(ownHardwareJob(), schedule(8, 18)).input);
    QVERIFY(qFuzzyCompare(e.energyKwh, 64.8));
    QVERIFY(qFuzzyCompare(e.emissionsKg, 12.96));
    QCOMPARE(EstimateReport::scheduleText(e), std::string("8 h a day for 18 days"));
    QVERIFY(EstimateReport::text(e, {}).find("144 h per device (8 h a day for 18 days;") != std::string::npos);
    const auto j = nlohmann::json::parse(EstimateReport::json(e, {}));
    QCOMPARE(j["hours_per_day"].get<double>(), 8.0);
    QCOMPARE(j["days"].get<double>(), 18.0);
    // A part day stays a part day: 6 h x 2.5 days = 15 h.
    const Estimate part = m_calc.estimate(WhatIf::apply(ownHardwareJob(), schedule(6, 2.5)).input);
    QCOMPARE(part.hours, 15.0);
    QCOMPARE(EstimateReport::scheduleText(part), std::string("6 h a day for 2.50 days"));
    // Without a schedule: no text, null keys.
    EstimateInput plain = ownHardwareJob();
    plain.hours = 144;
    const Estimate p = m_calc.estimate(plain);
    QVERIFY(EstimateReport::scheduleText(p).empty());
    QVERIFY(nlohmann::json::parse(EstimateReport::json(p, {}))["days"].is_null());
    QCOMPARE(p.emissionsKg, e.emissionsKg);
}

void TestServingSchedule::projectFileKeepsTheSchedule()
{
    Project p;
    p.name = "serving";
    EstimateInput in = WhatIf::apply(ownHardwareJob(), schedule(8, 30)).input;
    in.embodiedHost = true;
    in.embodiedTotal = true;
    p.items.push_back({"api", "inference", in, {}});
    const std::string text = ProjectFile::write(p);
    const ProjectFile::Result back = ProjectFile::read(text, "serving.mlcarbon.json");
    QVERIFY(back.warnings.empty());
    QVERIFY(back.project.items.front().input == in);
    QCOMPARE(*back.project.items.front().input.days(), 30.0);
    // Defaults are not written: an item without them reads back with the host off and no total.
    QVERIFY(text.find("\"embodied_host\": true") != std::string::npos);
    p.items.front().input.embodiedHost = false;
    p.items.front().input.embodiedTotal = false;
    QVERIFY(ProjectFile::write(p).find("embodied_host") == std::string::npos);
}

void TestServingSchedule::badProjectSchedule()
{
    for (const char* bad : {R"("hours": 10, "hours_per_day": 30)", R"("hours": 10, "hours_per_day": "8")",
                            R"("flop": 1e20, "hours_per_day": 8)"}) {
        const std::string text = R"({"format": "mlcarbon-project", "version": 1, "items": [{"hardware": "test-gpu", )"
                                 + std::string(bad) + R"(, "location": {"kind": "zone", "code": "XX"}}]})";
        try {
            ProjectFile::read(text, "bad.mlcarbon.json");
            QFAIL(bad);
        } catch (const ProjectError& e) {
            const std::string what = e.what();
            QVERIFY2(what.find("hours_per_day") != std::string::npos, e.what());
            QVERIFY2(what.find("bad.mlcarbon.json") != std::string::npos, e.what());
        }
    }
}

QTEST_APPLESS_MAIN(TestServingSchedule)
#include "TestServingSchedule.moc"
