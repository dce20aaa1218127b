// Projects of several jobs and published training runs as presets.
#include "Calculator.h"
#include "DatabaseLoader.h"
#include "FixtureCatalog.h"
#include "InputError.h"
#include "PresetProject.h"
#include "ProjectCalculator.h"
#include "ProjectFile.h"
#include "ProjectReport.h"
#include "WhatIf.h"

#include <QtTest>

using namespace mlcarbon;

class TestProjects : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void presetsReproduceTheirReports_data();
    void presetsReproduceTheirReports();
    void everyPresetOpensAndComputes();
    void presetWhatIf_data();
    void presetWhatIf();
    void whatIfTakesEveryValueGiven();
    void totalsAreTheSumOfItems();
    void movedProjectIsTheSumOfMovedItems();
    void reportTableHasItemsAndTotal();
    void saveOpenSaveIsStable();
    void unknownKeysAndNewerVersionsAreKept();
    void basisIsSavedAndApplied();
    void yearAndComputeAreSaved();
    void whatIfKeepsOneKindOfWork();
    void brokenFiles_data();
    void brokenFiles();

private:
    std::unique_ptr<Catalog> m_catalog;
};

void TestProjects::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
}

void TestProjects::presetsReproduceTheirReports_data()
{
    // Driven by the data: every published run whose inputs are all published (device-hours, power,
    // PUE, grid intensity) and whose energy and emissions are both reported.
    QTest::addColumn<QString>("id");
    int complete = 0;
    for (const auto& run : m_catalog->publishedRuns()) {  // initTestCase has loaded it
        if (PresetProject::complete(run)) {
            QTest::newRow(run.id.c_str()) << QString::fromStdString(run.id);
            ++complete;
        }
    }
    QVERIFY(complete >= 5);  // T5, Meena, Switch Transformer, GPT-3, OPT (Patterson et al. 2021, LLaMA paper)
}

void TestProjects::presetsReproduceTheirReports()
{
    QFETCH(QString, id);
    const PublishedRun* run = m_catalog->publishedRun(id.toStdString());
    QVERIFY(run);
    Calculator calc(*m_catalog);
    const Project p = PresetProject::reported(*run);
    const ProjectResult r = ProjectCalculator::compute(calc, p);
    // energy = device-hours x power x PUE / 1000; emissions = energy x grid / 1000, all as published.
    QCOMPARE(r.energyKwh, *run->deviceHours * *run->powerW * *run->pue / 1000);
    QVERIFY2(qAbs(r.energyKwh / 1000 / *run->reportedEnergyMwh - 1) < 0.02,
             qPrintable(QStringLiteral("%1 MWh vs %2").arg(r.energyKwh / 1000).arg(*run->reportedEnergyMwh)));
    QVERIFY2(qAbs(r.emissionsKg / 1000 / *run->reportedTco2e - 1) < 0.02,
             qPrintable(QStringLiteral("%1 t vs %2").arg(r.emissionsKg / 1000).arg(*run->reportedTco2e)));
}

void TestProjects::everyPresetOpensAndComputes()
{
    Calculator calc(*m_catalog);
    QVERIFY(m_catalog->publishedRuns().size() >= 20);
    for (const auto& run : m_catalog->publishedRuns()) {
        const PresetComparison c = PresetProject::compare(calc, run);
        QVERIFY2(c.fromReported && c.fromDefaults, run.id.c_str());
        QVERIFY2(c.fromDefaults->emissionsKg > 0, run.id.c_str());
        // What the databases filled in is said, input by input.
        if (!run.pue)
            QVERIFY2(!c.filledIn.empty(), run.id.c_str());
        if (run.powerW && *run.powerW != c.fromDefaults->hardware.tdpW)
            QVERIFY2(!c.reasons.empty(), run.id.c_str());
    }
}

// A published run with round numbers: 4 x test-gpu for 40 device-hours at a measured 350 W (the
// fixture's TDP is 300 W), PUE 1.3 and 250 g/kWh, all as the paper reports them.
static PublishedRun testRun()
{
    PublishedRun run;
    run.id = "test-run";
    run.name = "Test run";
    run.hardware = "test-gpu";
    run.count = 4;
    run.deviceHours = 40;
    run.powerW = 350;
    run.pue = 1.3;
    run.gPerKwh = 250;
    run.locationAsReported = "Test lab";
    run.defaultKind = LocationKind::Zone;
    run.defaultCode = "XX";
    return run;
}

void TestProjects::presetWhatIf_data()
{
    QTest::addColumn<QString>("hardware");  // empty: not given
    QTest::addColumn<QString>("place");     // "provider/region", a zone code, or empty: not given
    QTest::addColumn<double>("pue");        // 0: not given
    QTest::addColumn<double>("hours");      // 0: not given
    QTest::addColumn<double>("count");      // 0: not given
    QTest::addColumn<double>("expectedKg");
    QTest::addColumn<QStringList>("notes");
    const QString power = "measured power 350 W dropped: it was measured on test-gpu; the TDP of test-tpu applies";
    const QString pue = "PUE 1.3 dropped: it was given for the previous place; the region's PUE applies (else the "
                        "provider's)";
    // 4 devices x 10 h x 350 W x PUE 1.3 / 1000 = 18.2 kWh x 250 g / 1000 = 4.55 kg.
    QTest::newRow("as reported") << ""
                                 << "" << 0.0 << 0.0 << 0.0 << 4.55 << QStringList{};
    // The same device again is no edit: its measured power stays.
    QTest::newRow("same hardware") << "test-gpu"
                                   << "" << 0.0 << 0.0 << 0.0 << 4.55 << QStringList{};
    // test-tpu's TDP 100 W replaces the measured power: 4 x 10 x 100 x 1.3 / 1000 = 5.2 kWh x 250 g = 1.3 kg.
    QTest::newRow("other hardware") << "test-tpu"
                                    << "" << 0.0 << 0.0 << 0.0 << 1.3 << QStringList{power};
    // r1's PUE 1.1 replaces the paper's: 4 x 10 x 350 x 1.1 / 1000 = 15.4 kWh x 400 g = 6.16 kg.
    QTest::newRow("cloud region") << ""
                                  << "testcloud/r1" << 0.0 << 0.0 << 0.0 << 6.16 << QStringList{pue};
    // A PUE given wins and takes the note with it: 4 x 10 x 350 x 1.5 / 1000 = 21 kWh x 400 g = 8.4 kg.
    QTest::newRow("cloud region, PUE given") << ""
                                             << "testcloud/r1" << 1.5 << 0.0 << 0.0 << 8.4 << QStringList{};
    // A known intensity moved to a country is the same facility: PUE 1.3 kept, 18.2 kWh x 200 g = 3.64 kg.
    QTest::newRow("country") << ""
                             << "XX" << 0.0 << 0.0 << 0.0 << 3.64 << QStringList{};
    // Hardware first, then the place, each noted in that order: 4 x 10 x 100 x 1.1 / 1000 = 4.4 kWh x 400 g.
    QTest::newRow("other hardware in a cloud region")
        << "test-tpu"
        << "testcloud/r1" << 0.0 << 0.0 << 0.0 << 1.76 << QStringList{power, pue};
    // Hours and count replace the paper's split: 2 x 5 x 350 x 1.3 / 1000 = 4.55 kWh x 250 g = 1.1375 kg.
    QTest::newRow("hours and count") << ""
                                     << "" << 0.0 << 5.0 << 2.0 << 1.1375 << QStringList{};
}

void TestProjects::presetWhatIf()
{
    QFETCH(QString, hardware);
    QFETCH(QString, place);
    QFETCH(double, pue);
    QFETCH(double, hours);
    QFETCH(double, count);
    QFETCH(double, expectedKg);
    QFETCH(QStringList, notes);
    WhatIfChanges changes;
    if (!hardware.isEmpty())
        changes.hardware = hardware.toStdString();
    if (place.contains('/'))
        changes.location = Location::cloud(place.section('/', 0, 0).toStdString(), place.section('/', 1).toStdString());
    else if (!place.isEmpty())
        changes.location = Location::gridZone(place.toStdString());
    if (pue > 0)
        changes.pue = pue;
    if (hours > 0)
        changes.hours = hours;
    if (count > 0)
        changes.count = count;
    const WhatIfEdit edit = PresetProject::whatIf(testRun(), changes);
    QStringList texts;
    for (const std::string& t : edit.texts())
        texts << QString::fromStdString(t);
    QCOMPARE(texts, notes);
    const Catalog catalog = fixture::make();
    QCOMPARE(Calculator(catalog).estimate(edit.input).emissionsKg, expectedKg);
}

void TestProjects::whatIfTakesEveryValueGiven()
{
    EstimateInput base;  // a job on test-gpu with every value WhatIf can drop
    base.hardware = "test-gpu";
    base.location = Location::gridZone("XX");
    base.pue = 1.3;
    base.offsetPct = 40;
    base.powerW = 350;
    // Nothing given: the same input, nothing noted.
    const WhatIfEdit none = WhatIf::apply(base, {});
    QVERIFY(none.input == base && none.notes.empty());
    WhatIfChanges c;
    c.hours = 3;
    c.count = 2;
    c.utilization = 0.5;
    c.utilizationLow = 0.25;
    c.utilizationHigh = 0.75;
    c.pue = 1.2;
    c.powerW = 200;
    c.offsetPct = 10;
    c.hostCpuW = 30;
    c.hostMemoryGb = 16;
    c.basis = IntensityBasis::Direct;
    EstimateInput expected = base;  // each value given lands in its own field, the rest are kept
    expected.hours = 3;
    expected.count = 2;
    expected.utilization = 0.5;
    expected.utilizationLow = 0.25;
    expected.utilizationHigh = 0.75;
    expected.pue = 1.2;
    expected.powerW = 200;
    expected.offsetPct = 10;
    expected.hostCpuW = 30;
    expected.hostMemoryGb = 16;
    expected.basis = IntensityBasis::Direct;
    const WhatIfEdit all = WhatIf::apply(base, c);
    QVERIFY(all.input == expected);
    QVERIFY(all.notes.empty());
    // Into the cloud with a new device: power, PUE and offset dropped, noted in that order (hardware first,
    // then the place); the offset given again takes its note back.
    WhatIfChanges moved;
    moved.hardware = "test-tpu";
    moved.location = Location::cloud("testcloud", "r1");
    const WhatIfEdit edit = WhatIf::apply(base, moved);
    QVERIFY(!edit.input.powerW && !edit.input.pue && !edit.input.offsetPct);
    QCOMPARE(edit.notes.size(), std::size_t(3));
    QCOMPARE(edit.notes[0].field, std::string("power-w"));
    QCOMPARE(edit.notes[1].field, std::string("pue"));
    QCOMPARE(edit.notes[2].text, std::string("offset 40 % dropped: it was given for the previous place; the new "
                                             "place's provider data apply"));
    moved.offsetPct = 5;
    const WhatIfEdit given = WhatIf::apply(base, moved);
    QCOMPARE(*given.input.offsetPct, 5.0);
    QCOMPARE(given.notes.size(), std::size_t(2));
    QCOMPARE(given.notes[1].field, std::string("pue"));
}

static Project twoItems()
{
    Project p;
    p.name = "test";
    ProjectItem train;
    train.label = "train";
    train.phase = "training";
    train.input.hardware = "test-gpu";
    train.input.count = 2;
    train.input.hours = 10;
    train.input.location = Location::cloud("testcloud", "r1");
    ProjectItem serve;
    serve.label = "serve";
    serve.phase = "inference";
    serve.input.hardware = "Test TPU v9";
    serve.input.hours = 100;
    serve.input.location = Location::gridZone("XX");
    serve.input.pue = 1.2;
    p.items = {train, serve};
    return p;
}

void TestProjects::totalsAreTheSumOfItems()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    const ProjectResult r = ProjectCalculator::compute(calc, twoItems());
    // train: 2 x 10 h x 300 W x 1.1 / 1000 = 6.6 kWh x 400 g = 2.64 kg.
    // serve: 1 x 100 h x 100 W x 1.2 / 1000 = 12 kWh x 200 g = 2.4 kg. Total 18.6 kWh, 5.04 kg.
    QCOMPARE(r.energyKwh, 18.6);
    QCOMPARE(r.emissionsKg, 5.04);
    QCOMPARE(r.phases.at("training").emissionsKg, 2.64);
    QCOMPARE(r.phases.at("inference").emissionsKg, 2.4);
    QCOMPARE(r.shares[0], 2.64 / 5.04);
    QCOMPARE(r.emissionsLowKg, r.items[0].emissionsLowKg + r.items[1].emissionsLowKg);
    QCOMPARE(r.marketEmissionsKg, r.items[0].marketEmissionsKg + r.items[1].marketEmissionsKg);
}

void TestProjects::movedProjectIsTheSumOfMovedItems()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    const ProjectResult r = ProjectCalculator::compute(calc, twoItems());
    const auto rows = ProjectCalculator::rankMoved(calc, r, RegionRanking::Scope::AllProviders);
    QCOMPARE(rows.size(), std::size_t(3));
    // Moved to othercloud/o1 (on-premise PUE 1.5, 20 g): train 2x10x300x1.5/1000 = 9 kWh; serve 1x100x100x1.5/1000
    // = 15 kWh (the item's PUE 1.2 describes its own site); 24 kWh x 20 g = 0.48 kg.
    QCOMPARE(rows[0].code, std::string("o1"));
    QCOMPARE(rows[0].emissionsKg, 0.48);
    QCOMPARE(rows[0].savingKg, 5.04 - 0.48);
    for (const auto& row : rows)
        QVERIFY(!row.chosen);  // the items run in two places
}

void TestProjects::reportTableHasItemsAndTotal()
{
    Catalog catalog = fixture::make();
    Calculator calc(catalog);
    const Project p = twoItems();
    const ProjectResult r = ProjectCalculator::compute(calc, p);
    const Table t = ProjectReport::table(p, r);
    QCOMPARE(t.rows.size(), std::size_t(3));  // two items and the total
    const std::size_t emissions = 7;
    QCOMPARE(t.columns[emissions].key, std::string("emissions_kg"));
    QCOMPARE(t.rows[0][emissions].number + t.rows[1][emissions].number, t.rows[2][emissions].number);
    QCOMPARE(t.rows[2][emissions].number, 5.04);  // 2.64 + 2.4 kg, as computed by hand above
    const std::string text = ProjectReport::text(p, r);
    QVERIFY(text.find("training: 6.60 kWh, 2.64 kg CO2e") != std::string::npos);
    QVERIFY(text.find("inference: 12.0 kWh, 2.40 kg CO2e") != std::string::npos);
}

void TestProjects::saveOpenSaveIsStable()
{
    Project p = twoItems();
    p.items[0].input.utilization = 0.8;
    p.items[1].input.offsetPct = 25;
    const std::string first = ProjectFile::write(p);
    const auto opened = ProjectFile::read(first, "p.mlcarbon.json");
    QVERIFY(opened.warnings.empty());
    QCOMPARE(ProjectFile::write(opened.project), first);
    QCOMPARE(opened.project.items[0].input.utilization, std::optional<double>(0.8));
    QCOMPARE(opened.project.items[1].input.location.zone, std::string("XX"));
}

void TestProjects::unknownKeysAndNewerVersionsAreKept()
{
    const std::string text = R"({"format": "mlcarbon-project", "version": 3, "name": "n", "colour": "green",
        "meta": {"z": [1, 2.5e-7, null, true], "a": {"deep": "x"}},
        "items": [{"label": "a", "hardware": "test-gpu", "hours": 1, "location": {"kind": "custom", "g_per_kwh": 10},
                   "embodied_kg": 12.5}]})";
    const auto r = ProjectFile::read(text, "new.mlcarbon.json");
    QCOMPARE(r.warnings.size(), std::size_t(4));  // newer version, two top-level keys, item key
    const std::string saved = ProjectFile::write(r.project);
    QVERIFY(saved.find("\"colour\": \"green\"") != std::string::npos);
    QVERIFY(saved.find("\"embodied_kg\": 12.5") != std::string::npos);
    // Nested values come back whole, numbers to the last digit, saved and read again as often as you like.
    const auto again = ProjectFile::read(saved, "new.mlcarbon.json");
    QCOMPARE(again.project.extra, r.project.extra);
    QCOMPARE(again.project.items.at(0).extra, r.project.items.at(0).extra);
    QCOMPARE(again.project.extra.at("meta"), std::string(R"({"a":{"deep":"x"},"z":[1,2.5e-07,null,true]})"));
}

void TestProjects::basisIsSavedAndApplied()
{
    Project p;
    p.name = "basis";
    p.basis = IntensityBasis::Direct;
    ProjectItem item;
    item.input.hardware = "nvidia-l4";
    item.input.hours = 10;
    item.input.powerW = 100;
    item.input.location = Location::cloud("aws", "eu-north-1");
    item.input.basis = IntensityBasis::Lifecycle;  // the project's basis wins over an item's
    p.items = {item};
    const std::string text = ProjectFile::write(p);
    QVERIFY(text.find("\"basis\": \"direct\"") != std::string::npos);
    const auto read = ProjectFile::read(text, "b.mlcarbon.json");
    QCOMPARE(read.project.basis, IntensityBasis::Direct);
    // 10 h x 100 W x PUE 1.1 / 1000 = 1.1 kWh x SE-SE3 direct 4.09 g (Electricity Maps 2024) = 0.004499 kg.
    const ProjectResult r = ProjectCalculator::compute(Calculator(*m_catalog), read.project);
    QVERIFY(qAbs(r.emissionsKg - 1.1 * 4.09 / 1000) <= 1e-15);
    QCOMPARE(r.items.front().intensityBasis, IntensityBasis::Direct);
    // A file without the key (written before it existed) opens on the default; a bad one names the file.
    std::string old = text;
    old.erase(old.find("  \"basis\": \"direct\",\n"), std::string("  \"basis\": \"direct\",\n").size());
    QCOMPARE(ProjectFile::read(old, "old.mlcarbon.json").project.basis, IntensityBasis::Lifecycle);
    std::string bad = text;
    bad.replace(bad.find("\"direct\""), 8, "\"market\"");
    try {
        ProjectFile::read(bad, "bad.mlcarbon.json");
        QFAIL("accepted");
    } catch (const ProjectError& e) {
        QVERIFY2(std::string(e.what()).find("bad.mlcarbon.json") != std::string::npos, e.what());
        QVERIFY2(std::string(e.what()).find("basis: 'market' is not one of lifecycle, direct, provider")
                     != std::string::npos,
                 e.what());
    }
}

void TestProjects::yearAndComputeAreSaved()
{
    Project p;
    p.name = "compute";
    ProjectItem item;
    item.input.hardware = "test-gpu";
    item.input.count = 4;
    item.input.params = 1e9;
    item.input.tokens = 2e10;
    item.input.mfu = 0.5;
    item.input.precision = Precision::Fp32;
    item.input.year = 2019;
    item.input.location = Location::gridZone("XX");
    p.items = {item};
    const std::string text = ProjectFile::write(p);
    // No hours key: the hours follow from the compute.
    QVERIFY2(text.find("\"hours\"") == std::string::npos, text.c_str());
    QVERIFY(text.find("\"precision\": \"fp32\"") != std::string::npos);
    const auto read = ProjectFile::read(text, "c.mlcarbon.json");
    QVERIFY(read.project.items.front().input == item.input);
    // 6 x 1e9 x 2e10 = 1.2e20 FLOP / (2.5e13 FP32 x 0.5) = 9.6e6 s = 2666.67 device-hours on test-gpu;
    // x 300 W x PUE 1.5 / 1000 = 1200 kWh; XX's 2019 life-cycle figure 300 g: 360 kg.
    const Catalog catalog = fixture::make();
    const ProjectResult r = ProjectCalculator::compute(Calculator(catalog), read.project);
    QCOMPARE(r.emissionsKg, 360.0);
    QCOMPARE(ProjectFile::write(read.project), text);  // save, open, save: the same bytes
}

void TestProjects::whatIfKeepsOneKindOfWork()
{
    EstimateInput base;
    base.hardware = "test-gpu";
    base.location = Location::gridZone("XX");
    base.params = 1e9;
    base.tokens = 2e10;
    base.mfu = 0.4;
    // FLOP given replace parameters x tokens.
    WhatIfChanges flop;
    flop.flop = 1e20;
    const WhatIfEdit f = WhatIf::apply(base, flop);
    QVERIFY(f.input.flop == 1e20 && !f.input.params && !f.input.tokens);
    // Hours given beside the compute imply the MFU: the one given before is dropped, and noted.
    WhatIfChanges hours;
    hours.hours = 100;
    const WhatIfEdit h = WhatIf::apply(base, hours);
    QVERIFY(!h.input.mfu && h.input.hours == 100);
    QCOMPARE(h.notes.size(), std::size_t(1));
    QCOMPARE(h.notes[0].field, std::string("mfu"));
    // Other hardware: hours measured on test-gpu are not the time on test-tpu; they are dropped.
    EstimateInput timed = base;
    timed.mfu.reset();
    timed.hours = 100;
    WhatIfChanges other;
    other.hardware = "test-tpu";
    const WhatIfEdit o = WhatIf::apply(timed, other);
    QCOMPARE(o.input.hours, 0.0);
    QCOMPARE(o.notes.size(), std::size_t(1));
    QCOMPARE(o.notes[0].text, std::string("100 h dropped: they were the time on test-gpu; on test-tpu the hours "
                                          "follow from the training compute"));
    // Without compute, other hardware keeps the hours.
    EstimateInput plain;
    plain.hardware = "test-gpu";
    plain.hours = 100;
    QCOMPARE(WhatIf::apply(plain, other).input.hours, 100.0);
}

void TestProjects::brokenFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString ok =
        QStringLiteral(R"("hardware": "test-gpu", "hours": 1, "location": {"kind": "custom", "g_per_kwh": 10})");
    auto file = [](const QString& items) {
        return QStringLiteral(R"({"format": "mlcarbon-project", "version": 1, "name": "n", "items": [%1]})").arg(items);
    };
    QTest::newRow("not JSON") << "{"
                              << "not valid JSON";
    QTest::newRow("other format") << R"({"format": "mlcarbon-database", "version": 1})"
                                  << "format";
    QTest::newRow("no items") << R"({"format": "mlcarbon-project", "version": 1})"
                              << "items: missing";
    QTest::newRow("no hours") << file(R"({"label": "x", "hardware": "h", "location": {"kind": "zone", "code": "FR"}})")
                              << "item 1 ('x'): hours: missing";
    QTest::newRow("hours zero") << file(
        QStringLiteral(R"({"label": "x", "hardware": "h", "hours": 0, "location": {"kind": "zone", "code": "FR"}})"))
                                << "item 1 ('x'): hours";
    QTest::newRow("hours text") << file(
        R"({"hardware": "h", "hours": "24", "location": {"kind": "zone", "code": "FR"}})")
                                << "item 1: hours: \"24\" is not a number";
    QTest::newRow("bad phase") << file(QStringLiteral(R"({"phase": "play", %1})").arg(ok)) << "phase: 'play'";
    QTest::newRow("bad location") << file(R"({"hardware": "h", "hours": 1, "location": {"kind": "moon"}})")
                                  << "location: kind: 'moon'";
    QTest::newRow("pue below 1") << file(QStringLiteral(R"({"pue": 0.5, %1})").arg(ok)) << "pue";
    QTest::newRow("year 1999") << file(QStringLiteral(R"({"year": 1999, %1})").arg(ok)) << "year: 1999 is not a year";
    QTest::newRow("year 2019.5") << file(QStringLiteral(R"({"year": 2019.5, %1})").arg(ok)) << "year: 2019.5";
    QTest::newRow("precision int8") << file(QStringLiteral(R"({"flop": 1e20, "precision": "int8", %1})").arg(ok))
                                    << "precision: 'int8'";
    QTest::newRow("params alone") << file(
        R"({"hardware": "h", "params": 7e9, "location": {"kind": "zone", "code": "FR"}})")
                                  << "hours: missing";
    QTest::newRow("mfu with hours") << file(QStringLiteral(R"({"flop": 1e20, "mfu": 0.4, %1})").arg(ok)) << "mfu";
    QTest::newRow("second item bad") << file(QStringLiteral(R"({%1}, {"label": "b", %1, "count": 1.5})").arg(ok))
                                     << "item 2 ('b'): count";
}

void TestProjects::brokenFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
        ProjectFile::read(text.toStdString(), "broken.mlcarbon.json");
        QFAIL("a broken project opened");
    } catch (const ProjectError& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(QStringLiteral("broken.mlcarbon.json: ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestProjects)
#include "TestProjects.moc"
