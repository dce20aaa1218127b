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
