// The same job in every region, on the fixture catalog (FixtureCatalog.h).
#include "FixtureCatalog.h"
#include "InputError.h"
#include "RegionRanking.h"

#include <QtTest>

using namespace mlcarbon;

class TestRegionRanking : public QObject {
    Q_OBJECT
private slots:
    void allProvidersSortedWithSavings();
    void sameProvider();
    void userPueKeptForChosenRegionOnly();
    void sameProviderNeedsCloudLocation();
    void countries();
    void sortedByWater();
};

static EstimateInput job()
{
    EstimateInput in;
    in.hardware = "test-gpu";
    in.count = 1;
    in.hours = 10;
    in.location = Location::cloud("testcloud", "r1");
    return in;
}

void TestRegionRanking::allProvidersSortedWithSavings()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    Estimate ref = calc.estimate(job());
    auto rows = RegionRanking::rank(calc, ref, RegionRanking::Scope::AllProviders);
    QCOMPARE(rows.size(), std::size_t(3));
    // 1 x 10 h x 300 W = 3 kWh of IT energy.
    // o1: on-premise PUE 1.5 -> 4.5 kWh x 20 g = 0.09 kg.
    // r2: fleet PUE 1.2 -> 3.6 kWh x 100 g = 0.36 kg.
    // r1: PUE 1.1 -> 3.3 kWh x 400 g = 1.32 kg (the chosen one).
    QCOMPARE(rows[0].region->region, std::string("o1"));
    QCOMPARE(rows[0].emissionsKg, 0.09);
    QCOMPARE(rows[1].region->region, std::string("r2"));
    QCOMPARE(rows[1].emissionsKg, 0.36);
    QCOMPARE(rows[2].region->region, std::string("r1"));
    QVERIFY(rows[2].chosen);
    QCOMPARE(rows[2].emissionsKg, ref.emissionsKg);
    QCOMPARE(rows[2].savingKg, 0.0);
    // Saving against r1: 1.32 - 0.09 = 1.23 kg = 93.18 %.
    QCOMPARE(rows[0].savingKg, 1.23);
    QCOMPARE(*rows[0].savingPct, 1.23 / 1.32 * 100);
    for (std::size_t i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i - 1].emissionsKg <= rows[i].emissionsKg);
}

void TestRegionRanking::sameProvider()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    auto rows = RegionRanking::rank(calc, calc.estimate(job()), RegionRanking::Scope::SameProvider);
    QCOMPARE(rows.size(), std::size_t(2));
    for (const auto& r : rows)
        QCOMPARE(r.region->provider, std::string("testcloud"));
}

void TestRegionRanking::userPueKeptForChosenRegionOnly()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job();
    in.pue = 2.0;
    Estimate ref = calc.estimate(in);  // 3 kWh x 2.0 = 6 kWh x 400 g = 2.4 kg
    QCOMPARE(ref.emissionsKg, 2.4);
    auto rows = RegionRanking::rank(calc, ref, RegionRanking::Scope::SameProvider);
    QCOMPARE(rows[0].region->region, std::string("r2"));
    QCOMPARE(rows[0].pue, 1.2);  // r2's own (fleet) PUE, not the user's 2.0
    QCOMPARE(rows[1].pue, 2.0);
    QCOMPARE(rows[1].emissionsKg, 2.4);
}

void TestRegionRanking::sameProviderNeedsCloudLocation()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job();
    in.location = Location::gridZone("XX");
    Estimate ref = calc.estimate(in);
    QVERIFY_THROWS_EXCEPTION(InputError, RegionRanking::rank(calc, ref, RegionRanking::Scope::SameProvider));
    auto rows = RegionRanking::rank(calc, ref, RegionRanking::Scope::AllProviders);
    QCOMPARE(rows.size(), std::size_t(3));
    for (const auto& r : rows)
        QVERIFY(!r.chosen);
}

void TestRegionRanking::countries()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    EstimateInput in = job();
    in.location = Location::gridZone("XX");
    in.pue = 1.2;
    Estimate ref = calc.estimate(in);  // 3 kWh x 1.2 = 3.6 kWh x 200 g = 0.72 kg
    auto rows = RegionRanking::rank(calc, ref, RegionRanking::Scope::Countries);
    QCOMPARE(rows.size(), std::size_t(2));  // the country and its subdivision
    // XX-AB: own hardware moved to another country is the same facility, so it keeps the user's
    // PUE 1.2 (WhatIf::movedTo): 3.6 kWh x 10 g = 0.036 kg. XX: the chosen one, 0.72 kg.
    QCOMPARE(rows[0].code, std::string("XX-AB"));
    QCOMPARE(rows[0].emissionsKg, 0.036);
    QCOMPARE(rows[0].pue, 1.2);
    QVERIFY(rows[0].pueOrigin == PueOrigin::Given);
    QVERIFY(rows[0].zone && !rows[0].region);
    QCOMPARE(rows[0].location.zone, std::string("XX-AB"));
    QVERIFY(rows[1].chosen);
    QCOMPARE(rows[1].emissionsKg, 0.72);
    QCOMPARE(rows[0].savingKg, 0.72 - 0.036);
}

void TestRegionRanking::sortedByWater()
{
    // 1 x 10 h x 300 W = 3 kWh of IT energy. o1: no WUE of its own or its provider's: the industry 2.0 L/kWh
    // = 6 L, no off-site figure (YY). r1: 3 x 0.2 + 3 x 1.1 x 4 = 13.8 L. r2: fleet 0.5: 1.5 + 3 x 1.2 x 4 =
    // 15.9 L. Emissions order o1 (20 g), r2 (100 g), r1 (400 g); water order o1, r1, r2.
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    auto rows = RegionRanking::rank(calc, calc.estimate(job()), RegionRanking::Scope::AllProviders);
    QCOMPARE(rows[1].code, std::string("r2"));
    RegionRanking::sortByWater(rows);
    QCOMPARE(rows[0].code, std::string("o1"));
    QCOMPARE(rows[1].code, std::string("r1"));
    QCOMPARE(rows[2].code, std::string("r2"));
    QVERIFY(qFuzzyCompare(*rows[0].waterL, 6.0));
    QVERIFY(qFuzzyCompare(*rows[1].waterL, 13.8));
    QVERIFY(qFuzzyCompare(*rows[2].waterL, 15.9));
    // A row without a water figure goes last; equal water keeps the emissions order.
    std::vector<RankedRegion> made(4);
    made[0].code = "none";
    made[0].emissionsKg = 1;
    made[1].code = "wet";
    made[1].emissionsKg = 2;
    made[1].waterL = 9;
    made[2].code = "dirty";
    made[2].emissionsKg = 5;
    made[2].waterL = 3;
    made[3].code = "clean";
    made[3].emissionsKg = 4;
    made[3].waterL = 3;
    RegionRanking::sortByWater(made);
    QStringList order;
    for (const RankedRegion& r : made)
        order << QString::fromStdString(r.code);
    QCOMPARE(order, (QStringList{"clean", "dirty", "wet", "none"}));
}

QTEST_GUILESS_MAIN(TestRegionRanking)
#include "TestRegionRanking.moc"
