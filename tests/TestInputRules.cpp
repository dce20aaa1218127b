// Strict parsing of what people type: every bad value names the field and what is allowed.
#include "InputError.h"
#include "InputRules.h"

#include <QtTest>

using namespace mlcarbon;

class TestInputRules : public QObject {
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

using Parser = double (*)(std::string_view);
Q_DECLARE_METATYPE(Parser)

static double util(std::string_view t)
{
    return InputRules::utilization(t);
}

static double yearAsDouble(std::string_view t)
{
    return InputRules::year(t);
}

void TestInputRules::accepts_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("hours decimal") << Parser(&InputRules::hours) << "1.5" << 1.5;
    QTest::newRow("hours exponent") << Parser(&InputRules::hours) << "1e3" << 1000.0;
    QTest::newRow("hours spaces") << Parser(&InputRules::hours) << " 24 " << 24.0;
    QTest::newRow("hours plus sign") << Parser(&InputRules::hours) << "+2" << 2.0;
    QTest::newRow("count") << Parser(&InputRules::count) << "1024" << 1024.0;
    QTest::newRow("count as 1e3") << Parser(&InputRules::count) << "1e3" << 1000.0;
    QTest::newRow("utilisation 1") << Parser(&util) << "1" << 1.0;
    QTest::newRow("pue 1") << Parser(&InputRules::pue) << "1" << 1.0;
    QTest::newRow("intensity 0") << Parser(&InputRules::intensity) << "0" << 0.0;
    QTest::newRow("intensity -0") << Parser(&InputRules::intensity) << "-0" << 0.0;
    QTest::newRow("offset 100") << Parser(&InputRules::offsetPct) << "100" << 100.0;
    QTest::newRow("power") << Parser(&InputRules::powerW) << "289" << 289.0;
    // Papers write counts with a suffix: 7B = 7 x 1e9, 1.4T = 1.4 x 1e12, 340M, 65k.
    QTest::newRow("params 7B") << Parser(&InputRules::params) << "7B" << 7e9;
    QTest::newRow("params 7e9") << Parser(&InputRules::params) << "7e9" << 7e9;
    QTest::newRow("params 340 M") << Parser(&InputRules::params) << "340 M" << 3.4e8;
    QTest::newRow("params 65k") << Parser(&InputRules::params) << "65k" << 65e3;
    QTest::newRow("tokens 1.4T") << Parser(&InputRules::tokens) << "1.4T" << 1.4e12;
    QTest::newRow("tokens 300G") << Parser(&InputRules::tokens) << "300G" << 3e11;
    QTest::newRow("flop") << Parser(&InputRules::flop) << "3.14e23" << 3.14e23;
    QTest::newRow("mfu 1") << Parser(&InputRules::mfu) << "1" << 1.0;
    QTest::newRow("year") << Parser(&yearAsDouble) << "2019" << 2019.0;
}

void TestInputRules::accepts()
{
    QFETCH(Parser, parser);
    QFETCH(QString, text);
    QFETCH(double, value);
    QCOMPARE(parser(text.toStdString()), value);
}

void TestInputRules::rejects_data()
{
    QTest::addColumn<Parser>("parser");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    const Parser hours = &InputRules::hours;
    QTest::newRow("hours 0") << hours << "0"
                             << "hours";
    QTest::newRow("hours negative") << hours << "-1"
                                    << "hours";
    QTest::newRow("hours NaN") << hours << "NaN"
                               << "hours";
    QTest::newRow("hours nan") << hours << "nan"
                               << "hours";
    QTest::newRow("hours inf") << hours << "inf"
                               << "hours";
    QTest::newRow("hours 1e999") << hours << "1e999"
                                 << "hours";
    QTest::newRow("hours abc") << hours << "abc"
                               << "hours";
    QTest::newRow("hours empty") << hours << ""
                                 << "hours";
    QTest::newRow("hours trailing") << hours << "12h"
                                    << "hours";
    QTest::newRow("hours hex") << hours << "0x10"
                               << "hours";
    QTest::newRow("hours comma decimal") << hours << "1,5"
                                         << "hours";
    QTest::newRow("hours too many") << hours << "2e9"
                                    << "hours";
    QTest::newRow("count 0") << Parser(&InputRules::count) << "0"
                             << "count";
    QTest::newRow("count negative") << Parser(&InputRules::count) << "-4"
                                    << "count";
    QTest::newRow("count fractional") << Parser(&InputRules::count) << "2.5"
                                      << "count";
    QTest::newRow("utilisation 0") << Parser(&util) << "0"
                                   << "utilization";
    QTest::newRow("utilisation 1.1") << Parser(&util) << "1.1"
                                     << "utilization";
    QTest::newRow("pue 0.9") << Parser(&InputRules::pue) << "0.9"
                             << "pue";
    QTest::newRow("power negative") << Parser(&InputRules::powerW) << "-300"
                                    << "power-w";
    QTest::newRow("power zero") << Parser(&InputRules::powerW) << "0"
                                << "power-w";
    QTest::newRow("intensity negative") << Parser(&InputRules::intensity) << "-1"
                                        << "intensity";
    QTest::newRow("offset negative") << Parser(&InputRules::offsetPct) << "-1"
                                     << "offset";
    QTest::newRow("offset 101") << Parser(&InputRules::offsetPct) << "101"
                                << "offset";
    QTest::newRow("year 1999") << Parser(&yearAsDouble) << "1999"
                               << "year";
    QTest::newRow("year 2019.5") << Parser(&yearAsDouble) << "2019.5"
                                 << "year";
    QTest::newRow("year 2101") << Parser(&yearAsDouble) << "2101"
                               << "year";
    QTest::newRow("flop 1e8") << Parser(&InputRules::flop) << "1e8"
                              << "flop";
    QTest::newRow("flop 1e31") << Parser(&InputRules::flop) << "1e31"
                               << "flop";
    QTest::newRow("params 0") << Parser(&InputRules::params) << "0"
                              << "params";
    QTest::newRow("params 7X") << Parser(&InputRules::params) << "7X"
                               << "params";
    QTest::newRow("params B alone") << Parser(&InputRules::params) << "B"
                                    << "params";
    QTest::newRow("params -7B") << Parser(&InputRules::params) << "-7B"
                                << "params";
    QTest::newRow("params 2000T") << Parser(&InputRules::params) << "2000T"
                                  << "params";
    QTest::newRow("tokens 2TT") << Parser(&InputRules::tokens) << "2TT"
                                << "tokens";
    QTest::newRow("mfu 0") << Parser(&InputRules::mfu) << "0"
                           << "mfu";
    QTest::newRow("mfu 40 as percent") << Parser(&InputRules::mfu) << "40"
                                       << "mfu";
}

void TestInputRules::rejects()
{
    QFETCH(Parser, parser);
    QFETCH(QString, text);
    QFETCH(QString, field);
    try {
        parser(text.toStdString());
        QFAIL("accepted");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.field()), field);
        QCOMPARE(QString::fromStdString(e.value()), text.trimmed());
        QVERIFY(!e.allowed().empty());
        // The message names the value given (or says none was) and what is allowed.
        const QString reason = QString::fromStdString(e.reason());
        QVERIFY2(text.isEmpty() ? reason.contains(QStringLiteral("no value"))
                                : reason.contains("'" + text.trimmed() + "'"),
                 qPrintable(reason));
    }
}

QTEST_GUILESS_MAIN(TestInputRules)
#include "TestInputRules.moc"
