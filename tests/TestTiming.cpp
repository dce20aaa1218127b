// When to run: the timing rules on hand-made series (savings computed by hand in each comment), the query
// that picks the hours of a place (daylight saving, year ends, typical days, flat series), and the readers
// of hourly data (imports and the bundled binary), each error naming where.
#include "Calculator.h"
#include "CalendarHours.h"
#include "DataError.h"
#include "FixtureCatalog.h"
#include "HourlyCsv.h"
#include "HourlyDatabase.h"
#include "InputError.h"
#include "TimingPlanner.h"
#include "WhenQuery.h"
#include "WhenReport.h"

#include <QtTest>

#include <cmath>

using namespace mlcarbon;

namespace {

// 12 dirty hours (500 g) then 12 clean ones (100 g), `days` times.
std::vector<double> squareWave(int days)
{
    std::vector<double> g;
    for (int d = 0; d < days; ++d) {
        g.insert(g.end(), 12, 500.0);
        g.insert(g.end(), 12, 100.0);
    }
    return g;
}

HourlySeries series(const std::string& zone, int year, double (*valueAt)(int hour), int hours = 0)
{
    HourlySeries s;
    s.zone = zone;
    s.year = year;
    s.sourceId = "test";
    s.source = "test series";
    s.file = "test";
    const int n = hours ? hours : CalendarHours::hoursInYear(year);
    for (int h = 0; h < n; ++h)
        s.stored.push_back(static_cast<std::uint16_t>(std::lround(valueAt(h) * HourlySeries::kScale)));
    return s;
}

double dayAndNight(int hour)
{
    return hour % 24 < 12 ? 500 : 100;  // UTC 00-11 dirty, 12-23 clean
}

double constant300(int)
{
    return 300;
}

double constant50(int)
{
    return 50;
}

}  // namespace

class TestTiming : public QObject {
    Q_OBJECT
private slots:
    void squareWaveSavesEighty();
    void partHourAndMinimumSlot();
    void jobLongerThanTheWindow();
    void deadline();
    void flatSeriesSavesNothing();
    void yearDistribution();
    void calendar();
    void daylightSavingInLocalTime();
    void yearEnd();
    void typicalDay();
    void placeWithoutHours();
    void reportsSayIt();
    void csvImport_data();
    void csvImport();
    void csvImportErrors_data();
    void csvImportErrors();
    void binaryMustMatchIndex();

private:
    Estimate jobInXX(double hours, double count = 1);
    Catalog m_catalog = fixture::make();
    Calculator m_calc{m_catalog};
};

Estimate TestTiming::jobInXX(double hours, double count)
{
    EstimateInput in;
    in.hardware = "test-gpu";  // 300 W; own hardware in XX: PUE 1.5, so 0.45 kWh an hour
    in.count = count;
    in.hours = hours;
    in.location = Location::gridZone("XX");
    return m_calc.estimate(in);
}

void TestTiming::squareWaveSavesEighty()
{
    // 6 h at 10 kWh an hour (60 kWh) from hour 0, which is dirty: 60 x 500 / 1000 = 30 kg. The best start in a
    // 24 h window is hour 12: 60 x 100 / 1000 = 6 kg, a saving of 24 kg, 80 %. Pausing cannot beat the clean
    // hours: 6 kg too.
    const TimingPlan p = TimingPlanner::plan(squareWave(2), 6, 60, 24, 1);
    QCOMPARE(p.horizonHours, 30);
    QVERIFY(qFuzzyCompare(p.now.kg, 30.0));
    QCOMPARE(p.now.runs, (std::vector<std::pair<int, int>>{{0, 6}}));
    QCOMPARE(p.bestStart.runs, (std::vector<std::pair<int, int>>{{12, 6}}));
    QVERIFY(qFuzzyCompare(p.bestStart.kg, 6.0));
    QVERIFY(qFuzzyCompare(*p.savingPct(p.bestStart), 80.0));
    QVERIFY(p.paused);
    QVERIFY(qFuzzyCompare(p.paused->kg, 6.0));
    QVERIFY(qFuzzyCompare(p.bestStart.meanGPerKwh, 100.0));
    // A window of 0: no choice, every schedule is "now".
    const TimingPlan none = TimingPlanner::plan(squareWave(1), 6, 60, 0, 1);
    QCOMPARE(none.bestStart.kg, none.now.kg);
    QCOMPARE(none.paused->kg, none.now.kg);
}

void TestTiming::partHourAndMinimumSlot()
{
    // 2.5 h at 10 kWh an hour (25 kWh) on 100, 200, 300: 10 x (100 + 200 + 0.5 x 300) / 1000 = 4.5 kg.
    const std::vector<double> rising = {100, 200, 300, 400, 400};
    const TimingPlan p = TimingPlanner::plan(rising, 2.5, 25, 0, 1);
    QCOMPARE(p.occupiedHours, 3);
    QVERIFY(qFuzzyCompare(p.now.kg, 4.5));
    QVERIFY(qFuzzyCompare(p.now.meanGPerKwh, 450.0 / 2.5));
    // Four hours (10 kWh an hour, 40 kWh) in a 12 h horizon whose cheap hours alternate with dear ones:
    //   1000 10 1000 10 1000 10 1000 10 100 100 100 100
    // Hour by hour: the four 10 g hours, 10 x 40 / 1000 = 0.4 kg. In runs of at least 2 h: hours 7-10
    // (10 + 100 + 100 + 100 = 310), 3.1 kg; starting now: 10 x 2020 / 1000 = 20.2 kg.
    const std::vector<double> alternating = {1000, 10, 1000, 10, 1000, 10, 1000, 10, 100, 100, 100, 100};
    const TimingPlan one = TimingPlanner::plan(alternating, 4, 40, 8, 1);
    QVERIFY(qFuzzyCompare(one.now.kg, 20.2));
    QVERIFY(qFuzzyCompare(one.paused->kg, 0.4));
    QCOMPARE(one.paused->runs.size(), std::size_t(4));
    const TimingPlan two = TimingPlanner::plan(alternating, 4, 40, 8, 2);
    QVERIFY(qFuzzyCompare(two.paused->kg, 3.1));
    for (const auto& [start, length] : two.paused->runs)
        QVERIFY2(length >= 2, qPrintable(QString::number(start)));
    // The best contiguous start is the same hours 7-10 (310): 3.1 kg; hours 8-11 (400) are dearer.
    QVERIFY(qFuzzyCompare(two.bestStart.kg, 3.1));
    QCOMPARE(two.bestStart.runs.front().first, 7);
}

void TestTiming::jobLongerThanTheWindow()
{
    // 30 h that may start within 12 h (1 kWh an hour): the horizon is 42 h of 500 (0-11), 100 (12-23), 500
    // (24-35), 100 (36-47). Now: 12 x 500 + 12 x 100 + 6 x 500 = 10200 -> 10.2 kg. Starting at 12: 12 x 100 +
    // 12 x 500 + 6 x 100 = 7800 -> 7.8 kg, the best. Paused: the 30 cheapest of the 42 hours, 18 at 100 and
    // 12 at 500 = 7800 -> 7.8 kg.
    const TimingPlan p = TimingPlanner::plan(squareWave(2), 30, 30, 12, 1);
    QCOMPARE(p.horizonHours, 42);
    QVERIFY(qFuzzyCompare(p.now.kg, 10.2));
    QCOMPARE(p.bestStart.runs.front().first, 12);
    QVERIFY(qFuzzyCompare(p.bestStart.kg, 7.8));
    QVERIFY(qFuzzyCompare(p.paused->kg, 7.8));
}

void TestTiming::deadline()
{
    QCOMPARE(TimingPlanner::windowForDeadline(6, 24), 18);
    QCOMPARE(TimingPlanner::windowForDeadline(6.5, 7), 0);
    try {
        TimingPlanner::windowForDeadline(30, 24);
        QFAIL("a 30 h job within 24 h");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("deadline"));
    }
}

void TestTiming::flatSeriesSavesNothing()
{
    const std::vector<double> flat(48, 300);
    const TimingPlan p = TimingPlanner::plan(flat, 6, 60, 24, 1);
    QCOMPARE(*p.savingPct(p.bestStart), 0.0);
    QCOMPARE(*p.savingPct(*p.paused), 0.0);
    // Through the query, a series flagged flat says so.
    HourlyDatabase db;
    HourlySeries s = series("XX", 2023, constant300);
    s.flat = true;
    db.add(s);
    WhenRequest req;
    req.date = CalendarHours::DateTime{2023, 6, 1, 0, 0};
    const WhenResult r = WhenQuery::run(db, jobInXX(6), req, false);
    QVERIFY(r.flat);
    QCOMPARE(r.plan.savingKg(r.plan.bestStart), 0.0);
    bool said = false;
    for (const std::string& n : r.notes)
        said = said || n.find("no usable daily pattern") != std::string::npos;
    QVERIFY(said);
    // Mostly estimated hours, or long runs of one value, are said too.
    HourlyDatabase modelled;
    HourlySeries m = series("XX", 2023, dayAndNight);
    m.estimatedHours = 8760;
    m.suspectedFilledHours = 4000;  // under half: not said
    modelled.add(m);
    const WhenResult e = WhenQuery::run(modelled, jobInXX(6), req, false);
    int estimated = 0, filled = 0;
    for (const std::string& n : e.notes) {
        estimated += n.find("8760 of the 8760 hours are Electricity Maps' estimates") != std::string::npos ? 1 : 0;
        filled += n.find("repeated value") != std::string::npos ? 1 : 0;
    }
    QCOMPARE(estimated, 1);
    QCOMPARE(filled, 0);
}

void TestTiming::yearDistribution()
{
    // A 1 h job that may wait 11 h, started at each hour of 10 square-wave days: at hours 1-11 of a day a clean
    // hour (12) is within reach, saving 80 %; at hour 0 (all 11 hours ahead dirty) and at 12-23 (already clean)
    // nothing. So 110 of 240 starts save 80 %: median 0, best tenth 80 %, mean 11/24 x 80 = 36.67 %.
    const std::vector<double> g = squareWave(11);
    const TimingDistribution d = TimingPlanner::overYear(g, 240, 1, 11, 1);
    QCOMPARE(d.starts, 240);
    QCOMPARE(d.medianStartPct, 0.0);
    QVERIFY(qFuzzyCompare(d.bestDecileStartPct, 80.0));
    QVERIFY(qFuzzyCompare(d.meanStartPct, 11.0 / 24 * 80));
    // Pausing a 1 h job is the same as choosing its start.
    QVERIFY(qFuzzyCompare(*d.meanPausePct, d.meanStartPct));
    // With a 2 h minimum slot the dynamic programme runs instead of the cheapest-hours shortcut: a 2 h job
    // saves the same at each start as its best start, since it runs as one.
    const TimingDistribution m = TimingPlanner::overYear(g, 240, 2, 11, 2);
    QVERIFY(qFuzzyCompare(*m.meanPausePct + 1, m.meanStartPct + 1));
}

void TestTiming::calendar()
{
    using CH = CalendarHours;
    QCOMPARE(CH::hourOfYear({2023, 3, 15, 0, 0}), (31 + 28 + 14) * 24);
    QCOMPARE(CH::hourOfYear({2024, 3, 1, 0, 0}), (31 + 29) * 24);
    const CH::DateTime t = CH::dateOf(2023, 8760 + 5);  // past the end: the next year
    QCOMPARE(t.year, 2024);
    QCOMPARE(t.hour, 5);
    const CH::DateTime back = CH::dateOf(2024, -1);
    QCOMPARE(CH::text(back), std::string("2023-12-31 23:00"));
    bool hour = false;
    QCOMPARE(CH::text(CH::parse("2023-03-15T18:00", "date", &hour)), std::string("2023-03-15 18:00"));
    QVERIFY(hour);
    for (const char* bad : {"2023-02-29", "2023-13-01", "15/03/2023", "2023-03-15T25:00", ""}) {
        try {
            CH::parse(bad, "date");
            QFAIL(bad);
        } catch (const InputError& e) {
            QCOMPARE(e.field(), std::string("date"));
        }
    }
}

void TestTiming::daylightSavingInLocalTime()
{
    // Berlin 2021: UTC+1, then UTC+2 from 01:00 UTC on March 28 (UTC hour 2065 of the year). Starting at local
    // midnight that day (23:00 UTC on the 27th, hour 2063), the curve reads 00:00, 01:00, 03:00: the day has
    // 23 local hours. In autumn (back to UTC+1 at 01:00 UTC on October 31, hour 7273), 02:00 comes twice.
    HourlyDatabase db;
    HourlySeries s = series("XX", 2021, dayAndNight);
    s.timeZone = "Europe/Berlin";
    s.utcOffsets = {{0, 60}, {2065, 120}, {7273, 60}};
    db.add(s);
    WhenRequest req;
    req.date = CalendarHours::DateTime{2021, 3, 28, 0, 0};
    req.windowHours = 24;
    const WhenResult r = WhenQuery::run(db, jobInXX(1), req, false);
    QCOMPARE(CalendarHours::text(r.startLocal), std::string("2021-03-28 00:00"));
    QCOMPARE(r.curve[1].local.hour, 1);
    QCOMPARE(r.curve[2].local.hour, 3);
    int sameDay = 0;
    for (const WhenHour& h : r.curve)
        sameDay += h.local.day == 28 ? 1 : 0;
    QCOMPARE(sameDay, 23);
    // 02:30 does not exist that night: a start asked for at 02:00 is the hour after the gap, 03:00.
    req.date->hour = 2;
    req.dateHasHour = true;
    QCOMPARE(WhenQuery::run(db, jobInXX(1), req, false).startLocal.hour, 3);
    // Autumn: from local 00:00 on October 31 the hours read 00, 01, 02, 02, 03.
    req.date = CalendarHours::DateTime{2021, 10, 31, 0, 0};
    const WhenResult fall = WhenQuery::run(db, jobInXX(1), req, false);
    QCOMPARE(fall.curve[2].local.hour, 2);
    QCOMPARE(fall.curve[3].local.hour, 2);
    QCOMPARE(fall.curve[4].local.hour, 3);
}

void TestTiming::yearEnd()
{
    // 2023 at 50 g, and no 2024: a window from 2023-12-31 20:00 UTC runs into 2024, whose hours are 2023's at
    // the same time of the year (said in a note). With a 2024 series (300 g), those hours are its own.
    HourlyDatabase db;
    db.add(series("XX", 2023, constant50));
    WhenRequest req;
    req.date = CalendarHours::DateTime{2023, 12, 31, 20, 0};
    req.dateHasHour = true;
    req.windowHours = 10;
    const WhenResult wrapped = WhenQuery::run(db, jobInXX(2), req, false);
    QCOMPARE(wrapped.curve.size(), std::size_t(12));
    QCOMPARE(CalendarHours::text(wrapped.curve[4].local), std::string("2024-01-01 00:00"));
    QCOMPARE(wrapped.curve[4].gPerKwh, 50.0);
    bool said = false;
    for (const std::string& n : wrapped.notes)
        said = said || n.find("no hourly data for 2024") != std::string::npos;
    QVERIFY(said);
    db.add(series("XX", 2024, constant300));
    const WhenResult joined = WhenQuery::run(db, jobInXX(2), req, false);
    QCOMPARE(joined.curve[3].gPerKwh, 50.0);
    QCOMPARE(joined.curve[4].gPerKwh, 300.0);
    // The job (2 h, 0.45 kWh an hour... 2 x 300 W x 1.5 = 0.9 kWh) is best started now, before the 300 g hours:
    // 0.9 x 50 / 1000 = 0.045 kg.
    QVERIFY(qFuzzyCompare(joined.plan.bestStart.kg, 0.045));
    QCOMPARE(joined.plan.bestStart.runs.front().first, 0);
    // A date in a year the zone lacks uses the nearest year's hours, said so.
    req.date = CalendarHours::DateTime{2019, 6, 1, 0, 0};
    const WhenResult old = WhenQuery::run(db, jobInXX(2), req, false);
    QCOMPARE(old.year, 2023);
    QVERIFY(!old.notes.empty());
}

void TestTiming::typicalDay()
{
    // March of the day-and-night series: every UTC hour 00-11 is 500, 12-23 is 100, so the typical day is the
    // same square; starting at local 00:00 (UTC, no time zone) a 6 h job saves 80 % by starting at 12:00.
    HourlyDatabase db;
    db.add(series("XX", 2023, dayAndNight));
    WhenRequest req;
    req.month = 3;
    req.windowHours = 24;
    const WhenResult r = WhenQuery::run(db, jobInXX(6), req);
    QVERIFY(r.typical);
    QVERIFY(!r.distribution);  // a typical day has no year of starts
    QVERIFY(qFuzzyCompare(*r.plan.savingPct(r.plan.bestStart), 80.0));
    QCOMPARE(r.curve[r.plan.bestStart.runs.front().first].local.hour, 12);
    req.date = CalendarHours::DateTime{2023, 3, 1, 0, 0};
    QVERIFY_THROWS_EXCEPTION(InputError, WhenQuery::run(db, jobInXX(6), req));  // a date and a month
}

void TestTiming::placeWithoutHours()
{
    HourlyDatabase db;
    db.add(series("YY", 2023, constant50));
    try {
        WhenQuery::run(db, jobInXX(1), WhenRequest{});
        QFAIL("XX has no hours");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("location"));
        QVERIFY2(e.reason().find("hourly") != std::string::npos, e.what());
    }
    EstimateInput in;
    in.hardware = "test-gpu";
    in.hours = 1;
    in.location = Location::custom(100);
    QVERIFY_THROWS_EXCEPTION(InputError, WhenQuery::run(db, m_calc.estimate(in), WhenRequest{}));
}

void TestTiming::reportsSayIt()
{
    HourlyDatabase db;
    HourlySeries s = series("XX", 2023, dayAndNight);
    s.sourceId = "em_hourly";
    s.timeZone = "UTC";
    db.add(s);
    WhenRequest req;
    req.date = CalendarHours::DateTime{2023, 3, 15, 0, 0};
    req.windowHours = 24;
    const Estimate e = jobInXX(6);
    const WhenResult r = WhenQuery::run(db, e, req);
    const std::string text = WhenReport::text(e, r);
    QVERIFY2(text.find("Best start        12:00-18:00") != std::string::npos, text.c_str());
    QVERIFY(text.find("(80 %)") != std::string::npos);
    QVERIFY(text.find("Open Database License") != std::string::npos);  // ODbL attribution
    const std::string csv = WhenReport::csv(r);
    QVERIFY(csv.starts_with("local_time,g_per_kwh,now,best_start,paused\n2023-03-15 00:00,500,1,0,"));
    QVERIFY(WhenReport::json(e, r).find("\"best_start\"") != std::string::npos);
}

void TestTiming::csvImport_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("series");
    QTest::addColumn<int>("firstHour");
    QTest::addColumn<double>("firstValue");
    QString plain = "datetime,gco2_per_kwh\n";
    QString em = "Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO₂eq/kWh (direct),"
                 "Carbon Intensity gCO₂eq/kWh (LCA)\n";
    QString offset = "datetime,gco2_per_kwh\n";
    for (int h = 0; h < 30; ++h) {
        plain += QStringLiteral("2025-03-01T%1:00:00Z,%2\n").arg(h % 24, 2, 10, QChar('0')).arg(200 + h);
        em += QStringLiteral("2023-01-01 %1:00:00,Germany,Germany,DE,%2,%3\n")
                  .arg(h, 2, 10, QChar('0'))
                  .arg(100 + h)
                  .arg(150 + h);
        offset += QStringLiteral("2025-01-01T%1:00+02:00,%2\n").arg(h % 24 + 2, 2, 10, QChar('0')).arg(300);
    }
    // 30 plain rows from 2025-03-01 00:00 would wrap the day: rows 24-29 repeat 00:00-05:00 (an error, below);
    // so the plain case keeps 24 rows.
    QStringList lines = plain.split('\n');
    plain = lines.mid(0, 25).join('\n') + "\n";
    QTest::newRow("plain") << plain << "FR" << 1 << (31 + 28) * 24 << 200.0;
    lines = em.split('\n');
    em = lines.mid(0, 25).join('\n') + "\n";
    QTest::newRow("electricity maps export") << em << "" << 2 << 0 << 100.0;
    // Our own format with an empty direct column (a zone with no direct figures): one series, life-cycle.
    QString own = "datetime_utc,gco2_per_kwh_lifecycle,gco2_per_kwh_direct\n";
    for (int h = 0; h < 24; ++h)
        own += QStringLiteral("2022-01-01T%1:00:00Z,%2,\n").arg(h, 2, 10, QChar('0')).arg(84.5);
    QTest::newRow("own format, no direct") << own << "AT" << 1 << 0 << 84.5;
    lines = offset.split('\n');
    offset = lines.mid(0, 23).join('\n') + "\n";  // 02:00-23:00 local = 00:00-21:00 UTC: 22 rows, too few
    QTest::newRow("offset, too few") << offset << "FR" << 0 << 0 << 0.0;
}

void TestTiming::csvImport()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(int, series);
    QFETCH(int, firstHour);
    QFETCH(double, firstValue);
    const QByteArray bytes = text.toUtf8();
    try {
        const std::vector<HourlySeries> got =
            HourlyCsv::read(std::string_view(bytes.constData(), bytes.size()), "mine.csv", zone.toStdString());
        QCOMPARE(int(got.size()), series);
        QCOMPARE(got.front().firstHour, firstHour);
        QCOMPARE(got.front().at(firstHour), firstValue);
        QCOMPARE(got.front().hours(), 24);
        QVERIFY(got.front().imported);
        if (zone.isEmpty())
            QCOMPARE(got.front().zone, std::string("DE"));  // from the export's Zone Id
    } catch (const HourlyCsvError& e) {
        QVERIFY2(series == 0, e.what());
        QVERIFY(std::string(e.what()).find("at least 24") != std::string::npos);
    }
}

void TestTiming::csvImportErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // in the message, with the line
    QString head = "datetime,gco2_per_kwh\n";
    QString rows;
    for (int h = 0; h < 24; ++h)
        rows += QStringLiteral("2023-05-01T%1:00:00Z,%2\n").arg(h, 2, 10, QChar('0')).arg(100);
    QTest::newRow("no columns") << "time,value\n1,2\n"
                                << "mine.csv:1: the header names no datetime";
    QTest::newRow("gap") << head + rows.replace("2023-05-01T05:00:00Z", "2023-05-01T06:00:00Z")
                         << "mine.csv:7: datetime";
    QString repeat = head;
    for (int h = 0; h < 24; ++h)
        repeat += QStringLiteral("2023-05-01T%1:00:00Z,100\n").arg(h == 3 ? 2 : h, 2, 10, QChar('0'));
    QTest::newRow("repeat") << repeat << "mine.csv:5: datetime: 2023-05-01T02:00:00Z repeats";
    QString value = head;
    for (int h = 0; h < 24; ++h)
        value += QStringLiteral("2023-05-01T%1:00:00Z,%2\n").arg(h, 2, 10, QChar('0')).arg(h == 9 ? "-5" : "100");
    QTest::newRow("negative") << value << "mine.csv:11: intensity: '-5'";
    QString text = head;
    for (int h = 0; h < 24; ++h)
        text += QStringLiteral("2023-05-01T%1:00:00Z,%2\n").arg(h, 2, 10, QChar('0')).arg(h == 4 ? "high" : "100");
    QTest::newRow("words") << text << "mine.csv:6: intensity: 'high'";
    QString years = head;
    for (int h = 0; h < 24; ++h)
        years += QStringLiteral("%1T%2:00:00Z,100\n")
                     .arg(h < 20 ? "2023-12-31" : "2024-01-01")
                     .arg(h < 20 ? h + 4 : h - 20, 2, 10, QChar('0'));
    QTest::newRow("two years") << years << "mine.csv:22: datetime: 2024-01-01T00:00:00Z is in 2024";
    QTest::newRow("half hour") << head + "2023-05-01T00:30:00Z,100\n"
                               << "mine.csv:2: datetime: '2023-05-01T00:30:00Z'";
    QTest::newRow("empty") << ""
                           << "mine.csv";
    QString holes = "datetime,gco2_per_kwh_lifecycle,gco2_per_kwh_direct\n";
    for (int h = 0; h < 24; ++h)
        holes += QStringLiteral("2023-05-01T%1:00:00Z,100,%2\n").arg(h, 2, 10, QChar('0')).arg(h < 3 ? "" : "80");
    QTest::newRow("direct starts late") << holes << "mine.csv:5: intensity: the direct column is empty above";
    QTest::newRow("quote") << head + "\"2023-05-01T00:00:00Z,100\n"
                           << "mine.csv:2";
}

void TestTiming::csvImportErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QByteArray bytes = text.toUtf8();
    try {
        HourlyCsv::read(std::string_view(bytes.constData(), bytes.size()), "mine.csv", "FR");
        QFAIL("accepted");
    } catch (const HourlyCsvError& e) {
        QVERIFY2(std::string(e.what()).find(expected.toStdString()) != std::string::npos, e.what());
    }
}

void TestTiming::binaryMustMatchIndex()
{
    // A two-series index and binary written here by hand: 24 h of a zone... the reader takes whole years only,
    // so the series are 8760 hours of 100 g (stored 2000).
    auto index = [](double mean) {
        return "{\"format\": \"mlcarbon-database\", \"version\": 1, \"kind\": \"hourly_zones\", \"entries\": ["
               "{\"zone\": \"XX\", \"year\": 2023, \"basis\": \"lifecycle\", \"hours\": 8760, "
               "\"stored_mean_g_per_kwh\": "
               + std::to_string(mean) + ", \"time_zone\": \"UTC\", \"utc_offsets\": [[0, 0]]}]}";
    };
    std::string bin = "MLCH";
    auto u32 = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            bin += static_cast<char>((v >> (8 * i)) & 0xff);
    };
    auto u16 = [&](std::uint16_t v) {
        bin += static_cast<char>(v & 0xff);
        bin += static_cast<char>(v >> 8);
    };
    u32(1);
    u32(1);
    u16(2);
    bin += "XX";
    u16(2023);
    bin += '\0';
    u32(8760);
    for (int h = 0; h < 8760; ++h)
        u16(2000);
    const HourlyDatabase db = HourlyDatabase::parse(index(100), "idx.json", bin, "h.bin");
    QCOMPARE(db.find("XX", 2023, IntensityBasis::Lifecycle)->at(17), 100.0);
    // Each damage names the file and, where it can, the series.
    struct Case {
        std::string index;
        std::string bin;
        std::string file;
        std::string says;
    };
    const std::vector<Case> cases = {
        {index(101), bin, "h.bin", "series XX 2023 lifecycle"},
        {index(100), bin.substr(0, bin.size() - 1), "h.bin", "ends inside its values"},
        {index(100), "MLCX" + bin.substr(4), "h.bin", "not an mlcarbon hourly file"},
        {index(100), bin + "x", "h.bin", "bytes after the last series"},
        {"{\"format\": \"other\"}", bin, "idx.json", "format"},
    };
    for (const Case& c : cases) {
        try {
            HourlyDatabase::parse(c.index, "idx.json", c.bin, "h.bin");
            QFAIL(c.says.c_str());
        } catch (const DataError& e) {
            QCOMPARE(e.file(), c.file);
            QVERIFY2(std::string(e.what()).find(c.says) != std::string::npos, e.what());
        }
    }
}

QTEST_APPLESS_MAIN(TestTiming)
#include "TestTiming.moc"
