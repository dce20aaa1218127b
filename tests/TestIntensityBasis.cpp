// The intensity basis rule (IntensityChoice), the range rule's text, and the what-if rules (WhatIf):
// the rules every front end and every comparison share.
#include "Calculator.h"
#include "DataError.h"
#include "DatabaseFile.h"
#include "DatabaseLoader.h"
#include "FixtureCatalog.h"
#include "InputError.h"
#include "InputRules.h"
#include "IntensityChoice.h"
#include "ProjectCalculator.h"
#include "RangeRule.h"
#include "RegionRanking.h"
#include "WhatIf.h"

#include <QtTest>

using namespace mlcarbon;

Q_DECLARE_METATYPE(IntensityBasis)
Q_DECLARE_METATYPE(Location)

class TestIntensityBasis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureChoice_data();
    void fixtureChoice();
    void yearChoice_data();
    void yearChoice();
    void yearOnBundledData_data();
    void yearOnBundledData();
    void sameGridSameIntensity_data();
    void sameGridSameIntensity();
    void providerBasisMarksTheRest();
    void rankingRowsCarryTheBasis();
    void basisKeys_data();
    void basisKeys();
    void unknownBasisInAFileNamesTheEntry();
    void rulesTextsFollowTheCode();
    void whatIfHardware();
    void whatIfMove_data();
    void whatIfMove();
    void sameProviderNeedsOneProvider();

private:
    std::unique_ptr<Catalog> m_catalog;  // the bundled databases
};

void TestIntensityBasis::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
}

void TestIntensityBasis::fixtureChoice_data()
{
    QTest::addColumn<QString>("place");  // "provider/region" or a zone code
    QTest::addColumn<IntensityBasis>("requested");
    QTest::addColumn<double>("expected");
    QTest::addColumn<IntensityBasis>("used");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    using B = IntensityBasis;
    // Values from tests/FixtureCatalog.h.
    // r2: life-cycle 100; direct 40 and provider 60 (2023) never widen the life-cycle range.
    QTest::newRow("r2 life-cycle") << "testcloud/r2" << B::Lifecycle << 100.0 << B::Lifecycle << 100.0 << 100.0;
    QTest::newRow("r2 direct") << "testcloud/r2" << B::Direct << 40.0 << B::Direct << 40.0 << 40.0;
    // Provider: 60 (2023) is newer than 70 (2018); 70 is older than 2019, so it is no bound either.
    QTest::newRow("r2 provider") << "testcloud/r2" << B::Provider << 60.0 << B::Provider << 60.0 << 60.0;
    // r1 has life-cycle 400 and 300 (both 2024) and an undated 500: on life-cycle the own 400, range 300-400.
    QTest::newRow("r1 life-cycle") << "testcloud/r1" << B::Lifecycle << 400.0 << B::Lifecycle << 300.0 << 400.0;
    // No direct figure: direct -> provider -> unspecified (the undated 500 is history, never chosen) -> life-cycle.
    QTest::newRow("r1 direct falls back") << "testcloud/r1" << B::Direct << 400.0 << B::Lifecycle << 300.0 << 400.0;
    // Provider falls back to life-cycle first.
    QTest::newRow("r1 provider falls back") << "testcloud/r1" << B::Provider << 400.0 << B::Lifecycle << 300.0 << 400.0;
    // XX: 200 (2024) and 250 (2022) count; 900 (2010) is history.
    QTest::newRow("XX life-cycle") << "XX" << B::Lifecycle << 200.0 << B::Lifecycle << 200.0 << 250.0;
    QTest::newRow("XX direct falls back") << "XX" << B::Direct << 200.0 << B::Lifecycle << 200.0 << 250.0;
    // XX-AB: no life-cycle figure; unspecified next. Its own 10 (2020) wins over the newer 30 (2023),
    // which still bounds the range.
    QTest::newRow("XX-AB life-cycle falls back") << "XX-AB" << B::Lifecycle << 10.0 << B::Unspecified << 10.0 << 30.0;
}

void TestIntensityBasis::fixtureChoice()
{
    QFETCH(QString, place);
    QFETCH(IntensityBasis, requested);
    QFETCH(double, expected);
    QFETCH(IntensityBasis, used);
    QFETCH(double, low);
    QFETCH(double, high);
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    EstimateInput in;
    in.hardware = "test-gpu";
    in.hours = 10;  // 300 W x 10 h = 3 kWh x the own-hardware or region PUE
    in.basis = requested;
    const QStringList parts = place.split('/');
    in.location = parts.size() == 2 ? Location::cloud(parts[0].toStdString(), parts[1].toStdString())
                                    : Location::gridZone(place.toStdString());
    const Estimate e = calc.estimate(in);
    QCOMPARE(e.intensity, expected);
    QCOMPARE(e.intensityBasis, used);
    QCOMPARE(e.basisFallback(), used != requested);
    QCOMPARE(e.intensityBounds.low, low);
    QCOMPARE(e.intensityBounds.high, high);
    // Emissions follow the intensity chosen: energy x g / 1000.
    QCOMPARE(e.emissionsKg, e.energyKwh * expected / 1000.0);
}

void TestIntensityBasis::yearChoice_data()
{
    QTest::addColumn<QString>("place");  // "provider/region" or a zone code
    QTest::addColumn<IntensityBasis>("requested");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("yearUsed");
    QTest::addColumn<IntensityBasis>("used");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    using B = IntensityBasis;
    // Figures from tests/FixtureCatalog.h. XX life-cycle: own 200 (2024), 250 (2022), 900 (2010), history
    // 300 (2019), 260 (2021), 210 (2024); direct 150 (2019).
    QTest::newRow("XX 2019 from history")
        << "XX" << B::Lifecycle << 2019 << 300.0 << 2019 << B::Lifecycle << 300.0 << 300.0;
    // 2024: the own 200 and the history's 210 are both of 2024: the own figure, range 200-210.
    QTest::newRow("XX 2024 own figure") << "XX" << B::Lifecycle << 2024 << 200.0 << 2024 << B::Lifecycle << 200.0
                                        << 210.0;
    // 2023: 2022 and 2024 are one year away; the later one wins, and there the own 200.
    QTest::newRow("XX 2023 nearest, later")
        << "XX" << B::Lifecycle << 2023 << 200.0 << 2024 << B::Lifecycle << 200.0 << 210.0;
    // 2020: 2019 and 2021 are one year away: 2021's 260.
    QTest::newRow("XX 2020 between") << "XX" << B::Lifecycle << 2020 << 260.0 << 2021 << B::Lifecycle << 260.0 << 260.0;
    // 2005: 2010 (5 years) is nearer than 2019 (14): the 900 that the undated range leaves out.
    QTest::newRow("XX 2005 oldest") << "XX" << B::Lifecycle << 2005 << 900.0 << 2010 << B::Lifecycle << 900.0 << 900.0;
    QTest::newRow("XX 2030 newest") << "XX" << B::Lifecycle << 2030 << 200.0 << 2024 << B::Lifecycle << 200.0 << 210.0;
    QTest::newRow("XX direct 2019") << "XX" << B::Direct << 2019 << 150.0 << 2019 << B::Direct << 150.0 << 150.0;
    // The basis is kept before the year: direct 2019 rather than life-cycle 2024.
    QTest::newRow("XX direct 2024, basis first")
        << "XX" << B::Direct << 2024 << 150.0 << 2019 << B::Direct << 150.0 << 150.0;
    // XX-AB has no life-cycle figure in any year: unspecified 10 (2020) and 30 (2023).
    QTest::newRow("XX-AB 2023 basis fallback")
        << "XX-AB" << B::Lifecycle << 2023 << 30.0 << 2023 << B::Unspecified << 30.0 << 30.0;
    // r2, provider: own history 80 (2019), 75 (2020); alternatives 60 (2023), 70 (2018).
    QTest::newRow("r2 provider 2019 own history")
        << "testcloud/r2" << B::Provider << 2019 << 80.0 << 2019 << B::Provider << 80.0 << 80.0;
    QTest::newRow("r2 provider 2024 nearest")
        << "testcloud/r2" << B::Provider << 2024 << 60.0 << 2023 << B::Provider << 60.0 << 60.0;
    // r2, life-cycle: its zone XX's history gives 2019; in 2024 its own 100 with XX's 210 in the range.
    QTest::newRow("r2 2019 from its zone")
        << "testcloud/r2" << B::Lifecycle << 2019 << 300.0 << 2019 << B::Lifecycle << 300.0 << 300.0;
    QTest::newRow("r2 2024 own figure") << "testcloud/r2" << B::Lifecycle << 2024 << 100.0 << 2024 << B::Lifecycle
                                        << 100.0 << 210.0;
}

void TestIntensityBasis::yearChoice()
{
    QFETCH(QString, place);
    QFETCH(IntensityBasis, requested);
    QFETCH(int, year);
    QFETCH(double, expected);
    QFETCH(int, yearUsed);
    QFETCH(IntensityBasis, used);
    QFETCH(double, low);
    QFETCH(double, high);
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    EstimateInput in;
    in.hardware = "test-gpu";
    in.hours = 10;
    in.basis = requested;
    in.year = year;
    const QStringList parts = place.split('/');
    in.location = parts.size() == 2 ? Location::cloud(parts[0].toStdString(), parts[1].toStdString())
                                    : Location::gridZone(place.toStdString());
    const Estimate e = calc.estimate(in);
    QCOMPARE(e.intensity, expected);
    QCOMPARE(e.intensitySource.year.value_or(0), yearUsed);
    QCOMPARE(e.intensityBasis, used);
    QCOMPARE(e.intensityBounds.low, low);
    QCOMPARE(e.intensityBounds.high, high);
    // Never silently: a year other than the one asked for is marked, in these words.
    QCOMPARE(e.yearFallback(), yearUsed != year);
    const std::string text =
        yearUsed != year ? std::to_string(yearUsed) + " figure; none for " + std::to_string(year) + " in the data"
                         : std::string();
    QCOMPARE(e.yearText(), text);
    QCOMPARE(e.emissionsKg, e.energyKwh * expected / 1000.0);

    // Without a year, the place's own figure as before.
    in.year.reset();
    QVERIFY(!calc.estimate(in).yearFallback());
}

void TestIntensityBasis::yearOnBundledData_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<IntensityBasis>("basis");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("yearUsed");
    QTest::addColumn<QString>("sourceId");
    using B = IntensityBasis;
    // Figures of ../shared/data/regions/grid_intensity_history.csv as the regions database keeps them.
    // Germany 2019: no Electricity Maps yearly figure before 2021; OWID's (BP & Ember, 2022 release) 361.57.
    QTest::newRow("DE 2019") << "DE" << B::Lifecycle << 2019 << 361.57 << 2019 << "owid_grapher_2022";
    // Germany 2022: Electricity Maps (via co2.js) 475 comes before OWID/Ember's 385.39.
    QTest::newRow("DE 2022") << "DE" << B::Lifecycle << 2022 << 475.0 << 2022 << "em_co2js";
    QTest::newRow("FR 2015") << "FR" << B::Lifecycle << 2015 << 64.38 << 2015 << "owid_grapher_2022";
    // Google's europe-west4 series: 474 for 2019 (life-cycle in the history file), provider figures
    // from 2021 on: a provider-basis 2019 run takes 2021's 283 and says so.
    QTest::newRow("gcp europe-west4 2019") << "gcp/europe-west4" << B::Lifecycle << 2019 << 474.0 << 2019 << "google";
    QTest::newRow("gcp europe-west4 provider 2019")
        << "gcp/europe-west4" << B::Provider << 2019 << 283.0 << 2021 << "google";
}

void TestIntensityBasis::yearOnBundledData()
{
    QFETCH(QString, place);
    QFETCH(IntensityBasis, basis);
    QFETCH(int, year);
    QFETCH(double, expected);
    QFETCH(int, yearUsed);
    QFETCH(QString, sourceId);
    const Calculator calc(*m_catalog);
    EstimateInput in;
    in.hardware = "nvidia-v100";
    in.hours = 10;
    in.year = year;
    in.basis = basis;
    const QStringList parts = place.split('/');
    in.location = parts.size() == 2 ? Location::cloud(parts[0].toStdString(), parts[1].toStdString())
                                    : Location::gridZone(place.toStdString());
    const Estimate e = calc.estimate(in);
    QCOMPARE(e.intensity, expected);
    QCOMPARE(e.intensitySource.year.value_or(0), yearUsed);
    QCOMPARE(e.intensityBasis, basis);
    QCOMPARE(QString::fromStdString(e.intensitySource.sourceId), sourceId);
    QCOMPARE(e.yearFallback(), yearUsed != year);
}

void TestIntensityBasis::sameGridSameIntensity_data()
{
    QTest::addColumn<QString>("gcpRegion");
    QTest::addColumn<QString>("awsRegion");
    QTest::addColumn<IntensityBasis>("basis");
    QTest::addColumn<double>("expected");
    // Electricity Maps 2024 figures of the shared zone (regions_db/cloud_regions.json, em2024 values).
    QTest::newRow("Stockholm SE-SE3 life-cycle") << "europe-north2"
                                                 << "eu-north-1" << IntensityBasis::Lifecycle << 22.6;
    QTest::newRow("Stockholm SE-SE3 direct") << "europe-north2"
                                             << "eu-north-1" << IntensityBasis::Direct << 4.09;
    QTest::newRow("Montreal CA-QC life-cycle") << "northamerica-northeast1"
                                               << "ca-central-1" << IntensityBasis::Lifecycle << 35.04;
    QTest::newRow("Montreal CA-QC direct") << "northamerica-northeast1"
                                           << "ca-central-1" << IntensityBasis::Direct << 5.48;
    QTest::newRow("Frankfurt DE life-cycle") << "europe-west3"
                                             << "eu-central-1" << IntensityBasis::Lifecycle << 333.77;
    QTest::newRow("Frankfurt DE direct") << "europe-west3"
                                         << "eu-central-1" << IntensityBasis::Direct << 276.61;
    QTest::newRow("Singapore SG life-cycle") << "asia-southeast1"
                                             << "ap-southeast-1" << IntensityBasis::Lifecycle << 484.76;
    QTest::newRow("Singapore SG direct") << "asia-southeast1"
                                         << "ap-southeast-1" << IntensityBasis::Direct << 366.37;
}

void TestIntensityBasis::sameGridSameIntensity()
{
    QFETCH(QString, gcpRegion);
    QFETCH(QString, awsRegion);
    QFETCH(IntensityBasis, basis);
    QFETCH(double, expected);
    const auto* gcp = m_catalog->region("gcp", gcpRegion.toStdString());
    const auto* aws = m_catalog->region("aws", awsRegion.toStdString());
    QVERIFY(gcp && aws);
    const IntensityChoice a = IntensityChoice::of(*m_catalog, *gcp, basis);
    const IntensityChoice b = IntensityChoice::of(*m_catalog, *aws, basis);
    QCOMPARE(a.gPerKwh, expected);
    QCOMPARE(b.gPerKwh, expected);
    QVERIFY(!a.fallback() && !b.fallback());
    QCOMPARE(a.year, 2024);
}

void TestIntensityBasis::providerBasisMarksTheRest()
{
    // Google publishes 2.73 g/kWh for europe-north2 (Google 2024); AWS publishes no grid figure,
    // so eu-north-1 takes its life-cycle 22.6 and is marked.
    const IntensityChoice g =
        IntensityChoice::of(*m_catalog, *m_catalog->region("gcp", "europe-north2"), IntensityBasis::Provider);
    QCOMPARE(g.gPerKwh, 2.73);
    QVERIFY(!g.fallback());
    const IntensityChoice a =
        IntensityChoice::of(*m_catalog, *m_catalog->region("aws", "eu-north-1"), IntensityBasis::Provider);
    QCOMPARE(a.gPerKwh, 22.6);
    QCOMPARE(a.basis, IntensityBasis::Lifecycle);
    QVERIFY(a.fallback());
    QVERIFY(a.basisText().find("no provider-published figure") != std::string::npos);
}

void TestIntensityBasis::rankingRowsCarryTheBasis()
{
    // The default job of the window: 8 x A100 SXM4 80 GB, 24 h, Google Cloud us-central1.
    const Calculator calc(*m_catalog);
    EstimateInput in;
    in.hardware = "nvidia-a100-sxm4-80-gb";
    in.count = 8;
    in.hours = 24;
    in.location = Location::cloud("gcp", "us-central1");
    const Estimate e = calc.estimate(in);
    const auto rows = RegionRanking::rank(calc, e, RegionRanking::Scope::AllProviders);
    // Same grid, same intensity: the rows of one Electricity Maps zone agree whatever the provider.
    std::map<std::string, double> byZone;
    std::size_t fallbacks = 0;
    for (const RankedRegion& r : rows) {
        QCOMPARE(r.basisFallback, r.basis != IntensityBasis::Lifecycle);
        fallbacks += r.basisFallback ? 1 : 0;
        if (r.basisFallback || r.region->zone.empty())
            continue;
        auto [it, added] = byZone.emplace(r.region->zone, r.intensity);
        if (!added)
            QVERIFY2(it->second == r.intensity, (r.provider + "/" + r.code).c_str());
    }
    // 165 regions; 158 have an Electricity Maps life-cycle figure; the other 7 (four Azure US West
    // regions and CoreWeave LGA1 on a US state figure, GCP us-central2 and us-east2 with only
    // Google's) fall back and are counted.
    QCOMPARE(rows.size(), std::size_t(165));
    QCOMPARE(fallbacks, std::size_t(7));
    QCOMPARE(RegionRanking::fallbackCount(rows), std::size_t(7));
}

void TestIntensityBasis::basisKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");  // -1: not a basis
    QTest::newRow("lifecycle") << "lifecycle" << int(IntensityBasis::Lifecycle);
    QTest::newRow("direct") << "direct" << int(IntensityBasis::Direct);
    QTest::newRow("provider") << "provider" << int(IntensityBasis::Provider);
    QTest::newRow("unspecified") << "unspecified" << int(IntensityBasis::Unspecified);
    // The spellings of databases written before the basis was a closed set.
    QTest::newRow("old life-cycle") << "lifecycle (Electricity Maps)" << int(IntensityBasis::Lifecycle);
    QTest::newRow("old provider") << "provider-published (Google: hourly)" << int(IntensityBasis::Provider);
    QTest::newRow("unknown") << "market" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestIntensityBasis::basisKeys()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const auto b = Basis::parse(text.toStdString());
    QCOMPARE(b ? int(*b) : -1, expected);
    if (b)
        QVERIFY(Basis::parse(Basis::key(*b)) == b);  // the key reads back
    // The option parser takes only the choosable keys, any case, and names the field.
    if (expected == int(IntensityBasis::Lifecycle) && !text.contains(' '))
        QCOMPARE(InputRules::basis("LifeCycle"), IntensityBasis::Lifecycle);
    try {
        InputRules::basis("unspecified");
        QFAIL("unspecified is not a choice");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("basis"));
        QVERIFY(e.allowed().find("lifecycle, direct, provider") != std::string::npos);
    }
}

void TestIntensityBasis::unknownBasisInAFileNamesTheEntry()
{
    try {
        DatabaseFile::parse(R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
            {"code": "QQ", "name": "Q", "type": "country", "g_per_kwh": 100, "year": 2024, "source": "s",
             "intensity_alternatives": [{"g_per_kwh": 90, "year": 2024, "source_id": "s", "basis": "market"}]}]})",
                            "override.json");
        QFAIL("accepted");
    } catch (const DataError& e) {
        const std::string what = e.what();
        QVERIFY2(what.find("override.json") != std::string::npos, what.c_str());
        QVERIFY2(what.find("'QQ'") != std::string::npos, what.c_str());
        QVERIFY2(what.find("intensity_alternatives[0].basis: 'market' is not one of") != std::string::npos,
                 what.c_str());
    }
}

void TestIntensityBasis::rulesTextsFollowTheCode()
{
    // The fallback text is written from preference(): each order appears as the code has it.
    const std::string rule = IntensityChoice::fallbackRule();
    QVERIFY2(rule.find("for life-cycle, then unspecified, direct, provider-published") != std::string::npos,
             rule.c_str());
    QVERIFY2(rule.find("for direct, then provider-published, unspecified, life-cycle") != std::string::npos,
             rule.c_str());
    QVERIFY2(rule.find("for provider-published, then life-cycle, unspecified, direct") != std::string::npos,
             rule.c_str());
    // The range rule names the year the code uses, and the README quotes the rule word for word.
    QVERIFY(RangeRule::text().find(std::to_string(RangeRule::kOldestYear) + " or later") != std::string::npos);
    QFile readme(QStringLiteral(MLCARBON_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll()).simplified();
    QVERIFY2(text.contains(QString::fromStdString(RangeRule::text())), "README.md must quote RangeRule::text()");
    QVERIFY2(text.contains(QString::fromStdString(IntensityChoice::fallbackRule())),
             "README.md must quote IntensityChoice::fallbackRule()");
}

void TestIntensityBasis::whatIfHardware()
{
    EstimateInput meena;  // Patterson et al. 2021: 1024 x TPU v3, 289 W measured, PUE 1.09, 415 g/kWh
    meena.hardware = "google-tpu-v3";
    meena.powerW = 289;
    meena.pue = 1.09;
    meena.location = Location::custom(415);
    WhatIfEdit same = WhatIf::withHardware(meena, "google-tpu-v3");
    QVERIFY(same.input == meena && same.notes.empty());
    WhatIfEdit other = WhatIf::withHardware(meena, "nvidia-a100-sxm4-80-gb");
    QCOMPARE(other.input.hardware, std::string("nvidia-a100-sxm4-80-gb"));
    QVERIFY(!other.input.powerW);
    QCOMPARE(*other.input.pue, 1.09);  // the place did not change
    QCOMPARE(other.notes.size(), std::size_t(1));
    QCOMPARE(other.notes[0].field, std::string("power-w"));
    QVERIFY(other.notes[0].text.find("289 W") != std::string::npos);
    other.given("power-w");  // the person gives a new power: the note goes
    QVERIFY(other.notes.empty());
}

void TestIntensityBasis::whatIfMove_data()
{
    QTest::addColumn<Location>("from");
    QTest::addColumn<Location>("to");
    QTest::addColumn<bool>("keeps");
    QTest::newRow("cloud to cloud") << Location::cloud("gcp", "us-central1") << Location::cloud("aws", "eu-north-1")
                                    << false;
    QTest::newRow("own hardware to cloud")
        << Location::gridZone("FR") << Location::cloud("gcp", "europe-west9") << false;
    QTest::newRow("cloud to own hardware")
        << Location::cloud("gcp", "us-central1") << Location::gridZone("FR") << false;
    QTest::newRow("country to country") << Location::gridZone("FR") << Location::gridZone("SE") << true;
    QTest::newRow("known intensity to country") << Location::custom(415) << Location::gridZone("SE") << true;
}

void TestIntensityBasis::whatIfMove()
{
    QFETCH(Location, from);
    QFETCH(Location, to);
    QFETCH(bool, keeps);
    EstimateInput in;
    in.hardware = "nvidia-a100-sxm4-80-gb";
    in.location = from;
    in.pue = 1.3;
    in.offsetPct = 40;
    in.powerW = 250;
    const WhatIfEdit edit = WhatIf::movedTo(in, to);
    QVERIFY(edit.input.location == to);
    QCOMPARE(edit.input.pue.has_value(), keeps);
    QCOMPARE(edit.input.offsetPct.has_value(), keeps);
    QCOMPARE(*edit.input.powerW, 250.0);  // the hardware did not change
    QCOMPARE(edit.notes.size(), std::size_t(keeps ? 0 : 2));
    // Not moving is no edit.
    QVERIFY(WhatIf::movedTo(in, from).notes.empty());
}

void TestIntensityBasis::sameProviderNeedsOneProvider()
{
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    Project p;
    ProjectItem a;
    a.input.hardware = "test-gpu";
    a.input.hours = 1;
    a.input.location = Location::cloud("testcloud", "r1");
    ProjectItem b = a;
    b.input.location = Location::cloud("othercloud", "o1");
    p.items = {a, b};
    const ProjectResult mixed = ProjectCalculator::compute(calc, p);
    try {
        ProjectCalculator::rankMoved(calc, mixed, RegionRanking::Scope::SameProvider);
        QFAIL("a mixed-provider project was compared within one provider");
    } catch (const InputError& e) {
        QCOMPARE(e.field(), std::string("same-provider"));
        QVERIFY2(std::string(e.what()).find("item 2") != std::string::npos, e.what());
    }
    // All providers: every item moved to each of the 3 regions; each row is the sum of both items there.
    const auto rows = ProjectCalculator::rankMoved(calc, mixed, RegionRanking::Scope::AllProviders);
    QCOMPARE(rows.size(), std::size_t(3));
    // Both on testcloud: the same-provider scope works and holds testcloud's 2 regions.
    p.items[1].input.location = Location::cloud("testcloud", "r2");
    const auto same =
        ProjectCalculator::rankMoved(calc, ProjectCalculator::compute(calc, p), RegionRanking::Scope::SameProvider);
    QCOMPARE(same.size(), std::size_t(2));
    // r2 with the provider PUE 1.2 for both items: 2 x 300 W x 1 h x 1.2 / 1000 = 0.72 kWh x 100 g = 0.072 kg.
    QCOMPARE(same.front().code, std::string("r2"));
    QCOMPARE(same.front().emissionsKg, 0.072);
}

QTEST_GUILESS_MAIN(TestIntensityBasis)
#include "TestIntensityBasis.moc"
