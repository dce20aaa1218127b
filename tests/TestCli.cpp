// mlcarbon-cli end to end: the binary as scripts call it (exit codes, stdout, stderr).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void helpAndVersion();
    void meenaMatchesPatterson();
    void estimateJsonKeys();
    void embodiedAndWater();
    void hostScheduleAndTotal();
    void compareSortedByWater();
    void batchTurnsEmbodiedAndWaterOff();
    void whenGermany();
    void whenErrorsAndImports();
    void cloudEstimateUsesDatabaseValues();
    void estimateCsvAndText();
    void badInput_data();
    void badInput();
    void basisOption_data();
    void basisOption();
    void computeAndYear();
    void compareMarksTheYear();
    void compareHardware();
    void compareSortedWithSavings();
    void compareSameProviderAndTop();
    void listJson_data();
    void listJson();
    void listSearchRanksExactFirst();
    void exactNamesAndCodesResolve_data();
    void exactNamesAndCodesResolve();
    void overrideFileIsNamedInOutput();
    void brokenOverrideWarnsAndStillWorks();
    void brokenDatabaseDirExits3();
    void databaseDirOfTheCheckoutMatchesBuiltIn();
    void reportWritesEveryFormat();
    void projectEstimateAndCompare();
    void failOverBudget();
    void projectReportWritesEveryFormat();
    void batchExitCodesOutputAndErrors();
    void presetWithOverrides();
    void publishedModels();
    void reportErrors_data();
    void reportErrors();
    void noQtWarningsWithoutRuntimeDir();

private:
    struct Run {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args, const QStringList& unset = {});
    QTemporaryDir m_home;  // XDG_DATA_HOME of the runs: no stray user overrides
};

// unset: variables removed from the run's environment.
TestCli::Run TestCli::cli(const QStringList& args, const QStringList& unset)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
    for (const QString& name : unset)
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MLCARBON_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, "timeout"};
    if (p.exitStatus() != QProcess::NormalExit)
        return {-2, p.readAllStandardOutput(), p.readAllStandardError()};  // a crash
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::init()
{
    QDir(m_home.filePath(QStringLiteral("mlcarbon"))).removeRecursively();
}

void TestCli::helpAndVersion()
{
    Run r = cli({"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("mlcarbon-cli estimate --hardware"));
    QVERIFY(r.out.contains("--same-provider"));
    r = cli({"--version"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("mlcarbon-cli "));
    r = cli({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
}

void TestCli::meenaMatchesPatterson()
{
    // Patterson et al. 2021: 232 MWh and 96.4 tCO2e; within 1 %.
    Run r = cli({"estimate", "--hardware", "TPU v3", "--count", "1024", "--hours", "720", "--power-w", "289", "--pue",
                 "1.09", "--intensity", "415", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(qAbs(o["energy_kwh"].toDouble() / 232000 - 1) < 0.01);
    QVERIFY(qAbs(o["emissions_kg"].toDouble() / 96400 - 1) < 0.01);
    // And exactly the formula: 1024 x 720 x 289 x 1.09 / 1000 kWh, x 415 / 1000 kg.
    QCOMPARE(o["energy_kwh"].toDouble(), 1024.0 * 720 * 289 * 1.09 / 1000);
    QCOMPARE(o["emissions_kg"].toDouble(), 1024.0 * 720 * 289 * 1.09 / 1000 * 415 / 1000);
}

void TestCli::estimateJsonKeys()
{
    Run r = cli({"estimate", "--hardware", "a100 sxm4 80gb", "--hours", "10", "--country", "FR", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    for (const char* key : {"energy_kwh", "emissions_kg", "emissions_low_kg", "emissions_high_kg",
                            "market_emissions_kg", "power_w", "pue", "intensity_g_per_kwh", "hardware", "location"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QJsonObject hw = o["hardware"].toObject();
    for (const char* key : {"id", "name", "tdp_w", "source"})
        QVERIFY2(hw.contains(QLatin1String(key)), key);
    QJsonObject loc = o["location"].toObject();
    for (const char* key : {"provider", "region", "country", "name", "year", "source"})
        QVERIFY2(loc.contains(QLatin1String(key)), key);
    QCOMPARE(hw["id"].toString(), QStringLiteral("nvidia-a100-sxm4-80-gb"));
    QCOMPARE(hw["tdp_w"].toDouble(), 400.0);  // bundled value (ML CO2 Impact, NVIDIA datasheet)
    QCOMPARE(loc["country"].toString(), QStringLiteral("FR"));
    QVERIFY(loc["provider"].isNull());
    // France 2024 (Electricity Maps life-cycle) 33.44 g/kWh, on-premise PUE 1.56 (Uptime 2024):
    // 1 x 10 h x 400 W x 1.56 / 1000 = 6.24 kWh; x 33.44 / 1000 = 0.2086656 kg.
    QCOMPARE(o["pue"].toDouble(), 1.56);
    QCOMPARE(o["intensity_g_per_kwh"].toDouble(), 33.44);
    QCOMPARE(loc["year"].toInt(), 2024);
    QCOMPARE(o["energy_kwh"].toDouble(), 6.24);
    QCOMPARE(o["emissions_kg"].toDouble(), 6.24 * 33.44 / 1000);
    QVERIFY(o["emissions_low_kg"].toDouble() <= o["emissions_kg"].toDouble());
    QVERIFY(o["emissions_high_kg"].toDouble() >= o["emissions_kg"].toDouble());
}

void TestCli::embodiedAndWater()
{
    // 8 x H100 SXM5 for 1 h in AWS us-east-1. Embodied: NVIDIA's HGX H100 footprint 164 kg per GPU, cloud
    // 3 y x 8766 h x 0.5 = 13149 h in use: 164 x 8 / 13149 = 0.0997794 kg. Water: IT energy 8 x 700 W x 1 h
    // = 5.6 kWh; on-site 5.6 x 0.12 L/kWh (the region's WUE, 2024) = 0.672 L; off-site 5.6 x PUE 1.15 x
    // 3.1321 L/kWh (US, WRI) = 20.1707 L.
    const QStringList job = {"estimate", "--hardware", "nvidia-h100-sxm5-80gb",
                             "--count",  "8",          "--hours",
                             "1",        "--provider", "aws",
                             "--region", "us-east-1",  "--format",
                             "json"};
    Run r = cli(job);
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject embodied = o["embodied"].toObject();
    QCOMPARE(embodied["origin"].toString(), QStringLiteral("product_footprint"));
    QVERIFY(qAbs(embodied["kg"].toDouble() - 164.0 * 8 / 13149) < 1e-12);
    const QJsonObject water = o["water"].toObject();
    QVERIFY(qAbs(water["onsite_litres"].toDouble() - 0.672) < 1e-12);
    QVERIFY(qAbs(water["offsite_litres"].toDouble() - 5.6 * 1.15 * 3.1321) < 1e-9);
    QCOMPARE(water["wue_origin"].toString(), QStringLiteral("region"));
    // Turned off: null, and the location-based figure is the same to the bit.
    Run off = cli(job + QStringList{"--no-embodied", "--no-water"});
    const QJsonObject o2 = QJsonDocument::fromJson(off.out).object();
    QVERIFY(o2["embodied"].isNull() && o2["water"].isNull());
    QCOMPARE(o2["emissions_kg"].toDouble(), o["emissions_kg"].toDouble());
    // Text: the lines are there, and gone when turned off.
    QStringList text = job.mid(0, job.size() - 2);
    QVERIFY(cli(text).out.contains("Embodied (scope 3):"));
    QVERIFY(!cli(text + QStringList{"--no-embodied"}).out.contains("Embodied (scope 3):"));
    QVERIFY(cli(text).out.contains("Water:"));
    // A device without any figure says "none", never 0.
    Run tpu = cli({"estimate", "--hardware", "google-tpu-v3", "--hours", "1", "--country", "US"});
    QVERIFY2(tpu.out.contains("Embodied (scope 3):    none: no embodied figure"), tpu.out.constData());
}

void TestCli::hostScheduleAndTotal()
{
    // 8 x H100 SXM5 8 h a day for 18 days = 144 h (1152 device-hours) in AWS us-east-1, cloud lifetime 3 y x
    // 8766 h x 0.5 = 13149 h in use. Devices: NVIDIA's 164 kg x 1152 / 13149 = 14.3681 kg. Host: EcoLogits'
    // 8-GPU server 5700 kg / 8 = 712.5 kg per GPU x 1152 / 13149 = 62.4230 kg. Operational: 1152 x 700 W x
    // PUE 1.15 / 1000 = 927.36 kWh x 400.21 g / 1000 = 371.139 kg; total with embodied 447.930 kg.
    Run r =
        cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "8", "--hours-per-day", "8", "--days", "18",
             "--provider", "aws", "--region", "us-east-1", "--embodied-host", "--with-total", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["hours"].toDouble(), 144.0);
    QCOMPARE(o["hours_per_day"].toDouble(), 8.0);
    QCOMPARE(o["days"].toDouble(), 18.0);
    QVERIFY(qAbs(o["energy_kwh"].toDouble() - 927.36) < 1e-9);
    const QJsonObject embodied = o["embodied"].toObject();
    const double device = 164.0 * 1152 / 13149, host = 712.5 * 1152 / 13149;
    QVERIFY(qAbs(embodied["host"].toObject()["kg"].toDouble() - host) < 1e-9);
    QVERIFY(qAbs(embodied["kg"].toDouble() - (device + host)) < 1e-9);
    const double operational = 927.36 * 400.21 / 1000;
    QVERIFY(qAbs(embodied["total"].toObject()["kg"].toDouble() - (operational + device + host)) < 1e-6);
    QVERIFY(qAbs(o["emissions_kg"].toDouble() - operational) < 1e-9);  // never folded in
    // Not asked: no host, no total.
    r = cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "8", "--hours", "144", "--provider", "aws",
             "--region", "us-east-1", "--format", "json"});
    const QJsonObject plain = QJsonDocument::fromJson(r.out).object()["embodied"].toObject();
    QVERIFY(plain["host"].isNull() && plain["total"].isNull());
    QVERIFY(qAbs(plain["kg"].toDouble() - device) < 1e-9);
    // Text: the schedule in the duration line, the host and total lines.
    r = cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "8", "--hours-per-day", "8", "--days", "18",
             "--provider", "aws", "--region", "us-east-1", "--embodied-host", "--with-total"});
    QVERIFY2(r.out.contains("144 h per device (8 h a day for 18 days; 1152 device-hours)"), r.out.constData());
    QVERIFY(r.out.contains("of which host server:  62.4 kg CO2e"));
    QVERIFY(r.out.contains("Total with embodied:   448 kg CO2e"));
}

void TestCli::compareSortedByWater()
{
    // Least water first: every row's water_l is at most the next one's; rows without a figure last.
    const QStringList job = {"compare",  "--hardware", "nvidia-h100-sxm5-80gb",
                             "--hours",  "10",         "--provider",
                             "aws",      "--region",   "us-east-1",
                             "--format", "json"};
    Run r = cli(job + QStringList{"--sort", "water"});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() > 10);
    bool missingSeen = false;
    double previous = -1;
    for (const QJsonValue& v : rows) {
        const QJsonValue water = v.toObject()["water_l"];
        if (water.isNull()) {
            missingSeen = true;
            continue;
        }
        QVERIFY2(!missingSeen, "a row with water after one without");
        QVERIFY(water.toDouble() >= previous);
        previous = water.toDouble();
    }
    // The default order is still the emissions', and the text heading says which order it is.
    const QJsonArray byEmissions = QJsonDocument::fromJson(cli(job).out).array();
    QVERIFY(byEmissions.first().toObject()["emissions_kg"].toDouble()
            <= byEmissions.last().toObject()["emissions_kg"].toDouble());
    QVERIFY(cli(job.mid(0, job.size() - 2) + QStringList{"--sort", "water"}).out.contains("least water first"));
}

void TestCli::batchTurnsEmbodiedAndWaterOff()
{
    // The example log with --no-embodied --no-water: the two last columns are empty on every row;
    // the energy and emissions columns are those of the default run.
    const QString example = QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/jobs.csv");
    const Run on = cli({"batch", example});
    const Run off = cli({"batch", example, "--no-embodied", "--no-water"});
    QCOMPARE(off.code, 0);
    const QList<QByteArray> a = on.out.trimmed().split('\n'), b = off.out.trimmed().split('\n');
    QCOMPARE(a.size(), b.size());
    int embodiedOn = 0;
    for (int i = 1; i < a.size(); ++i) {
        const QList<QByteArray> x = a[i].trimmed().split(','), y = b[i].trimmed().split(',');
        QCOMPARE(y.size(), x.size());
        embodiedOn += x[x.size() - 2].isEmpty() ? 0 : 1;
        QVERIFY(y[y.size() - 1].isEmpty() && y[y.size() - 2].isEmpty());
        QCOMPARE(y.mid(0, y.size() - 2), x.mid(0, x.size() - 2));
    }
    QVERIFY(embodiedOn >= 5);  // the GPUs' rows and the totals row have a figure when on
}

void TestCli::whenGermany()
{
    // 8 x H100 for 6 h in Germany, "now" 2023-03-15 00:00 Berlin (23:00 UTC on the 14th, hour 1751 of 2023),
    // may start within 24 h. From shared/data/regions/hourly/DE_2023.csv (life-cycle), summed by hand over the
    // hours: now 2286.0 g-hours (mean 381.0 g/kWh); the best start is 10 h later, 10:00 local, 1994.38 (mean
    // 332.40), saving 12.76 %; paused, the 6 cheapest of the 30 hours, 1986.65 (mean 331.11). Stored values are
    // rounded to 0.05 g, so means are compared within 0.03 g.
    Run r = cli({"when", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "8", "--hours", "6", "--country", "DE",
                 "--window", "24", "--date", "2023-03-15", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["start_local"].toString(), QStringLiteral("2023-03-15 00:00"));
    QCOMPARE(o["time_zone"].toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(o["year"].toInt(), 2023);
    const QJsonObject now = o["now"].toObject(), best = o["best_start"].toObject(), paused = o["paused"].toObject();
    QVERIFY(qAbs(now["mean_g_per_kwh"].toDouble() - 381.0) < 0.03);
    QVERIFY(qAbs(best["mean_g_per_kwh"].toDouble() - 1994.38 / 6) < 0.03);
    QVERIFY(qAbs(paused["mean_g_per_kwh"].toDouble() - 1986.65 / 6) < 0.03);
    QCOMPARE(best["runs"].toArray().first().toObject()["start_local"].toString(), QStringLiteral("2023-03-15 10:00"));
    QVERIFY(qAbs(best["saving_pct"].toDouble() - (2286.0 - 1994.38) / 2286.0 * 100) < 0.01);
    // The same energy as the estimate: emissions = energy x mean intensity.
    const double energy = o["energy_kwh"].toDouble();
    const QJsonObject e = QJsonDocument::fromJson(cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--count",
                                                       "8", "--hours", "6", "--country", "DE", "--format", "json"})
                                                      .out)
                              .object();
    QCOMPARE(energy, e["energy_kwh"].toDouble());
    QVERIFY(qAbs(now["emissions_kg"].toDouble() - energy * now["mean_g_per_kwh"].toDouble() / 1000) < 1e-9);
    QVERIFY(o["year_distribution"].toObject()["starts"].toInt() == 8760);
    QVERIFY(o["notice"].toString().contains(QStringLiteral("Open Database License")));
    // Text: the three rows and the notice.
    r = cli({"when", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "8", "--hours", "6", "--country", "DE", "--date",
             "2023-03-15"});
    QVERIFY2(r.out.contains("Best start        10:00-16:00"), r.out.constData());
    QVERIFY(r.out.contains("Electricity Maps"));
    // Asked for, the PDF and Markdown reports carry the same section; without the options, neither does.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("when.pdf")), md = dir.filePath(QStringLiteral("when.md"));
    const QStringList job = {"report",  "--hardware", "nvidia-h100-sxm5-80gb",
                             "--count", "8",          "--hours",
                             "6",       "--country",  "DE",
                             "--pdf",   pdf,          "--markdown",
                             md};
    r = cli(job + QStringList{"--window", "24", "--date", "2023-03-15"});
    QCOMPARE(r.code, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QByteArray pdfText = text.readAllStandardOutput();
    QVERIFY2(pdfText.contains("When to run") && pdfText.contains("10:00-16:00"), pdfText.constData());
    QVERIFY(pdfText.contains("Open Database License"));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QByteArray markdown = mdFile.readAll();
    QVERIFY(markdown.contains("## When to run"));
    QVERIFY(markdown.contains("| Best start | 10:00-16:00 |"));
    mdFile.close();
    QCOMPARE(cli(job).code, 0);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QVERIFY(!mdFile.readAll().contains("When to run"));
    // A project's items may run elsewhere: a section for it is refused.
    const Run project =
        cli({"report", "--project", QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/small-llm.mlcarbon.json"),
             "--markdown", md, "--when"});
    QCOMPARE(project.code, 2);
    QVERIFY2(project.err.contains("--when"), project.err.constData());
}

void TestCli::whenErrorsAndImports()
{
    const QStringList job = {"when", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "8", "--hours", "6"};
    struct Case {
        QStringList args;
        QByteArray says;
    };
    const QList<Case> cases = {
        {job + QStringList{"--country", "DE", "--deadline", "4"},
         "--deadline: '4' is not allowed; at least the job's 6 hours"},
        {job + QStringList{"--country", "DE", "--deadline", "30", "--window", "3"}, "--deadline"},
        {job + QStringList{"--country", "DE", "--date", "15.03.2023"}, "--date: '15.03.2023'"},
        {job + QStringList{"--country", "DE", "--date", "2023-03-15", "--month", "3"}, "--month"},
        {job + QStringList{"--country", "DE", "--min-slot", "0.5"}, "--min-slot: '0.5'"},
        {job + QStringList{"--intensity", "300"}, "location: 'custom intensity'"},
        {job + QStringList{"--country", "US-CA"}, "has no hourly data"},
    };
    for (const Case& c : cases) {
        const Run r = cli(c.args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(c.says), r.err.constData());
    }
    // California as own hardware (US-CA) has no hourly zone; the person's own series fills the gap for this
    // run: 12 dirty hours (400) then 12 clean (100) from 2025-06-01 00:00 UTC. An imported series of a zone the
    // data lack has no time zone, so its hours are UTC. A 2 h job that may wait 20 h: now 2 x 400, best start
    // 12:00 at 2 x 100, saving (800 - 200) / 800 = 75 %.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ca.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("datetime,gco2_per_kwh\n");
    for (int h = 0; h < 24; ++h)
        f.write(QStringLiteral("2025-06-01T%1:00:00Z,%2\n").arg(h, 2, 10, QChar('0')).arg(h < 12 ? 400 : 100).toUtf8());
    f.close();
    Run r = cli({"when", "--hardware", "nvidia-h100-sxm5-80gb", "--hours", "2", "--country", "US-CA", "--window", "20",
                 "--date", "2025-06-01", "--hourly-file", file, "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["best_start"].toObject()["saving_pct"].toDouble(), 75.0);
    QCOMPARE(o["best_start"].toObject()["runs"].toArray().first().toObject()["start_local"].toString(),
             QStringLiteral("2025-06-01 12:00"));
    // A broken file names itself and the line, and nothing is kept.
    QVERIFY(f.open(QIODevice::Append));
    f.write("2025-06-02T05:00:00Z,100\n");
    f.close();
    r = cli(
        {"when", "--hardware", "nvidia-h100-sxm5-80gb", "--hours", "2", "--country", "US-CA", "--hourly-file", file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("ca.csv:26: datetime: 2025-06-02T05:00:00Z leaves a gap"), r.err.constData());
    QVERIFY(!QDir(m_home.filePath(QStringLiteral("mlcarbon/hourly"))).exists());
}

void TestCli::cloudEstimateUsesDatabaseValues()
{
    // AWS us-east-1: 400.21 g/kWh (Electricity Maps 2024, US-MIDA-PJM), region PUE 1.15 (2024),
    // market-based 0 (provider claim, offset 100 %). 8 x 24 h x 700 W (H100 SXM5 TDP) x 1.15 / 1000
    // = 154.56 kWh; x 400.21 / 1000 = 61.856... kg.
    Run r = cli({"estimate", "--hardware", "H100 SXM5 80GB", "--count", "8", "--hours", "24", "--provider", "aws",
                 "--region", "us-east-1", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["pue"].toDouble(), 1.15);
    QCOMPARE(o["intensity_g_per_kwh"].toDouble(), 400.21);
    QCOMPARE(o["energy_kwh"].toDouble(), 8 * 24 * 700 * 1.15 / 1000);
    QCOMPARE(o["emissions_kg"].toDouble(), 8 * 24 * 700 * 1.15 / 1000 * 400.21 / 1000);
    QCOMPARE(o["market_emissions_kg"].toDouble(), 0.0);
    QJsonObject loc = o["location"].toObject();
    QCOMPARE(loc["provider"].toString(), QStringLiteral("aws"));
    QCOMPARE(loc["region"].toString(), QStringLiteral("us-east-1"));
    QCOMPARE(loc["file"].toString(), QStringLiteral("built-in regions_db/cloud_regions.json"));
    // An offset given on the command line replaces the provider's: 61.86 x (1 - 0.3).
    r = cli({"estimate", "--hardware", "H100 SXM5 80GB", "--count", "8", "--hours", "24", "--provider", "AWS",
             "--region", "US-EAST-1", "--offset", "30", "--format", "json"});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["market_emissions_kg"].toDouble(), o["emissions_kg"].toDouble() * 0.7);
}

void TestCli::estimateCsvAndText()
{
    const QStringList job = {"estimate",  "--hardware", "TPU v3", "--count", "1024",        "--hours", "720",
                             "--power-w", "289",        "--pue",  "1.09",    "--intensity", "415"};
    Run r = cli(job + QStringList{"--format", "csv"});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines[0].startsWith("hardware_id,hardware_name,count,hours,power_w,pue,intensity_g_per_kwh"));
    QVERIFY(lines[0].contains("emissions_kg"));
    QVERIFY(lines[1].startsWith("google-tpu-v3,Google TPU v3,1024,720,289,1.09,415,"));

    r = cli(job);
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("232 MWh")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("96.4 t CO2e")));
    QVERIFY(text.contains(QStringLiteral("energy = 1024 x 720 h x 289 W x PUE 1.09 / 1000 = 232 MWh")));
    QVERIFY(text.contains(QStringLiteral("emissions = 232 MWh x 415 gCO2e/kWh / 1000 = 96.4 t CO2e")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
    QVERIFY(text.contains(QStringLiteral("Epoch AI")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");  // must appear in the one stderr line
    const QStringList ok = {"--hardware", "TPU v3", "--intensity", "400"};
    const QStringList e = {"estimate"};
    for (const char* h : {"0", "-1", "NaN", "inf", "1e999", "abc", ""})
        QTest::newRow(qPrintable(QStringLiteral("hours %1").arg(h)))
            << e + ok + QStringList{"--hours", h} << QStringLiteral("--hours");
    const QStringList job = e + ok + QStringList{"--hours", "1"};
    QTest::newRow("count 0") << job + QStringList{"--count", "0"} << "--count: '0' is not allowed";
    const QStringList v100 = e + QStringList{"--hardware", "nvidia-v100", "--intensity", "400"};
    QTest::newRow("params without tokens") << v100 + QStringList{"--params", "7B"} << "--tokens: no value given";
    QTest::newRow("params 7X") << v100 + QStringList{"--params", "7X", "--tokens", "2T"} << "--params: '7X'";
    QTest::newRow("mfu 2") << v100 + QStringList{"--flop", "1e20", "--mfu", "2"} << "--mfu: '2' is not allowed";
    QTest::newRow("mfu with hours") << v100 + QStringList{"--flop", "1e20", "--mfu", "0.3", "--hours", "5"}
                                    << "the MFU is implied by them";
    QTest::newRow("precision int8") << v100 + QStringList{"--flop", "1e20", "--precision", "int8"}
                                    << "--precision: 'int8' is not allowed; one of bf16";
    QTest::newRow("no fp8 figure") << v100 + QStringList{"--flop", "1e20", "--precision", "fp8"}
                                   << "NVIDIA V100 has a peak FLOP/s figure for: bf16, fp16, fp32";
    QTest::newRow("year 1999") << job + QStringList{"--year", "1999"} << "--year: '1999' is not allowed";
    QTest::newRow("no work") << v100 << "--hours: no value given; the work is required";
    // A bad basis is bad input whether the batch writes to stdout or to a file (with -o it was a
    // failed write, exit 1, read only inside the file writer).
    const QString log = QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/jobs.csv");
    QTest::newRow("batch basis") << QStringList{"batch", log, "--basis", "nope"} << "--basis: 'nope' is not allowed";
    QTest::newRow("batch basis to a file")
        << QStringList{"batch",   log,   "-o", QDir::temp().filePath(QStringLiteral("mlcarbon-never-written.csv")),
                       "--basis", "nope"}
        << "--basis: 'nope' is not allowed";
    QTest::newRow("hours and days") << job + QStringList{"--days", "3"}
                                    << "--days: '3' is not allowed; either --hours, or --hours-per-day with --days";
    QTest::newRow("days alone") << e + ok + QStringList{"--days", "3"}
                                << "--days: '3' is not allowed; with --hours-per-day";
    QTest::newRow("25 h a day") << e + ok + QStringList{"--hours-per-day", "25", "--days", "3"}
                                << "--hours-per-day: '25' is not allowed; hours a day greater than 0 and at most 24";
    QTest::newRow("compare sort")
        << QStringList{"compare"} + ok + QStringList{"--hours", "1", "--sort", "fastest"}
        << "--sort: 'fastest' is not allowed; emissions (cleanest first, the default) or water";
    QTest::newRow("count negative") << job + QStringList{"--count", "-3"} << "--count: '-3'";
    QTest::newRow("count fractional") << job + QStringList{"--count", "2.5"} << "--count: '2.5'";
    QTest::newRow("utilisation 0") << job + QStringList{"--utilization", "0"} << "--utilization: '0'";
    QTest::newRow("utilisation 1.5") << job + QStringList{"--utilization", "1.5"} << "--utilization: '1.5'";
    QTest::newRow("pue 0.8") << job + QStringList{"--pue", "0.8"} << "--pue: '0.8'";
    QTest::newRow("power negative") << job + QStringList{"--power-w", "-5"} << "--power-w: '-5'";
    QTest::newRow("intensity negative") << e + QStringList{"--hardware", "TPU v3", "--hours", "1", "--intensity", "-5"}
                                        << "--intensity: '-5'";
    QTest::newRow("offset 150") << job + QStringList{"--offset", "150"} << "--offset: '150'";
    QTest::newRow("offset -1") << job + QStringList{"--offset", "-1"} << "--offset: '-1'";
    QTest::newRow("unknown hardware") << e + QStringList{"--hardware", "Quantum Toaster", "--hours",
                                                         "1",          "--intensity",     "1"}
                                      << "--hardware: 'Quantum Toaster' is not in the hardware database";
    QTest::newRow("ambiguous hardware") << e + QStringList{"--hardware", "H100", "--hours", "1", "--intensity", "1"}
                                        << "--hardware: 'H100' is ambiguous";
    // No silent guesses (issue 12): part of one name is a candidate, not the device. Only "Amazon
    // Trainium2" (hardware_db/accelerators.json) contains "Trainium", only "Google TPU v5e" "TPU v5".
    QTest::newRow("part of one hardware name")
        << e + QStringList{"--hardware", "Trainium", "--hours", "1", "--country", "FR"}
        << "--hardware: 'Trainium' is ambiguous (only part of a name); did you mean: Amazon Trainium2 "
           "[amazon-trainium2]";
    QTest::newRow("TPU v5 is not TPU v5e")
        << e + QStringList{"--hardware", "TPU v5", "--hours", "1", "--intensity", "1"}
        << "did you mean: Google TPU v5e [google-tpu-v5e]";
    // regions_db/grid_zones.json: GE "Georgia" is a country, US-GA "Georgia" a subdivision of US.
    QTest::newRow("place name of two places")
        << e + QStringList{"--hardware", "TPU v3", "--hours", "1", "--country", "Georgia"}
        << "--country: 'Georgia' is ambiguous; give one of: GE (Georgia, country), US-GA (Georgia, subdivision of US)";
    QTest::newRow("unknown provider") << e + QStringList{"--hardware", "TPU v3",  "--hours",  "1",
                                                         "--provider", "nocloud", "--region", "x"}
                                      << "--provider: 'nocloud' is not a provider";
    QTest::newRow("unknown region") << e + QStringList{"--hardware", "TPU v3", "--hours",  "1",
                                                       "--provider", "aws",    "--region", "mars-1"}
                                    << "--region: 'mars-1' is not a region of aws";
    QTest::newRow("region of another provider")
        << e + QStringList{"--hardware", "TPU v3", "--hours", "1", "--provider", "aws", "--region", "europe-west4"}
        << "--region: 'europe-west4' is a region of gcp, not of aws";
    QTest::newRow("unknown country") << e + QStringList{"--hardware", "TPU v3", "--hours", "1", "--country", "QQ"}
                                     << "--country: 'QQ' is not a country";
    QTest::newRow("two locations") << job + QStringList{"--country", "FR"} << "two locations given";
    QTest::newRow("no location") << e + QStringList{"--hardware", "TPU v3", "--hours", "1"} << "a location is required";
    QTest::newRow("provider without region")
        << e + QStringList{"--hardware", "TPU v3", "--hours", "1", "--provider", "aws"} << "--region";
    QTest::newRow("no hardware") << e + QStringList{"--hours", "1", "--intensity", "1"} << "--hardware";
    QTest::newRow("unknown option") << job + QStringList{"--colour", "red"} << "--colour";
    QTest::newRow("repeated option") << job + QStringList{"--hours", "2"} << "give it only once";
    QTest::newRow("bad format") << job + QStringList{"--format", "xml"} << "--format: 'xml'";
    QTest::newRow("unknown command") << QStringList{"estimat"} << "command: 'estimat'";
    QTest::newRow("bad top") << QStringList{"compare"} + ok + QStringList{"--hours", "1", "--top", "0"} << "--top: '0'";
    QTest::newRow("same provider without cloud")
        << QStringList{"compare"} + ok + QStringList{"--hours", "1", "--same-provider"} << "--same-provider";
    QTest::newRow("list what") << QStringList{"list", "gpus"} << "list: 'gpus'";
    QTest::newRow("embodied on and off")
        << job + QStringList{"--embodied", "--no-embodied"}
        << "--embodied: '--no-embodied' given with --embodied; give one of --embodied or --no-embodied";
    QTest::newRow("lifetime 0") << job + QStringList{"--lifetime-years", "0"} << "--lifetime-years: '0'";
    QTest::newRow("active share 2") << job + QStringList{"--active-share", "2"} << "--active-share: '2'";
    QTest::newRow("wue 25") << job + QStringList{"--wue", "25"} << "--wue: '25' is not allowed";
    QTest::newRow("requests 0") << job + QStringList{"--requests", "0"} << "--requests: '0'";
    QTest::newRow("unknown basis") << job + QStringList{"--basis", "market"}
                                   << "--basis: 'market' is not allowed; one of lifecycle, direct, provider";
    QTest::newRow("unspecified is no choice")
        << job + QStringList{"--basis", "unspecified"} << "--basis: 'unspecified'";
    // The example project runs on AWS, Google Cloud and own hardware: no single provider to compare within.
    QTest::newRow("same provider, mixed project")
        << QStringList{"compare", "--project", MLCARBON_SOURCE_DIR "/resources/examples/small-llm.mlcarbon.json",
                       "--same-provider"}
        << "only when every item runs on the same cloud provider; item 2 runs on Google Cloud";
}

void TestCli::basisOption_data()
{
    QTest::addColumn<QString>("basis");  // empty: the default
    QTest::addColumn<double>("awsStockholm");
    QTest::addColumn<double>("gcpStockholm");
    QTest::addColumn<QString>("gcpBasis");
    QTest::addColumn<QString>("headline");
    // regions_db/cloud_regions.json: both on zone SE-SE3; Electricity Maps 2024 life-cycle 22.6, direct
    // 4.09; Google publishes 2.73 for europe-north2, AWS no figure (life-cycle, marked).
    QTest::newRow("default") << QString() << 22.6 << 22.6 << "lifecycle"
                             << "on the life-cycle basis; 7 of 165 rows have no life-cycle figure";
    QTest::newRow("direct") << "direct" << 4.09 << 4.09 << "direct"
                            << "on the direct basis; 7 of 165 rows have no direct figure";
    QTest::newRow("provider") << "provider" << 22.6 << 2.73 << "provider"
                              << "on the provider-published basis; 121 of 165 rows";
}

void TestCli::basisOption()
{
    QFETCH(QString, basis);
    QFETCH(double, awsStockholm);
    QFETCH(double, gcpStockholm);
    QFETCH(QString, gcpBasis);
    QFETCH(QString, headline);
    QStringList args = {
        "compare",  "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "24", "--provider", "gcp",
        "--region", "us-central1"};
    if (!basis.isEmpty())
        args << "--basis" << basis;
    Run r = cli(args + QStringList{"--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 165);
    int found = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        // Every row carries its basis, and whether it is another than the one asked for.
        QVERIFY(o.contains("basis") && o.contains("basis_fallback"));
        if (o["provider"] == "aws" && o["region"] == "eu-north-1") {
            QCOMPARE(o["intensity_g_per_kwh"].toDouble(), awsStockholm);
            QCOMPARE(o["basis_fallback"].toBool(), basis == QLatin1String("provider"));
            ++found;
        }
        if (o["provider"] == "gcp" && o["region"] == "europe-north2") {
            QCOMPARE(o["intensity_g_per_kwh"].toDouble(), gcpStockholm);
            QCOMPARE(o["basis"].toString(), gcpBasis);
            QVERIFY(!o["basis_fallback"].toBool());
            ++found;
        }
    }
    QCOMPARE(found, 2);
    // The text form's header says the basis and how many rows are on another one.
    Run text = cli(args + QStringList{"--top", "3"});
    QVERIFY2(text.out.contains(headline.toUtf8()), text.out.constData());
    // The estimate says it too.
    Run est = cli(QStringList{"estimate"} + args.mid(1) + QStringList{"--format", "json"});
    const QJsonObject e = QJsonDocument::fromJson(est.out).object();
    QCOMPARE(e["requested_basis"].toString(), basis.isEmpty() ? QStringLiteral("lifecycle") : basis);
    QVERIFY(e.contains("basis_fallback"));
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());  // never a partial result
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count('\n'), 1);  // one line
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.startsWith(QStringLiteral("mlcarbon-cli: error: ")), qPrintable(err));
}

void TestCli::computeAndYear()
{
    // "7B parameters, 2T tokens, H100, 2023, Texas": 6 x 7e9 x 2e12 = 8.4e22 FLOP; the H100 SXM5's
    // 989.4 TFLOP/s (Epoch AI, BF16 tensor) at the published median MFU 0.38:
    // 8.4e22 / (9.894e14 x 0.38) / 3600 = 62,061 device-hours; on 256 devices 242.4 h each.
    Run r = cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--params", "7B", "--tokens", "2T", "--count",
                 "256", "--year", "2023", "--country", "Texas", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject c = o.value("compute").toObject();
    QCOMPARE(c.value("flop").toDouble(), 8.4e22);
    QCOMPARE(c.value("peak_flop_per_s").toDouble(), 9.894e14);
    QCOMPARE(c.value("mfu").toDouble(), 0.38);
    QCOMPARE(c.value("mfu_origin").toString(), QStringLiteral("default"));
    QCOMPARE(qRound(c.value("device_hours").toDouble()), 62061);
    QCOMPARE(qRound(o.value("hours").toDouble() * 10), 2424);
    // Texas (US-TX) has no figure for 2023: its nearest, 2020 (Green Algorithms, unspecified basis), and it says so.
    QCOMPARE(o.value("year").toInt(), 2023);
    QVERIFY(o.value("year_fallback").toBool());
    QCOMPARE(o.value("year_note").toString(), QStringLiteral("2020 figure; none for 2023 in the data"));
    QCOMPARE(o.value("location").toObject().value("year").toInt(), 2020);
    // The MFU quartiles 0.30-0.4935 bound the device-hours: 8.4e22 / (9.894e14 x 0.4935) / 3600 = 47,788.
    QCOMPARE(qRound(c.value("device_hours_low").toDouble()), 47788);

    // Text: the inputs, the year note and the rule's sources.
    r = cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--params", "7B", "--tokens", "2T", "--year", "2023",
             "--country", "US-TX"});
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("8.4e22 FLOP (6 x 7e9 parameters x 2e12 tokens)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("989 TFLOP/s, BF16/FP16 tensor")));
    QVERIFY(text.contains(QStringLiteral("2023 (2020 figure; none for 2023 in the data)")));
    QVERIFY(text.contains(QStringLiteral("Kaplan et al. 2020; Hoffmann et al. 2022")));

    // Compute and hours: GPT-3's 3.14e23 FLOP on 10,000 V100s for 14.8 days (355.2 h) implies
    // 3.14e23 / (1.25e14 x 10000 x 355.2 x 3600) = 0.196; 35.5 h would imply 1.96, flagged.
    r = cli({"estimate", "--hardware", "nvidia-v100", "--flop", "3.14e23", "--count", "10000", "--hours", "35.52",
             "--intensity", "400", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonObject implied = QJsonDocument::fromJson(r.out).object().value("compute").toObject();
    QCOMPARE(implied.value("mfu_origin").toString(), QStringLiteral("implied"));
    QCOMPARE(qRound(implied.value("mfu").toDouble() * 100), 196);
    QVERIFY(implied.value("mfu_implausible").toBool());

    // Without a year, no year keys are set and the place's own figure is used.
    r = cli({"estimate", "--hardware", "nvidia-v100", "--hours", "1", "--country", "DE", "--format", "json"});
    const QJsonObject plain = QJsonDocument::fromJson(r.out).object();
    QVERIFY(plain.value("year").isNull());
    QVERIFY(plain.value("compute").isNull());
    QCOMPARE(plain.value("location").toObject().value("year").toInt(), 2024);
}

void TestCli::compareMarksTheYear()
{
    // Every row on the same year; rows without a figure for it are marked and counted.
    Run r = cli({"compare", "--hardware", "nvidia-v100", "--hours", "100", "--year", "2019", "--country", "DE",
                 "--format", "csv"});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    const QList<QByteArray> header = lines[0].split(',');
    const auto yearCol = header.indexOf("intensity_year"), markCol = header.indexOf("year_fallback");
    QVERIFY(yearCol >= 0 && markCol >= 0);
    int marked = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // A simple split is enough: no name in the comparison has a comma... except quoted ones; skip those.
        if (lines[i].contains('"'))
            continue;
        const QList<QByteArray> cells = lines[i].split(',');
        const bool fallback = cells[markCol] == "true";
        QCOMPARE(fallback, cells[yearCol] != "2019");
        marked += fallback ? 1 : 0;
    }
    QVERIFY(marked > 0);
    r = cli({"compare", "--hardware", "nvidia-v100", "--hours", "100", "--year", "2019", "--country", "DE"});
    QVERIFY2(r.out.contains("Year of the run: 2019; ") && r.out.contains("nearest year's (marked nearest)"),
             r.out.constData());
}

void TestCli::compareHardware()
{
    const QStringList job = {"compare-hardware", "--hardware", "nvidia-v100", "--flop", "3.14e23", "--mfu", "0.4",
                             "--country",        "FR",         "--format",    "json"};
    Run r = cli(job);
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() > 20);
    double previous = 0;
    int chosen = 0;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        QVERIFY(o["emissions_kg"].toDouble() >= previous);  // cleanest first
        previous = o["emissions_kg"].toDouble();
        // device-hours = 3.14e23 / (peak x 0.4) / 3600, on every row (the same MFU).
        const double expected = 3.14e23 / (o["peak_tflop_per_s"].toDouble() * 1e12 * 0.4) / 3600;
        QVERIFY(qAbs(o["device_hours"].toDouble() - expected) <= 1e-9 * expected);
        chosen += o["chosen"].toBool() ? 1 : 0;
    }
    QCOMPARE(chosen, 1);
    // V100 at 125 TFLOP/s: 3.14e23 / (1.25e14 x 0.4) / 3600 = 1,744,444 device-hours.
    for (const QJsonValue& v : rows) {
        if (v.toObject()["chosen"].toBool())
            QCOMPARE(qRound(v.toObject()["device_hours"].toDouble()), 1744444);
    }
    // --kind tpu: only TPUs, and the chosen V100.
    r = cli(job + QStringList{"--kind", "tpu"});
    for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
        QVERIFY(v.toObject()["kind"].toString() == "tpu" || v.toObject()["chosen"].toBool());
    // Bad filters and a job without compute are bad input, named.
    r = cli(job + QStringList{"--kind", "fpga"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--kind: 'fpga' is not allowed; one of gpu, tpu, other"));
    r = cli({"compare-hardware", "--hardware", "nvidia-v100", "--hours", "10", "--country", "FR"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--flop"));
    // The text form states the assumption.
    r = cli(job.mid(0, job.size() - 2));
    QVERIFY2(r.out.contains("the same MFU 0.400 (given) on every device, power = TDP x utilisation"),
             r.out.constData());
}

void TestCli::compareSortedWithSavings()
{
    Run r = cli({"compare", "--hardware", "a100 sxm4 80gb", "--count", "8", "--hours", "24", "--provider", "gcp",
                 "--region", "us-central1", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() >= 150);  // every region of every provider
    double previous = -1;
    int chosen = 0;
    double reference = 0;
    for (const auto& v : rows) {
        QJsonObject o = v.toObject();
        for (const char* key : {"provider", "region", "name", "country", "intensity_g_per_kwh", "pue", "emissions_kg",
                                "saving_kg", "saving_pct"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o["emissions_kg"].toDouble() >= previous);
        previous = o["emissions_kg"].toDouble();
        if (o["chosen"].toBool()) {
            ++chosen;
            reference = o["emissions_kg"].toDouble();
            QCOMPARE(o["saving_kg"].toDouble(), 0.0);
        }
    }
    QCOMPARE(chosen, 1);
    // Each saving is the reference minus the row, and the percentage follows.
    for (const auto& v : rows) {
        QJsonObject o = v.toObject();
        QCOMPARE(o["saving_kg"].toDouble() + 1.0, reference - o["emissions_kg"].toDouble() + 1.0);
        QCOMPARE(o["saving_pct"].toDouble() + 1.0, 100.0 * o["saving_kg"].toDouble() / reference + 1.0);
    }
    // The row of the cleanest region is the same job there: estimate agrees to the last digit.
    QJsonObject best = rows.first().toObject();
    Run e = cli({"estimate", "--hardware", "a100 sxm4 80gb", "--count", "8", "--hours", "24", "--provider",
                 best["provider"].toString(), "--region", best["region"].toString(), "--format", "json"});
    QCOMPARE(e.code, 0);
    QCOMPARE(QJsonDocument::fromJson(e.out).object()["emissions_kg"].toDouble(), best["emissions_kg"].toDouble());
}

void TestCli::compareSameProviderAndTop()
{
    Run r = cli({"compare", "--hardware", "TPU v3", "--hours", "100", "--provider", "azure", "--region", "westeurope",
                 "--same-provider", "--top", "5", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 5);
    for (const auto& v : rows)
        QCOMPARE(v.toObject()["provider"].toString(), QStringLiteral("azure"));
    r = cli({"compare", "--hardware", "TPU v3", "--hours", "100", "--provider", "azure", "--region", "westeurope",
             "--top", "3", "--format", "csv"});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count("\r\n"), 4);  // header + 3 rows
    QVERIFY(r.out.startsWith("rank,provider,region,name,country,intensity_g_per_kwh"));
    // Own hardware in every country: Iceland or another low-carbon grid first, each with the on-premise PUE.
    r = cli(
        {"compare", "--hardware", "TPU v3", "--hours", "100", "--country", "DE", "--countries", "--format", "json"});
    QCOMPARE(r.code, 0);
    rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() >= 290);  // 220 countries + 76 subdivisions
    QVERIFY(rows.first().toObject()["provider"].isNull());
    QCOMPARE(rows.first().toObject()["pue"].toDouble(), 1.56);
    int chosen = 0;
    for (const auto& v : rows)
        chosen += v.toObject()["chosen"].toBool() && v.toObject()["region"].toString() == QStringLiteral("DE");
    QCOMPARE(chosen, 1);
}

void TestCli::listJson_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("minimum");
    QTest::newRow("hardware") << "hardware" << QStringList{"id", "name", "vendor", "kind", "tdp_w", "year", "source"}
                              << 2300;
    QTest::newRow("regions") << "regions" << QStringList{"provider", "region", "name", "country", "intensity_g_per_kwh",
                                                         "year",     "source", "pue"}
                             << 150;
    QTest::newRow("countries") << "countries" << QStringList{"code", "name", "intensity_g_per_kwh", "year", "source"}
                               << 200;
    QTest::newRow("providers") << "providers" << QStringList{"id", "name", "pue", "regions"} << 4;
}

void TestCli::listJson()
{
    QFETCH(QString, what);
    QFETCH(QStringList, keys);
    QFETCH(int, minimum);
    Run r = cli({"list", what, "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY2(rows.size() >= minimum, qPrintable(QString::number(rows.size())));
    for (const QString& k : keys)
        QVERIFY2(rows.first().toObject().contains(k), qPrintable(k));
}

void TestCli::listSearchRanksExactFirst()
{
    Run r = cli({"list", "hardware", "--search", "TPU v4", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() >= 2);
    QCOMPARE(rows.first().toObject()["id"].toString(), QStringLiteral("google-tpu-v4"));
    r = cli({"list", "regions", "--provider", "gcp", "--format", "json"});
    QCOMPARE(r.code, 0);
    for (const auto& v : QJsonDocument::fromJson(r.out).array())
        QCOMPARE(v.toObject()["provider"].toString(), QStringLiteral("gcp"));
    // Countries are found by their ISO name too (Electricity Maps calls the US zone "USA").
    r = cli({"list", "countries", "--search", "united", "--format", "json"});
    QStringList codes;
    for (const auto& v : QJsonDocument::fromJson(r.out).array())
        codes << v.toObject()["code"].toString();
    QVERIFY2(codes.contains(QStringLiteral("US")) && codes.contains(QStringLiteral("GB")), qPrintable(codes.join(',')));
    r = cli({"estimate", "--hardware", "TPU v3", "--hours", "1", "--country", "United States", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["location"].toObject()["zone"].toString(), QStringLiteral("US"));
    r = cli({"list", "countries", "--search", "US-CA", "--format", "json"});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject()["code"].toString(), QStringLiteral("US-CA"));
}

void TestCli::exactNamesAndCodesResolve_data()
{
    // What the ambiguous queries above are asked to give instead still resolves, end to end.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("hardware");  // the hardware id in the JSON
    QTest::addColumn<QString>("zone");      // the zone code in the JSON
    const QStringList e = {"estimate", "--hours", "1", "--format", "json"};
    QTest::newRow("trainium2 id, country code GE")
        << e + QStringList{"--hardware", "amazon-trainium2", "--country", "GE"} << "amazon-trainium2"
        << "GE";
    QTest::newRow("trainium2 name, subdivision US-GA")
        << e + QStringList{"--hardware", "Amazon Trainium2", "--country", "US-GA"} << "amazon-trainium2"
        << "US-GA";
    QTest::newRow("tpu v5e name, a name of one place")
        << e + QStringList{"--hardware", "TPU v5e", "--country", "France"} << "google-tpu-v5e"
        << "FR";
}

void TestCli::exactNamesAndCodesResolve()
{
    QFETCH(QStringList, args);
    QFETCH(QString, hardware);
    QFETCH(QString, zone);
    Run r = cli(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["hardware"].toObject()["id"].toString(), hardware);
    QCOMPARE(o["location"].toObject()["zone"].toString(), zone);
}

void TestCli::overrideFileIsNamedInOutput()
{
    QDir(m_home.path()).mkpath(QStringLiteral("mlcarbon"));
    const QString path = m_home.filePath(QStringLiteral("mlcarbon/my-grid.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
        {"code": "FR", "name": "France", "type": "country", "country": "FR", "g_per_kwh": 50, "year": 2026,
         "source": "my utility's 2026 figure"}]})");
    f.close();
    Run r = cli({"estimate", "--hardware", "TPU v3", "--hours", "10", "--power-w", "100", "--pue", "1", "--country",
                 "fr", "--format", "json"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QJsonObject loc = QJsonDocument::fromJson(r.out).object()["location"].toObject();
    QCOMPARE(loc["file"].toString(), QDir::cleanPath(path));
    QCOMPARE(loc["source"].toString(), QStringLiteral("my utility's 2026 figure"));
    // 1 x 10 h x 100 W x 1.0 / 1000 = 1 kWh; x 50 g/kWh = 0.05 kg.
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["emissions_kg"].toDouble(), 0.05);
}

void TestCli::brokenOverrideWarnsAndStillWorks()
{
    QDir(m_home.path()).mkpath(QStringLiteral("mlcarbon"));
    QFile f(m_home.filePath(QStringLiteral("mlcarbon/broken.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "mlcarbon-database", "version": 1, "kind": "accelerators", "entries": [
        {"id": "x", "name": "X", "kind": "gpu", "tdp_w": -3, "source": "s", "source_year": 2026}]})");
    f.close();
    Run r = cli({"estimate", "--hardware", "TPU v3", "--hours", "1", "--intensity", "100", "--format", "json"});
    QCOMPARE(r.code, 0);
    QVERIFY(!QJsonDocument::fromJson(r.out).isNull());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("broken.json")) && err.contains(QStringLiteral("entry 1 ('x')"))
                 && err.contains(QStringLiteral("tdp_w")),
             qPrintable(err));
}

void TestCli::brokenDatabaseDirExits3()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("hardware_db"));
    QFile f(dir.filePath(QStringLiteral("hardware_db/accelerators.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "{\"format\": \"mlcarbon-database\", \"version\": 1, \"kind\": \"accelerators\", \"entries\": [{\"id\": 5}]}");
    f.close();
    Run r = cli({"list", "hardware", "--database-dir", dir.path()});
    QCOMPARE(r.code, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("hardware_db/accelerators.json") && r.err.contains("entry 1"), r.err.constData());
}

void TestCli::databaseDirOfTheCheckoutMatchesBuiltIn()
{
    // Reviewing a data update: the checkout's own folders load and give the built-in numbers,
    // with the file paths of the folder instead of "built-in ...".
    const QStringList job = {"estimate", "--hardware", "H100 SXM5 80GB", "--hours",  "5",   "--provider",
                             "azure",    "--region",   "westeurope",     "--format", "json"};
    Run builtIn = cli(job);
    Run folder = cli(job + QStringList{"--database-dir", QStringLiteral(MLCARBON_SOURCE_DIR)});
    QCOMPARE(builtIn.code, 0);
    QCOMPARE(folder.code, 0);
    QJsonObject a = QJsonDocument::fromJson(builtIn.out).object();
    QJsonObject b = QJsonDocument::fromJson(folder.out).object();
    QCOMPARE(a["emissions_kg"].toDouble(), b["emissions_kg"].toDouble());
    QCOMPARE(a["emissions_high_kg"].toDouble(), b["emissions_high_kg"].toDouble());
    QCOMPARE(b["location"].toObject()["file"].toString(),
             QDir::cleanPath(QStringLiteral(MLCARBON_SOURCE_DIR "/regions_db/cloud_regions.json")));
}

void TestCli::reportWritesEveryFormat()
{
    QTemporaryDir dir;
    const QStringList files = {"r.pdf", "e.csv", "c.csv", "p.tex", "s.md", "card.yaml"};
    const QStringList options = {"--pdf", "--csv", "--compare-csv", "--latex", "--markdown", "--model-card"};
    QStringList args = {"report", "--hardware", "TPU v3", "--count",     "1024", "--hours",     "720",   "--power-w",
                        "289",    "--pue",      "1.09",   "--intensity", "415",  "--page-size", "letter"};
    for (int i = 0; i < files.size(); ++i)
        args << options[i] << dir.filePath(files[i]);
    Run r = cli(args);
    QCOMPARE(r.code, 0);
    for (const QString& f : files + QStringList{"p.bib"}) {
        QVERIFY2(QFileInfo(dir.filePath(f)).size() > 50, qPrintable(f));
        QVERIFY(r.out.contains(dir.filePath(f).toUtf8()));
    }
    // Meena in the model card, whole grams: 1024 x 720 x 289 x 1.09 / 1000 = 232,250.5728 kWh,
    // x 415 = 96,383,987.712 g, to the nearest gram 96383988.
    QFile card(dir.filePath(QStringLiteral("card.yaml")));
    QVERIFY(card.open(QIODevice::ReadOnly));
    const QString yaml = QString::fromUtf8(card.readAll());
    QVERIFY2(yaml.contains(QStringLiteral("\n  emissions: 96383988\n")), qPrintable(yaml));
}

void TestCli::reportErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{} << 2 << "give at least one of --pdf";
    QTest::newRow("bad page size") << QStringList{"--csv", "x.csv", "--page-size", "a3"} << 2 << "--page-size: 'a3'";
    QTest::newRow("missing folder") << QStringList{"--csv", "/no/such/folder/x.csv"} << 1
                                    << "--csv: /no/such/folder/x.csv: the folder /no/such/folder does not exist";
    QTest::newRow("pdf missing folder") << QStringList{"--pdf", "/no/such/folder/x.pdf"} << 1 << "does not exist";
}

void TestCli::reportErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(int, code);
    QFETCH(QString, message);
    Run r = cli(QStringList{"report", "--hardware", "TPU v3", "--hours", "1", "--intensity", "100"} + extra);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestCli::projectEstimateAndCompare()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.mlcarbon.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "mlcarbon-project", "version": 1, "name": "demo", "items": [
        {"label": "train", "phase": "training", "hardware": "TPU v3", "count": 1024, "hours": 720, "power_w": 289,
         "pue": 1.09, "location": {"kind": "custom", "g_per_kwh": 415}},
        {"label": "serve", "phase": "inference", "hardware": "nvidia-a100-sxm4-80-gb", "count": 8, "hours": 24,
         "location": {"kind": "cloud", "provider": "gcp", "region": "us-central1"}}]})");
    f.close();
    Run r = cli({"estimate", "--project", path, "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    // Meena's 1024 x 720 x 289 x 1.09 / 1000 x 0.415 kg plus the A100 job's own estimate.
    Run single = cli({"estimate", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "24", "--provider",
                      "gcp", "--region", "us-central1", "--format", "json"});
    const double a100 = QJsonDocument::fromJson(single.out).object()["emissions_kg"].toDouble();
    QCOMPARE(o["emissions_kg"].toDouble(), 1024.0 * 720 * 289 * 1.09 / 1000 * 415 / 1000 + a100);
    QCOMPARE(o["items"].toArray().size(), 3);  // two items and the total row
    QVERIFY(o["phases"].toObject().contains(QStringLiteral("inference")));
    r = cli({"compare", "--project", path, "--top", "3", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[0].toObject()["emissions_kg"].toDouble() < o["emissions_kg"].toDouble());
    // Job options do not mix with a project.
    r = cli({"estimate", "--project", path, "--hours", "3"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("not with --project"));
    r = cli({"estimate", "--project", dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(r.code, 2);
}

void TestCli::failOverBudget()
{
    // One item: 1 x 10 h at a measured 100 W, a stated 400 g/kWh, own-hardware PUE 1.56:
    // 10 x 100 x 1.56 / 1000 = 1.56 kWh x 400 / 1000 = 0.624 kg. Budget 0.5 kg: 124 g over; 1 kg: 376 g left.
    auto project = [&](const QString& budgets) {
        const QString path = m_home.filePath(QStringLiteral("budget.mlcarbon.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QStringLiteral(R"({"format": "mlcarbon-project", "version": 1, "name": "Budgeted", %1
            "items": [{"label": "run", "phase": "training", "hardware": "nvidia-l4", "count": 1, "hours": 10,
                       "power_w": 100, "location": {"kind": "custom", "g_per_kwh": 400}}]})")
                    .arg(budgets)
                    .toUtf8());
        return path;
    };
    Run over = cli({"estimate", "--project", project(R"("budget_kg": 0.5,)"), "--fail-over-budget"});
    QCOMPARE(over.code, 5);
    QVERIFY(over.out.contains("Carbon budget"));  // the result is still printed
    QVERIFY2(over.err.contains("over budget: whole project: 624 g CO2e of 500 g CO2e (125 %), 124 g CO2e over"),
             over.err.constData());
    Run under = cli({"estimate", "--project", project(R"("budget_kg": 1,)"), "--fail-over-budget"});
    QCOMPARE(under.code, 0);
    QVERIFY2(under.out.contains("whole project: 624 g CO2e of 1.00 kg CO2e (62.4 %), 376 g CO2e left"),
             under.out.constData());
    // A phase's budget counts too; without the option an overrun is reported, not an error.
    const QString phase = project(R"("budget_kg": 1, "phase_budgets_kg": {"training": 0.6},)");
    QCOMPARE(cli({"estimate", "--project", phase, "--fail-over-budget"}).code, 5);
    QCOMPARE(cli({"estimate", "--project", phase}).code, 0);
    Run bad = cli({"estimate", "--project", project(R"("budget_kg": -1,)")});
    QVERIFY(bad.code != 0);
    QVERIFY2(bad.err.contains("budget_kg: -1"), bad.err.constData());
    Run noProject =
        cli({"estimate", "--hardware", "nvidia-l4", "--hours", "1", "--intensity", "400", "--fail-over-budget"});
    QCOMPARE(noProject.code, 2);
}

void TestCli::projectReportWritesEveryFormat()
{
    QTemporaryDir dir;
    const QString project = QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/small-llm.mlcarbon.json");
    Run est = cli({"estimate", "--project", project, "--format", "json"});
    QCOMPARE(est.code, 0);
    const QJsonObject totals = QJsonDocument::fromJson(est.out).object();
    const QString csv = dir.filePath(QStringLiteral("p.csv")), md = dir.filePath(QStringLiteral("p.md")),
                  tex = dir.filePath(QStringLiteral("p.tex")), card = dir.filePath(QStringLiteral("card.yaml"));
    Run r = cli({"report", "--project", project, "--csv", csv, "--markdown", md, "--latex", tex, "--model-card", card});
    QCOMPARE(r.code, 0);
    auto read = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    // CSV: the same rows as estimate --project --format csv (3 items and the total).
    Run csvOut = cli({"estimate", "--project", project, "--format", "csv"});
    QCOMPARE(read(csv), QString::fromUtf8(csvOut.out));
    QCOMPARE(read(csv).count(QStringLiteral("\r\n")), 5);
    const QString markdown = read(md);
    for (const char* label : {"Pre-training", "Hyperparameter sweep", "Serving, one month"})
        QVERIFY2(markdown.contains(QLatin1String(label)), label);
    QVERIFY(read(tex).contains(QStringLiteral("3 jobs")));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("p.bib"))));
    // The model card counts training and tuning, not inference: total minus the serving item.
    const QJsonArray items = totals["items"].toArray();
    const double serving = items[2].toObject()["emissions_kg"].toDouble();
    const QString yaml = read(card);
    // In whole grams (the nearest gram: within half a gram, digits only).
    const QString grams = yaml.section(QStringLiteral("emissions: "), 1).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+$")).match(grams).hasMatch(), qPrintable(yaml));
    QVERIFY2(qAbs(grams.toDouble() - (totals["emissions_kg"].toDouble() - serving) * 1000) <= 0.5, qPrintable(yaml));
}

void TestCli::batchExitCodesOutputAndErrors()
{
    QTemporaryDir dir;
    // The example log: every row good, exit 0; the totals equal the sum of per-row estimates.
    const QString example = QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/jobs.csv");
    Run r = cli({"batch", example});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("label,hardware,count,hours,provider,region,country,intensity,pue,utilization,"
                        "user,energy_kwh,emissions_kg,intensity_basis,status,embodied_kg,water_l"));
    // Row 1 as a single estimate: 256 x H100 SXM5, 336 h, utilisation 0.8, AWS us-east-1.
    Run single = cli({"estimate", "--hardware", "nvidia-h100-sxm5-80gb", "--count", "256", "--hours", "336",
                      "--utilization", "0.8", "--provider", "aws", "--region", "us-east-1", "--format", "json"});
    const double kg = QJsonDocument::fromJson(single.out).object()["emissions_kg"].toDouble();
    const double batchKg = lines[1].split(',').at(12).toDouble();
    QVERIFY2(qAbs(batchKg - kg) <= 1e-12 * kg, lines[1].constData());
    // Some rows bad: exit 4, each on stderr with file and line; -o writes atomically, --summary counts.
    const QString log = dir.filePath(QStringLiteral("log.csv"));
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hardware,hours,country\nnvidia-l4,10,FR\nnvidia-l4,ten,FR\n");
    f.close();
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    r = cli({"batch", log, "-o", out, "--summary"});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains("log.csv:3: hours: 'ten' is not a number"), r.err.constData());
    QVERIFY2(r.out.contains("rows: 2 (1 estimated, 1 skipped)"), r.out.constData());
    QFile o(out);
    QVERIFY(o.open(QIODevice::ReadOnly));
    const QByteArray written = o.readAll();
    o.close();
    QVERIFY(written.contains("total of 1 rows (1 skipped)"));
    // An unusable file: exit 2 and the earlier output file unchanged.
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("gpu,time\nx,1\n");
    f.close();
    r = cli({"batch", log, "-o", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("the header has no hardware"), r.err.constData());
    QVERIFY(o.open(QIODevice::ReadOnly));
    QCOMPARE(o.readAll(), written);
    // stdout that cannot be written (a full disk): exit 1, not a silent success.
    {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(MLCARBON_CLI_PATH), {"batch", example});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(p.readAllStandardError().contains("stdout: write failed"), "no write error");
    }
    r = cli({"batch", dir.filePath(QStringLiteral("missing.csv"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("cannot be read"));
    r = cli({"batch"});
    QCOMPARE(r.code, 2);
}

void TestCli::publishedModels()
{
    // LLaMA-65B by its name as a person types it: Epoch records 2,048 A100 for 500 h (TDP 400 W):
    // 1,024,000 device-hours x 0.4 kW = 409,600 kWh at the devices; Meta AI is in the US, published 2023.
    Run r = cli({"estimate", "--model", "LLaMA-65B", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["count"].toDouble() * o["hours"].toDouble(), 1024000.0);
    QCOMPARE(o["breakdown"].toObject()["device_kwh"].toDouble(), 409600.0);
    QCOMPARE(o["year"].toInt(), 2023);
    QCOMPARE(o["location"].toObject()["zone"].toString(), QStringLiteral("US"));
    QCOMPARE(o["published_model"].toObject()["id"].toString(), QStringLiteral("llama-65b"));
    QVERIFY(o["published_model"].toObject()["source"].toString().contains("CC BY 4.0"));
    const QString assumed = QJsonDocument(o["assumptions"].toArray()).toJson();
    QVERIFY2(assumed.contains("place: US, the organisation's country (an assumption"), qPrintable(assumed));
    QVERIFY(assumed.contains("year of the run: 2023, the publication year"));
    // The place and year changed in one step: those assumptions go.
    r = cli({"estimate", "--model", "llama-65b", "--country", "FR", "--year", "2022", "--format", "json"});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["location"].toObject()["zone"].toString(), QStringLiteral("FR"));
    QCOMPARE(o["year"].toInt(), 2022);
    QVERIFY(!QJsonDocument(o["assumptions"].toArray()).toJson().contains("place:"));
    // ALiBi (L=3072): Epoch records 8.1e20 FLOP and no hardware. The record says what is missing...
    r = cli({"estimate", "--model", "alibi-l-3072-lvalid-3072"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--model: 'alibi-l-3072-lvalid-3072' cannot be estimated from Epoch AI's record"),
             r.err.constData());
    QVERIFY(r.err.contains("hardware: Epoch records none"));
    // ... and a device fills it: 8.1e20 / (V100's 1.25e14 FLOP/s x the published median MFU 0.38,
    // hardware_db/reference.json) = 1.7053e7 s = 4736.8 device-hours.
    r = cli({"estimate", "--model", "alibi-l-3072-lvalid-3072", "--hardware", "nvidia-tesla-v100-sxm2", "--format",
             "json"});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(qAbs(o["count"].toDouble() * o["hours"].toDouble() - 8.1e20 / (1.25e14 * 0.38) / 3600) < 0.1,
             r.out.constData());
    // A name several models share lists their ids instead of choosing.
    r = cli({"estimate", "--model", "CALM"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("is the name of several models; one id of: calm"), r.err.constData());
    QVERIFY(r.err.contains("calm-2"));
    // A part of a name lists the models that contain it.
    r = cli({"estimate", "--model", "GPT-3"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("gpt-3-175b-davinci (GPT-3 175B (davinci), 2020)"));
    QVERIFY(cli({"estimate", "--model", "llama-65b", "--preset", "meena"}).err.contains("give either --preset"));
    // The catalog is searchable by name, organisation and year, every word matching.
    r = cli({"list", "models", "--search", "llama meta 2023", "--format", "json"});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QVERIFY(rows.size() >= 3);
    bool found = false;
    for (const auto& row : rows) {
        QVERIFY(row.toObject()["organization"].toString().contains("Meta"));
        QCOMPARE(row.toObject()["year"].toInt(), 2023);
        found = found || row.toObject()["id"].toString() == "llama-65b";
    }
    QVERIFY(found);
    // A report of a published model lists the assumptions.
    QTemporaryDir dir;
    r = cli({"report", "--model", "llama-65b", "--markdown", dir.filePath(QStringLiteral("r.md"))});
    QCOMPARE(r.code, 0);
    QFile md(dir.filePath(QStringLiteral("r.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray text = md.readAll();
    QVERIFY(text.contains("| Assumed | place: US, the organisation's country"));
    QVERIFY(text.contains("| Assumed | inputs: Epoch AI's record of LLaMA-65B"));
    // And the same compute on other hardware.
    r = cli({"compare-hardware", "--model", "llama-65b", "--kind", "gpu", "--vendor", "NVIDIA", "--format", "json"});
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() > 10);
}

void TestCli::presetWithOverrides()
{
    Run r = cli({"list", "presets", "--format", "json"});
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 20);
    r = cli({"estimate", "--preset", "meena", "--format", "json"});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["emissions_kg"].toDouble(), 1024.0 * 720 * 289 * 1.09 / 1000 * 415 / 1000);
    QVERIFY(qAbs(o["preset"].toObject()["ratio_emissions"].toDouble() - 1) < 0.01);
    // What if Meena had run in Google's Finnish region: the same chips and power, that region's PUE and grid.
    r = cli({"estimate", "--preset", "meena", "--provider", "gcp", "--region", "europe-north1", "--format", "json"});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o["location"].toObject()["region"].toString(), QStringLiteral("europe-north1"));
    QCOMPARE(o["power_w"].toDouble(), 289.0);
    // The PUE is the region's own (the reported 1.09 described Google's Georgia site).
    Run region = cli({"list", "regions", "--provider", "gcp", "--search", "europe-north1", "--format", "json"});
    QCOMPARE(o["pue"].toDouble(), QJsonDocument::fromJson(region.out).array().first().toObject()["pue"].toDouble());
    QVERIFY(o["pue_source"].toString() != QStringLiteral("given by the user"));
    // A preset reports like any estimate.
    QTemporaryDir dir;
    r = cli({"report", "--preset", "gpt-3", "--model-card", dir.filePath(QStringLiteral("card.yaml"))});
    QCOMPARE(r.code, 0);
    QFile card(dir.filePath(QStringLiteral("card.yaml")));
    QVERIFY(card.open(QIODevice::ReadOnly));
    const QByteArray yaml = card.readAll();
    QVERIFY(yaml.contains("hardware_used: \"10000 x NVIDIA Tesla V100 SXM2\""));
    QVERIFY2(yaml.contains("geographical_location: \"Microsoft Azure (US; US-average grid factor used)\""),
             yaml.constData());
    r = cli({"estimate", "--preset", "no-such-run"});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--preset: 'no-such-run' is not a preset"));
}

void TestCli::noQtWarningsWithoutRuntimeDir()
{
    // stderr is for our messages only. Without XDG_RUNTIME_DIR, the QGuiApplication of --pdf had Qt
    // print "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..." there; every command that
    // succeeds must leave stderr empty, the PDF one included.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("jobs.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hardware,hours,country\nnvidia-l4,10,FR\n");
    f.close();
    const QStringList job = {"--hardware", "a100 sxm4 80gb", "--hours", "1", "--country", "FR"};
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const QList<QStringList> commands = {
        QStringList{"estimate"} + job,
        QStringList{"compare"} + job + QStringList{"--top", "3"},
        {"list", "hardware", "--search", "a100"},
        QStringList{"report"} + job + QStringList{"--pdf", pdf},
        {"batch", csv},
    };
    for (const QStringList& args : commands) {
        const Run r = cli(args, {QStringLiteral("XDG_RUNTIME_DIR")});
        QVERIFY2(r.code == 0, qPrintable(args.join(' ') + QStringLiteral(": exit ") + QString::number(r.code)));
        QVERIFY2(!r.out.isEmpty(), qPrintable(args.join(' ')));
        QVERIFY2(r.err.isEmpty(), qPrintable(args.join(' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
    }
    QVERIFY(QFileInfo(pdf).size() > 1000);  // the PDF path did run
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
