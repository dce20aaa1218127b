// Embodied (manufacturing) emissions of the hardware: each device's figure and a job's share,
// computed by hand from the fixture catalog (FixtureCatalog.h).
#include "EmbodiedChoice.h"
#include "FixtureCatalog.h"

#include <QtTest>

using namespace mlcarbon;

class TestEmbodied : public QObject {
    Q_OBJECT
private slots:
    void figures_data();
    void figures();
    void jobShare_data();
    void jobShare();
    void noFigureIsNotZero();

private:
    Catalog m_catalog = fixture::make();
};

void TestEmbodied::figures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("origin");
    QTest::addColumn<double>("kg");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // test-gpu: 5 cm2 x 2000 g + 30000 g = 40 kg (die model); the flat GPU figure 150 kg widens the range.
    QTest::newRow("die-area model") << "test-gpu" << int(EmbodiedFigure::Origin::DieAreaModel) << 40.0 << 40.0 << 150.0;
    // zeta-npu: the product footprint 200 kg; no die area, not a GPU (the flat figure is per GPU).
    QTest::newRow("product footprint") << "zeta-npu" << int(EmbodiedFigure::Origin::ProductFootprint) << 200.0 << 200.0
                                       << 200.0;
}

void TestEmbodied::figures()
{
    QFETCH(QString, id);
    QFETCH(int, origin);
    QFETCH(double, kg);
    QFETCH(double, low);
    QFETCH(double, high);
    const EmbodiedFigure f = EmbodiedChoice::of(m_catalog, *m_catalog.hardwareById(id.toStdString()));
    QCOMPARE(int(f.origin), origin);
    QCOMPARE(f.perDeviceKg, kg);
    QCOMPARE(f.perDeviceBounds.low, low);
    QCOMPARE(f.perDeviceBounds.high, high);
    QVERIFY(!f.source.source.empty());
}

void TestEmbodied::jobShare_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("deviceHours");
    QTest::addColumn<bool>("cloud");
    QTest::addColumn<double>("lifetime");  // 0: the default
    QTest::addColumn<double>("kg");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Own hardware, 800 device-hours on test-gpu: 40 kg x 800 / (5 y x 8766 h x 0.2) = 32000 / 8766 = 3.65046 kg.
    // Range: 40 kg over the longest 6 y = 32000 / 10519.2 = 3.04206; 150 kg over the shortest 3 y =
    // 120000 / 5259.6 = 22.8154.
    QTest::newRow("own hardware, defaults")
        << "test-gpu" << 800.0 << false << 0.0 << 32000.0 / 8766 << 32000.0 / 10519.2 << 120000.0 / 5259.6;
    // In the cloud: 3 y at 0.5: 40 x 800 / (3 x 8766 x 0.5) = 32000 / 13149 = 2.43364 kg; low 32000 / (6 x 8766 x 0.5)
    // = 32000 / 26298 = 1.21682; high 120000 / 13149 = 9.12617.
    QTest::newRow("cloud, defaults") << "test-gpu" << 800.0 << true << 0.0 << 32000.0 / 13149 << 32000.0 / 26298
                                     << 120000.0 / 13149;
    // A lifetime given holds at both ends: zeta-npu 200 kg x 100 h / (4 y x 8766 x 0.5) = 20000 / 17532 = 1.14077 kg.
    QTest::newRow("cloud, 4 years given")
        << "zeta-npu" << 100.0 << true << 4.0 << 20000.0 / 17532 << 20000.0 / 17532 << 20000.0 / 17532;
}

void TestEmbodied::jobShare()
{
    QFETCH(QString, id);
    QFETCH(double, deviceHours);
    QFETCH(bool, cloud);
    QFETCH(double, lifetime);
    QFETCH(double, kg);
    QFETCH(double, low);
    QFETCH(double, high);
    const EmbodiedShare s =
        EmbodiedChoice::forJob(m_catalog, *m_catalog.hardwareById(id.toStdString()), deviceHours, cloud,
                               lifetime > 0 ? std::optional<double>(lifetime) : std::nullopt);
    QCOMPARE(s.kg, kg);
    QCOMPARE(s.bounds.low, low);
    QCOMPARE(s.bounds.high, high);
    QCOMPARE(s.lifetimeGiven, lifetime > 0);
    QCOMPARE(s.lifetimeSource.source.empty(), false);
}

void TestEmbodied::noFigureIsNotZero()
{
    // test-tpu: no product footprint, and its die area is a multi-die package's: no figure, said so.
    const EmbodiedShare s = EmbodiedChoice::forJob(m_catalog, *m_catalog.hardwareById("test-tpu"), 100, true);
    QVERIFY(!s.figure.known());
    QCOMPARE(s.kg, 0.0);
    QVERIFY2(QString::fromStdString(s.figure.none).contains(QStringLiteral("a multi-die package")),
             s.figure.none.c_str());
}

QTEST_APPLESS_MAIN(TestEmbodied)
#include "TestEmbodied.moc"
