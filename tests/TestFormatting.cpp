// Numbers for people and for machines, and CSV that spreadsheets cannot turn into formulas.
#include "CsvWriter.h"
#include "NumberFormat.h"
#include "Table.h"
#include "TableWriter.h"

#include <QtTest>

using namespace mlcarbon;

class TestFormatting : public QObject {
    Q_OBJECT
private slots:
    void significant_data();
    void significant();
    void large_data();
    void large();
    void units_data();
    void units();
    void massUnitIsTheTextsUnit_data();
    void massUnitIsTheTextsUnit();
    void exactRoundTrips();
    void csvQuoting_data();
    void csvQuoting();
    void csvNumbersStayNumbers();
    void tableJsonAndText();
};

void TestFormatting::significant_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("232258") << 232258.2 << "232000";
    QTest::newRow("550766") << 550766.0 << "551000";
    QTest::newRow("1024") << 1024.0 << "1020";
    QTest::newRow("96.387") << 96.387 << "96.4";
    QTest::newRow("0.03734") << 0.03734 << "0.0373";
    QTest::newRow("1.5") << 1.5 << "1.50";
    QTest::newRow("999.7 rounds up") << 999.7 << "1000";
    QTest::newRow("9.996 rounds up") << 9.996 << "10.0";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative") << -12.34 << "-12.3";
    QTest::newRow("huge") << 6.7455e18 << "6.75e+18";
}

void TestFormatting::significant()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(NumberFormat::significant(value)), text);
}

void TestFormatting::large_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("7B") << 7e9 << "7e9";
    QTest::newRow("1.4T") << 1.4e12 << "1.4e12";
    QTest::newRow("6ND") << 8.4e22 << "8.4e22";
    QTest::newRow("four digits") << 3.14159e23 << "3.142e23";
    QTest::newRow("rounds up a power") << 9.99996e9 << "1e10";
    QTest::newRow("1e6") << 1e6 << "1e6";
    QTest::newRow("below 1e6 as significant") << 65000.0 << "65000";
}

void TestFormatting::large()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(NumberFormat::large(value)), text);
}

void TestFormatting::units_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("isEnergy");
    QTest::addColumn<QString>("text");
    QTest::newRow("232 MWh") << 232258.0 << true << "232 MWh";
    QTest::newRow("84.5 kWh") << 84.48 << true << "84.5 kWh";
    QTest::newRow("0.5 kWh -> Wh") << 0.5 << true << "500 Wh";
    QTest::newRow("zero energy") << 0.0 << true << "0 kWh";
    QTest::newRow("96.4 t") << 96387.0 << false << "96.4 t CO2e";
    QTest::newRow("34.9 kg") << 34.9 << false << "34.9 kg CO2e";
    QTest::newRow("grams") << 0.304 << false << "304 g CO2e";
    QTest::newRow("kt") << 2.5e6 << false << "2.50 kt CO2e";
    QTest::newRow("Mt") << 6.7e9 << false << "6.70 Mt CO2e";
    QTest::newRow("999.9 kg rounds to t") << 999.9 << false << "1.00 t CO2e";
    QTest::newRow("Gt") << 9.35376e15 << false << "9350 Gt CO2e";
    QTest::newRow("PWh") << 6.24e15 << true << "6240 PWh";
    // Past the largest unit a power of ten, not thirteen digits (1e12 devices x 1e9 h at the limits).
    QTest::newRow("beyond Gt") << 2.2964e24 << false << "2.30e+12 Gt CO2e";
    QTest::newRow("beyond PWh") << 1.53093e24 << true << "1.53e+12 PWh";
}

void TestFormatting::units()
{
    QFETCH(double, value);
    QFETCH(bool, isEnergy);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(isEnergy ? NumberFormat::energy(value) : NumberFormat::mass(value)), text);
}

void TestFormatting::massUnitIsTheTextsUnit_data()
{
    // A chart axis and the figure beside it must agree: the unit is the one mass() prints.
    QTest::addColumn<double>("kg");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<double>("scale");
    QTest::newRow("grams") << 0.5 << "g CO2e" << 1e-3;
    QTest::newRow("zero reads in kg") << 0.0 << "kg CO2e" << 1.0;
    QTest::newRow("kg") << 49.16 << "kg CO2e" << 1.0;
    QTest::newRow("999.7 kg rounds to 1 t") << 999.7 << "t CO2e" << 1e3;  // mass() says "1.00 t CO2e"
    QTest::newRow("t") << 96387.0 << "t CO2e" << 1e3;
    QTest::newRow("kt") << 256e6 << "kt CO2e" << 1e6;
    QTest::newRow("Gt") << 2e12 << "Gt CO2e" << 1e12;
}

void TestFormatting::massUnitIsTheTextsUnit()
{
    QFETCH(double, kg);
    QFETCH(QString, unit);
    QFETCH(double, scale);
    const NumberFormat::Unit u = NumberFormat::massUnit(kg);
    QCOMPARE(QString::fromLatin1(u.name), unit);
    QCOMPARE(u.scale, scale);
    QVERIFY(QString::fromStdString(NumberFormat::mass(kg)).endsWith(QStringLiteral(" ") + unit));
}

void TestFormatting::exactRoundTrips()
{
    for (double v : {0.1 + 0.2, 96387.36, 1e-300, 4.5e15, 232258.17600000001}) {
        const std::string text = NumberFormat::exact(v);
        QCOMPARE(std::stod(text), v);
        QVERIFY(text.find(',') == std::string::npos);
    }
}

void TestFormatting::csvQuoting_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("formula") << "=HYPERLINK(\"http://x\",\"y\")"
                             << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
    QTest::newRow("plus") << "+1"
                          << "'+1";
    QTest::newRow("minus") << "-2+3"
                           << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)"
                        << "'@SUM(A1)";
    QTest::newRow("tab") << "\tx"
                         << "'\tx";
    QTest::newRow("carriage return") << "\rx"
                                     << "\"'\rx\"";
    QTest::newRow("unicode") << "华北2（北京）"
                             << "华北2（北京）";
    // A finite number is not a formula (a spreadsheet reads it as the number); one that is not
    // finite, or a sum, is.
    QTest::newRow("negative number") << "-5"
                                     << "-5";
    QTest::newRow("negative decimal") << "-0.25"
                                      << "-0.25";
    QTest::newRow("minus inf") << "-inf"
                               << "'-inf";
    QTest::newRow("minus nan") << "-nan"
                               << "'-nan";
    QTest::newRow("minus overflow") << "-1e400"
                                    << "'-1e400";
}

void TestFormatting::csvQuoting()
{
    QFETCH(QString, input);
    QFETCH(QString, cell);
    CsvWriter w;
    w.addText(input.toStdString());
    w.endRow();
    QCOMPARE(QString::fromStdString(w.text()), cell + "\r\n");
    // The batch output appends cells with the same rule.
    std::string out;
    CsvWriter::appendCell(out, input.toStdString());
    QCOMPARE(QString::fromStdString(out), cell);
}

void TestFormatting::csvNumbersStayNumbers()
{
    CsvWriter w;
    w.addNumber(-2.5);
    w.addNumber(std::nan(""));  // an empty cell, never "nan"
    w.addNumber(0.1);
    w.endRow();
    QCOMPARE(QString::fromStdString(w.text()), QStringLiteral("-2.5,,0.1\r\n"));
}

void TestFormatting::tableJsonAndText()
{
    Table t;
    t.columns = {{"name", "Name", ""}, {"tdp_w", "TDP", "W"}};
    t.rows.push_back({TableCell::of(std::string("Chip, big")), TableCell::of(700.0)});
    t.rows.push_back({TableCell::of(std::string("华北2")), TableCell::null()});
    QCOMPARE(QString::fromStdString(TableWriter::csv(t)),
             QStringLiteral("name,tdp_w\r\n\"Chip, big\",700\r\n华北2,\r\n"));
    const QString json = QString::fromStdString(TableWriter::json(t));
    QVERIFY(json.contains(QStringLiteral("\"tdp_w\": 700.0")) || json.contains(QStringLiteral("\"tdp_w\": 700")));
    QVERIFY(json.contains(QStringLiteral("\"tdp_w\": null")));
    const QStringList lines = QString::fromStdString(TableWriter::text(t)).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("Name       TDP (W)"));
    QCOMPARE(lines[1], QStringLiteral("Chip, big      700"));
    QCOMPARE(lines[2], QStringLiteral("华北2            -"));  // wide characters count twice
}

QTEST_GUILESS_MAIN(TestFormatting)
#include "TestFormatting.moc"
