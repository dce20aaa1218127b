// Reports as files people hand on: PDF (text extracted with pdftotext, pages rendered with
// pdftoppm), CSV parsed back, LaTeX, Markdown, model-card metadata, and atomic writes.
#include "AtomicFile.h"
#include "Bibliography.h"
#include "Calculator.h"
#include "CatalogTables.h"
#include "DatabaseLoader.h"
#include "Equivalents.h"
#include "EstimateReport.h"
#include "FixtureCatalog.h"
#include "HardwareRanking.h"
#include "LatexReport.h"
#include "MarkdownReport.h"
#include "ModelCardReport.h"
#include "NumberFormat.h"
#include "PresetProject.h"
#include "PresetReport.h"
#include "ProjectCalculator.h"
#include "ReportDocument.h"
#include "ReportTexts.h"
#include "TableWriter.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mlcarbon;

Q_DECLARE_METATYPE(mlcarbon::EstimateInput)

class TestReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void modelCardEmissionsInWholeGrams_data();
    void modelCardEmissionsInWholeGrams();
    void pdfHasTheModelsNumbersSourcesAndPages();
    void beyondElectricityInEveryReport();
    void projectPdfListsItemsPhasesAndTotal();
    void pdfShowsInputsAsGiven();
    void pdfPageSizes_data();
    void pdfPageSizes();
    void pdfPageIsNotBlank();
    void estimateCsvParsesBack();
    void comparisonCsvParsesBack();
    void csvInjectionNeutralised_data();
    void csvInjectionNeutralised();
    void latexEscapesAndBalances();
    void bibtexCitesTheSourcesUsed_data();
    void bibtexCitesTheSourcesUsed();
    void markdownAndModelCard();
    void failedWriteKeepsTheOldFile();
    void writeErrorsNameThePathAndReason();
    void pdfIntoMissingFolderWritesNothing();
    void bibFileBesideTheTex_data();
    void bibFileBesideTheTex();

    void cleanerHardwareSection_data();
    void cleanerHardwareSection();
    void regionsTableMarksTheNearestYear();
    void noCleanerHardwareTable_data();
    void noCleanerHardwareTable();
    void shownHardwareRows_data();
    void shownHardwareRows();

    void presetsTableSearch_data();
    void presetsTableSearch();
    void presetsTableCells();
    void placeAsReported_data();
    void placeAsReported();

private:
    static QString run(const QString& program, const QStringList& args);
    QString pdfText(const ReportData& d, const char* name) const;
    static std::vector<QStringList> parseCsv(const QString& text);
    ReportData data(const char* provider, const char* region, IntensityBasis basis = IntensityBasis::Lifecycle) const;
    std::unique_ptr<Catalog> m_catalog;
    QTemporaryDir m_dir;
};

void TestReports::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
    for (const char* tool : {"pdftotext", "pdfinfo", "pdftoppm"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils is needed (scripts/deps.sh installs it)");
}

QString TestReports::run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<QStringList> TestReports::parseCsv(const QString& text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

ReportData TestReports::data(const char* provider, const char* region, IntensityBasis basis) const
{
    Calculator calc(*m_catalog);
    EstimateInput in;
    in.basis = basis;
    in.hardware = "nvidia-a100-sxm4-80-gb";
    in.count = 8;
    in.hours = 24;
    in.location = Location::cloud(provider, region);
    Estimate e = calc.estimate(in);
    auto ranking = RegionRanking::rank(calc, e, RegionRanking::Scope::AllProviders);
    return ReportData::ofJob(*m_catalog, std::move(e), std::move(ranking));
}

void TestReports::projectPdfListsItemsPhasesAndTotal()
{
    Calculator calc(*m_catalog);
    Project p;
    p.name = "Two-phase project";
    ProjectItem train;
    train.label = "Pre-training run";
    train.input.hardware = "nvidia-a100-sxm4-80-gb";
    train.input.count = 8;
    train.input.hours = 24;
    train.input.location = Location::custom(400);
    train.input.pue = 1.5;
    ProjectItem serve = train;
    serve.label = "Serving week";
    serve.phase = "inference";
    serve.input.count = 2;
    serve.input.hours = 168;
    p.items = {train, serve};
    ReportData d;
    d.catalog = m_catalog.get();
    ProjectResult r = ProjectCalculator::compute(calc, p);
    // Training: 8 x 24 h x 400 W x 1.5 / 1000 = 115.2 kWh, x 400 g = 46.08 kg.
    // Serving: 2 x 168 h x 400 W x 1.5 / 1000 = 201.6 kWh, x 400 g = 80.64 kg. Total 126.72 kg, 316.8 kWh.
    QCOMPARE(r.emissionsKg, 46.08 + 80.64);
    d.estimate = r.items.front();
    d.ranking = ProjectCalculator::rankMoved(calc, r, RegionRanking::Scope::AllProviders);
    d.project = ReportData::ProjectPart{p, r};
    const QString pdf = m_dir.filePath(QStringLiteral("project.pdf"));
    QCOMPARE(ReportDocument::writePdf(d, pdf, QPageSize::A4), QString());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char* needle :
         {"Two-phase project", "Pre-training run", "Serving week", "127 kg CO2e", "317 kWh", "46.1 kg CO2e",
          "80.6 kg CO2e", "training", "inference", "By phase", "whole project", "Serving week: PUE"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
    // Each item's formula with its numbers.
    for (const Estimate& e : r.items)
        QVERIFY(text.contains(QString::fromStdString(EstimateReport::energyFormula(e))));
}

void TestReports::beyondElectricityInEveryReport()
{
    // An A100 SXM4 80GB job in us-central1: a die-area embodied figure and the region's water, in
    // the PDF, Markdown and LaTeX, each apart from the location-based figure; gone when turned off.
    ReportData d = data("gcp", "us-central1");
    QVERIFY(d.estimate.embodied && d.estimate.embodied->figure.known() && d.estimate.water);
    const QString pdf = m_dir.filePath(QStringLiteral("beyond.pdf"));
    QCOMPARE(ReportDocument::writePdf(d, pdf, QPageSize::A4), QString());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char* needle : {"Beyond the electricity", "Not included in the", "Embodied (scope 3)", "Water",
                               "Device lifetime", "WUE (on-site)"})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
    QVERIFY(text.contains(QString::fromStdString(NumberFormat::mass(d.estimate.embodied->kg))));
    const std::string md = MarkdownReport::summary(d.estimate);
    QVERIFY(md.find("| Embodied (scope 3) | " + NumberFormat::mass(d.estimate.embodied->kg)) != std::string::npos);
    const std::string tex = LatexReport::paragraph(d.estimate);
    QVERIFY2(tex.find("embodied (scope~3) emissions") != std::string::npos, tex.c_str());
    QVERIFY(tex.find("not include the embodied") == std::string::npos);
    QVERIFY(tex.find("of water (") != std::string::npos);

    Calculator calc(*m_catalog);
    EstimateInput in = d.estimate.input;
    in.embodied = false;
    in.water = false;
    const Estimate off = calc.estimate(in);
    QVERIFY(MarkdownReport::summary(off).find("Beyond the electricity") == std::string::npos);
    QVERIFY(LatexReport::paragraph(off).find("does not include the embodied emissions") != std::string::npos);
}

void TestReports::pdfHasTheModelsNumbersSourcesAndPages()
{
    const ReportData d = data("alibaba", "cn-beijing");  // a Chinese region name must come out as text
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(ReportDocument::writePdf(d, pdf, QPageSize::A4), QString());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const Estimate& e = d.estimate;
    // 8 x 24 h x 400 W x PUE 1.2 (Alibaba North China, CCF) / 1000 = 92.16 kWh; x 533.46 g = 49.16 kg.
    QCOMPARE(NumberFormat::mass(e.emissionsKg), std::string("49.2 kg CO2e"));
    for (const std::string& needle :
         {NumberFormat::mass(e.emissionsKg), NumberFormat::energy(e.energyKwh), NumberFormat::mass(e.emissionsLowKg),
          NumberFormat::mass(e.emissionsHighKg), EstimateReport::energyFormula(e), EstimateReport::emissionsFormula(e),
          std::string("华北2"), std::string("Electricity Maps"), std::string("Cloud Carbon Footprint"),
          std::string("Epoch AI"), std::string("does not cover"), std::string("Method")})
        QVERIFY2(text.contains(QString::fromStdString(needle)), needle.c_str());
    // Every shown region of the comparison is listed with its emissions.
    for (const RankedRegion* r : ReportData::shownRows(d.ranking))
        QVERIFY2(text.contains(QString::fromStdString(r->code)), r->code.c_str());
    // The footers number the pages, and the count matches the file's.
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    QVERIFY(pages >= 2);
    QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
    // Every font is embedded: pdffonts' "emb" column (after name, type and encoding) is "yes" on each line,
    // and a CJK font is among them for the region name.
    const QStringList fontLines =
        run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString& line : fontLines)
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes\\s"))), qPrintable(line));
    QVERIFY(std::any_of(fontLines.begin(), fontLines.end(), [](const QString& l) {
        return l.contains(QStringLiteral("WenQuanYi")) || l.contains(QStringLiteral("CJK"));
    }));
}

// The inputs table shows what the person typed: an intensity of 1499 once read 1500, 36.5 h stayed.
void TestReports::pdfShowsInputsAsGiven()
{
    Calculator calc(*m_catalog);
    EstimateInput in;
    in.hardware = "nvidia-a100-sxm4-80-gb";
    in.count = 8;
    in.hours = 36.5;
    in.pue = 1.234;
    in.location = Location::custom(1499);
    const Estimate e = calc.estimate(in);
    const ReportData d =
        ReportData::ofJob(*m_catalog, e, RegionRanking::rank(calc, e, RegionRanking::Scope::AllProviders));
    const QString pdf = m_dir.filePath(QStringLiteral("given.pdf"));
    QCOMPARE(ReportDocument::writePdf(d, pdf, QPageSize::A4), QString());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const char* needle : {"1499 gCO2e/kWh", "36.5", "1.234 (given)", "x 1499 gCO2e/kWh / 1000"})
        QVERIFY2(text.contains(QLatin1String(needle)),
                 qPrintable(QLatin1String(needle) + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QLatin1String("1500 gCO2e/kWh")));
}

void TestReports::pdfPageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("points");
    QTest::newRow("A4") << static_cast<int>(QPageSize::A4) << "595 x 842";
    QTest::newRow("Letter") << static_cast<int>(QPageSize::Letter) << "612 x 792";
}

void TestReports::pdfPageSizes()
{
    QFETCH(int, size);
    QFETCH(QString, points);
    const QString pdf = m_dir.filePath(QStringLiteral("size.pdf"));
    QCOMPARE(ReportDocument::writePdf(data("gcp", "us-central1"), pdf, static_cast<QPageSize::PageSizeId>(size)),
             QString());
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(points));
}

void TestReports::pdfPageIsNotBlank()
{
    const QString pdf = m_dir.filePath(QStringLiteral("render.pdf"));
    QCOMPARE(ReportDocument::writePdf(data("aws", "us-east-1"), pdf, QPageSize::A4), QString());
    for (int page : {1, 2}) {
        const QString prefix = m_dir.filePath(QStringLiteral("page%1").arg(page));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                         QString::number(page), QStringLiteral("-l"), QString::number(page),
                                         QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
        QImage image(prefix + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        qsizetype ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 200;
        }
        // Text and tables cover a few percent of a page; a blank or tiny-text page covers almost none.
        QVERIFY2(ink > image.width() * image.height() / 50, qPrintable(QString::number(ink)));
    }
}

void TestReports::estimateCsvParsesBack()
{
    const Estimate e = data("gcp", "us-central1").estimate;
    const auto rows = parseCsv(QString::fromStdString(EstimateReport::csv(e)));
    QCOMPARE(rows.size(), std::size_t(2));
    const QStringList& h = rows[0];
    auto value = [&](const char* key) { return rows[1].at(h.indexOf(QLatin1String(key))).toDouble(); };
    QVERIFY(h.contains(QStringLiteral("emissions_kg")) && h.contains(QStringLiteral("energy_kwh")));
    QVERIFY(value("energy_kwh") == e.energyKwh);
    QVERIFY(value("emissions_kg") == e.emissionsKg);
    QVERIFY(value("emissions_low_kg") == e.emissionsLowKg);
    QVERIFY(value("emissions_high_kg") == e.emissionsHighKg);
    QVERIFY(value("intensity_g_per_kwh") == e.intensity);
    QVERIFY(value("pue") == e.pue);
}

void TestReports::comparisonCsvParsesBack()
{
    const ReportData d = data("alibaba", "cn-beijing");
    const auto rows = parseCsv(QString::fromStdString(TableWriter::csv(CatalogTables::comparison(d.ranking))));
    QCOMPARE(rows.size(), d.ranking.size() + 1);
    const QStringList& h = rows[0];
    const int emissions = static_cast<int>(h.indexOf(QStringLiteral("emissions_kg")));
    const int name = static_cast<int>(h.indexOf(QStringLiteral("name")));
    bool chinese = false;
    for (std::size_t i = 0; i < d.ranking.size(); ++i) {
        QVERIFY(rows[i + 1].at(emissions).toDouble() == d.ranking[i].emissionsKg);
        QCOMPARE(rows[i + 1].at(name), QString::fromStdString(d.ranking[i].name));  // UTF-8 survives
        chinese = chinese || rows[i + 1].at(name).contains(QStringLiteral("北京"));
    }
    QVERIFY(chinese);
}

void TestReports::csvInjectionNeutralised_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://evil\",\"click\")";
    QTest::newRow("plus") << "+1";
    QTest::newRow("minus") << "-2+3";
    QTest::newRow("at") << "@SUM(A1:A9)";
}

void TestReports::csvInjectionNeutralised()
{
    QFETCH(QString, name);
    Catalog catalog = fixture::make();
    // A user override may name hardware anything; the CSV must not let a spreadsheet run it.
    const std::string json = R"({"format": "mlcarbon-database", "version": 1, "kind": "accelerators", "entries": [
        {"id": "evil", "name": )"
                             + nlohmann::json(name.toStdString()).dump() + R"(, "kind": "gpu", "tdp_w": 100,
         "source": "s", "source_year": 2025}]})";
    catalog.add(DatabaseFile::parse(json, "override.json"));
    Calculator calc(catalog);
    EstimateInput in;
    in.hardware = "evil";
    in.hours = 2;
    in.location = Location::custom(100);
    const Estimate e = calc.estimate(in);
    const auto rows = parseCsv(QString::fromStdString(EstimateReport::csv(e)));
    const QString cell = rows[1].at(rows[0].indexOf(QStringLiteral("hardware_name")));
    QCOMPARE(cell, QStringLiteral("'") + name);
    // Numbers stay numbers: 1 x 2 h x 100 W x PUE 1.5 / 1000 = 0.3 kWh.
    QCOMPARE(rows[1].at(rows[0].indexOf(QStringLiteral("energy_kwh"))), QStringLiteral("0.3"));
}

static int braceBalance(const std::string& s)
{
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '{' || s[i + 1] == '}')) {
            ++i;  // an escaped brace is text
            continue;
        }
        depth += s[i] == '{' ? 1 : s[i] == '}' ? -1 : 0;
        if (depth < 0)
            return -1;
    }
    return depth;
}

void TestReports::latexEscapesAndBalances()
{
    Catalog catalog = fixture::make();
    catalog.add(
        DatabaseFile::parse(R"({"format": "mlcarbon-database", "version": 1, "kind": "accelerators", "entries": [
        {"id": "odd", "name": "Chip_1 & #2 50% {x} $5 ~^\\", "kind": "gpu", "tdp_w": 100, "source": "s", "source_year": 2025}]})",
                            "override.json"));
    Calculator calc(catalog);
    EstimateInput in;
    in.hardware = "odd";
    in.hours = 2;
    in.location = Location::cloud("testcloud", "r1");
    const std::string tex = LatexReport::paragraph(calc.estimate(in));
    QVERIFY2(tex.find("Chip\\_1 \\& \\#2 50\\% \\{x\\} \\$5 \\textasciitilde{}\\textasciicircum{}\\textbackslash{}")
                 != std::string::npos,
             tex.c_str());
    QCOMPARE(braceBalance(tex), 0);
    // No unescaped special character is left in the name part.
    const std::string bib = LatexReport::bibtex(calc.estimate(in));
    QCOMPARE(braceBalance(bib), 0);
}

void TestReports::bibtexCitesTheSourcesUsed_data()
{
    QTest::addColumn<int>("basis");
    QTest::addColumn<QString>("intensityKey");
    QTest::addColumn<QString>("notCited");
    // us-central1 has Electricity Maps' life-cycle figure (zone US-MIDW-MISO) and Google's own figure.
    QTest::newRow("life-cycle") << int(IntensityBasis::Lifecycle) << "electricitymaps2025"
                                << "google2025regioncarbon";
    QTest::newRow("provider") << int(IntensityBasis::Provider) << "google2025regioncarbon"
                              << "electricitymaps2025";
}

void TestReports::bibtexCitesTheSourcesUsed()
{
    QFETCH(int, basis);
    QFETCH(QString, intensityKey);
    QFETCH(QString, notCited);
    const Estimate e = data("gcp", "us-central1", static_cast<IntensityBasis>(basis)).estimate;
    const std::string tex = LatexReport::paragraph(e);
    const std::string bib = LatexReport::bibtex(e);
    // Every \cite key of the paragraph has an entry, and the entries are the sources used:
    // mlcarbon, ML CO2 Impact (A100 TDP), the grid intensity's source on that basis, GSF (region PUE).
    for (const std::string& key : {std::string("mlcarbon"), std::string("lacoste2019quantifying"),
                                   intensityKey.toStdString(), std::string("gsf2026realtimecloud")}) {
        QVERIFY2(tex.find("\\cite{" + key + "}") != std::string::npos, key.c_str());
        QVERIFY2(bib.find("{" + key + ",") != std::string::npos, key.c_str());
    }
    QVERIFY(bib.find("{" + notCited.toStdString() + ",") == std::string::npos);  // not used on this basis
}

void TestReports::markdownAndModelCard()
{
    const ReportData d = data("gcp", "us-central1");
    const Estimate& e = d.estimate;
    const std::string md = MarkdownReport::summary(e);
    QVERIFY(md.find("**" + NumberFormat::mass(e.emissionsKg) + "**") != std::string::npos);
    QVERIFY(md.find(EstimateReport::energyFormula(e)) != std::string::npos);
    QCOMPARE(MarkdownReport::escape("a|b*c_d"), std::string("a\\|b\\*c\\_d"));

    const std::string card = ModelCardReport::metadata(e, "fine-tuning");
    // Emissions in grams: the model's kg x 1000 to the nearest gram (modelCardEmissionsInWholeGrams).
    QVERIFY(card.find("  emissions: " + std::to_string(std::llround(e.emissionsKg * 1000)) + "\n")
            != std::string::npos);
    QVERIFY(card.find("training_type: \"fine-tuning\"") != std::string::npos);
    QVERIFY(card.find("hardware_used: \"8 x NVIDIA A100 SXM4 80 GB\"") != std::string::npos);
    QVERIFY(card.find("geographical_location: \"Google Cloud us-central1") != std::string::npos);
    QCOMPARE(ModelCardReport::quote("say \"hi\"\n"), std::string("\"say \\\"hi\\\"\\n\""));
}

void TestReports::modelCardEmissionsInWholeGrams_data()
{
    // energy = count x hours x W x PUE / 1000 kWh (a measured power, a given intensity: no database
    // figure), grams = kWh x g/kWh, written as the nearest whole gram, no fraction, no exponent.
    QTest::addColumn<double>("count");
    QTest::addColumn<double>("hours");
    QTest::addColumn<double>("powerW");
    QTest::addColumn<double>("pue");
    QTest::addColumn<double>("intensity");
    QTest::addColumn<QString>("grams");
    // Meena (Patterson et al. 2021): 1024 x 720 x 289 x 1.09 / 1000 = 232,250.5728 kWh;
    // x 415 = 96,383,987.712 g, up to 96383988.
    QTest::newRow("meena, rounds up") << 1024.0 << 720.0 << 289.0 << 1.09 << 415.0 << "96383988";
    // 1 x 1 x 333 x 1.1 / 1000 = 0.3663 kWh; x 123.4 = 45.20142 g, down to 45.
    QTest::newRow("small, rounds down") << 1.0 << 1.0 << 333.0 << 1.1 << 123.4 << "45";
    // 99,999 x 8,760 x 700 x 1.13 / 1000 = 692,909,070.84 kWh; x 800.3 = 554,535,129,393.252 g, down to
    // 554535129393: twelve digits, where the round-trip text of the double would need a fraction.
    QTest::newRow("large, no exponent") << 99999.0 << 8760.0 << 700.0 << 1.13 << 800.3 << "554535129393";
    // 1 x 0.5 x 100 x 1.0 / 1000 = 0.05 kWh; x 3.3 = 0.165 g: 0, not "0.165".
    QTest::newRow("under half a gram") << 1.0 << 0.5 << 100.0 << 1.0 << 3.3 << "0";
}

void TestReports::modelCardEmissionsInWholeGrams()
{
    QFETCH(double, count);
    QFETCH(double, hours);
    QFETCH(double, powerW);
    QFETCH(double, pue);
    QFETCH(double, intensity);
    QFETCH(QString, grams);
    EstimateInput in;
    in.hardware = "google-tpu-v3";
    in.count = count;
    in.hours = hours;
    in.powerW = powerW;
    in.pue = pue;
    in.location = Location::custom(intensity);
    const Calculator calc(*m_catalog);
    const Estimate e = calc.estimate(in);
    QCOMPARE(e.energyKwh, count * hours * powerW * pue / 1000);  // the formula above, no other term
    const std::string card = ModelCardReport::metadata(e, "pre-training");
    const std::string line = "  emissions: " + grams.toStdString() + "\n";
    QVERIFY2(card.find(line) != std::string::npos, card.c_str());
    // A project of the same job as its one training item: the same figure.
    Project p;
    p.name = "p";
    ProjectItem item;
    item.label = "train";
    item.phase = "training";
    item.input = in;
    p.items.push_back(item);
    const std::string projectCard =
        ModelCardReport::projectMetadata(p, ProjectCalculator::compute(calc, p), "pre-training");
    QVERIFY2(projectCard.find(line) != std::string::npos, projectCard.c_str());
}

void TestReports::failedWriteKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
    QCOMPARE(AtomicFile::write(path, QByteArray("old,content\r\n")), QString());
    // A writer that fails half way, as a full disk or a crash would leave it.
    const QString error = AtomicFile::write(path, [](QIODevice& device, QString& reason) {
        device.write("new,half");
        reason = QStringLiteral("simulated failure");
        return false;
    });
    QVERIFY(error.contains(path) && error.contains(QStringLiteral("simulated failure")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old,content\r\n"));
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.csv*")}, QDir::Files | QDir::Hidden).size(), 1);
    // An exception inside the producer is a failure too, not a crash.
    const QString thrown =
        AtomicFile::write(path, [](QIODevice&, QString&) -> bool { throw std::runtime_error("boom"); });
    QVERIFY(thrown.contains(QStringLiteral("boom")));
    QVERIFY(f.seek(0));
    QCOMPARE(f.readAll(), QByteArray("old,content\r\n"));
}

void TestReports::writeErrorsNameThePathAndReason()
{
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/r.csv"));
    QString error = AtomicFile::write(missing, QByteArray("x"));
    QVERIFY2(error.startsWith(missing) && error.contains(QStringLiteral("does not exist")), qPrintable(error));
    error = AtomicFile::write(m_dir.path(), QByteArray("x"));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
}

void TestReports::pdfIntoMissingFolderWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("absent/r.pdf"));
    const QString error = ReportDocument::writePdf(data("gcp", "us-central1"), path, QPageSize::A4);
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));
}

// The .bib is written beside the .tex: same folder, the name up to its last dot, ".bib"; a bare
// name is in "." (the writers print the path they wrote, so "./" is part of the behaviour).
void TestReports::bibFileBesideTheTex_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("bib");
    QTest::newRow("bare name") << "paper.tex"
                               << "./paper.bib";
    QTest::newRow("folders") << "/home/a/draft/carbon.tex"
                             << "/home/a/draft/carbon.bib";
    QTest::newRow("two dots") << "out/v1.2.tex"
                              << "out/v1.2.bib";
    QTest::newRow("no extension") << "out/paper"
                                  << "out/paper.bib";
    QTest::newRow("at the root") << "/paper.tex"
                                 << "/paper.bib";
}

void TestReports::bibFileBesideTheTex()
{
    QFETCH(QString, tex);
    QFETCH(QString, bib);
    QCOMPARE(QString::fromStdString(ReportTexts::bibPathFor(tex.toStdString())), bib);
}

// Two published runs for the presets table: one with every count and energy, one with gaps.
static std::vector<PublishedRun> twoRuns()
{
    PublishedRun alpha;
    alpha.id = "alpha-7b";
    alpha.name = "Alpha 7B";
    alpha.hardware = "test-gpu";
    alpha.count = 8;
    alpha.deviceHours = 800;
    alpha.reportedEnergyMwh = 0.5;
    alpha.tier = "A";
    alpha.source = "Doe et al. 2024";
    PublishedRun beta;
    beta.id = "beta";
    beta.name = "Beta";
    beta.hardware = "test-tpu";
    beta.reportedTco2e = 0.02;
    beta.tier = "B";
    beta.source = "Roe 2023";
    return {alpha, beta};
}

QString TestReports::pdfText(const ReportData& d, const char* name) const
{
    const QString pdf = m_dir.filePath(QLatin1String(name));
    if (!ReportDocument::writePdf(d, pdf, QPageSize::A4).isEmpty())
        return {};
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

// The fixture's two accelerators with a BF16 peak (FixtureCatalog.h): test-gpu 300 W at 1e14 FLOP/s
// and zeta-npu 150 W at 2e14; test-tpu has no peak and is left out. Device-hours = FLOP / (peak x
// MFU) / 3600, energy = device-hours x TDP x PUE / 1000, emissions = energy x g/kWh / 1000.
// Each row: the cells of the cleaner (zeta-npu, first) and the chosen (test-gpu) device. The PUE is
// written as every report writes it (EstimateReport::pueText, three significant digits).
void TestReports::cleanerHardwareSection_data()
{
    QTest::addColumn<EstimateInput>("input");
    QTest::addColumn<QStringList>("zeta");    // device-hours, energy, emissions, saving
    QTest::addColumn<QStringList>("chosen");  // the same for test-gpu
    QTest::addColumn<QString>("placeLine");   // a part of the place-and-year line

    // 3.6e20 FLOP at MFU 0.5 in testcloud/r1 (400 g/kWh, PUE 1.1):
    // zeta-npu: 3.6e20 / (2e14 x 0.5) / 3600 = 1000 device-h; x 150 W x 1.1 / 1000 = 165 kWh; x 400 g = 66 kg.
    // test-gpu: 3.6e20 / (1e14 x 0.5) / 3600 = 2000 device-h; x 300 W x 1.1 / 1000 = 660 kWh; x 400 g = 264 kg.
    // Saving of zeta-npu: (264 - 66) / 264 = 75 %.
    EstimateInput flop;
    flop.hardware = "test-gpu";
    flop.flop = 3.6e20;
    flop.mfu = 0.5;
    flop.location = Location::cloud("testcloud", "r1");
    QTest::newRow("FLOP, given MFU, cloud region")
        << flop << QStringList{"1000", "165 kWh", "66.0 kg CO2e", "75.0 %"}
        << QStringList{"2000", "660 kWh", "264 kg CO2e", "0 %"} << "400 gCO2e/kWh (2024, life-cycle), PUE 1.10.";

    // 6 x 4e9 params x 4.8e9 tokens = 1.152e20 FLOP at the published median MFU 0.4, on 4 devices in zone XX
    // (on-premise PUE 1.5) in 2019 (XX's life-cycle figure for 2019: 300 g/kWh):
    // zeta-npu: 1.152e20 / (2e14 x 0.4) / 3600 = 400 device-h; x 150 W x 1.5 / 1000 = 90 kWh; x 300 g = 27 kg.
    // test-gpu: 1.152e20 / (1e14 x 0.4) / 3600 = 800 device-h; x 300 W x 1.5 / 1000 = 360 kWh; x 300 g = 108 kg.
    // Saving: (108 - 27) / 108 = 75 %. The device count changes the hours per device, not the device-hours.
    EstimateInput paramsTokens;
    paramsTokens.hardware = "test-gpu";
    paramsTokens.params = 4e9;
    paramsTokens.tokens = 4.8e9;
    paramsTokens.count = 4;
    paramsTokens.year = 2019;
    paramsTokens.location = Location::gridZone("XX");
    QTest::newRow("params x tokens, default MFU, zone and year")
        << paramsTokens << QStringList{"400", "90.0 kWh", "27.0 kg CO2e", "75.0 %"}
        << QStringList{"800", "360 kWh", "108 kg CO2e", "0 %"}
        << "year of the run 2019: 300 gCO2e/kWh (2019, life-cycle), PUE 1.50.";
}

void TestReports::cleanerHardwareSection()
{
    QFETCH(EstimateInput, input);
    QFETCH(QStringList, zeta);
    QFETCH(QStringList, chosen);
    QFETCH(QString, placeLine);
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    const Estimate e = calc.estimate(input);
    const ReportData d =
        ReportData::ofJob(catalog, e, RegionRanking::rank(calc, e, RegionRanking::Scope::AllProviders));
    QCOMPARE(d.hardwareRanking.size(), std::size_t(2));
    QVERIFY(d.hardwareNote.empty());

    // Markdown: a table row per device, cleanest first, the chosen one marked; peaks in TFLOP/s.
    const QString md = QString::fromStdString(ReportTexts::markdown(d));
    QVERIFY2(md.contains(QStringLiteral("| Device | Peak TFLOP/s (BF16/FP16 tensor) | Device-hours | Energy | "
                                        "Emissions | Saving |")),
             qPrintable(md));
    QVERIFY2(md.contains(placeLine), qPrintable(md));
    QVERIFY(md.contains(QString::fromStdString(MarkdownReport::escape(HardwareRanking::assumption(e)))));
    const QString zetaRow = QStringLiteral("| Zeta NPU 2 | 200 | ") + zeta.join(QStringLiteral(" | ")) + " |";
    const QString chosenRow =
        QStringLiteral("| Test GPU 300 (chosen) | 100 | ") + chosen.join(QStringLiteral(" | ")) + " |";
    QVERIFY2(md.contains(zetaRow), qPrintable(zetaRow + QStringLiteral(" not in:\n") + md));
    QVERIFY2(md.contains(chosenRow), qPrintable(chosenRow + QStringLiteral(" not in:\n") + md));
    QVERIFY(md.indexOf(zetaRow) < md.indexOf(chosenRow));
    QVERIFY(!md.contains(QStringLiteral("Test TPU v9")));  // no peak figure: left out, never guessed

    // PDF: the section after the regions, the same rows in the same order, ranked 1 and 2.
    const QString text = pdfText(d, "hardware.pdf");
    QVERIFY2(text.contains(QStringLiteral("Cleaner hardware for the same work")), qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("Cleaner regions")) < text.indexOf(QStringLiteral("Cleaner hardware")));
    QVERIFY(text.indexOf(QStringLiteral("Cleaner hardware")) < text.indexOf(QStringLiteral("Method")));
    QVERIFY(text.simplified().contains(placeLine));
    QVERIFY(text.simplified().contains(QStringLiteral("2 of 2 devices shown")));
    // A table line of pdftotext -layout: the cells apart by spaces (which it may drop before a "%").
    auto line = [](const QString& start, const QStringList& cells) {
        QString pattern = QStringLiteral("^\\s*") + QRegularExpression::escape(start);
        for (const QString& cell : cells)
            pattern += QStringLiteral("\\s+")
                       + QRegularExpression::escape(cell).replace(QStringLiteral("\\ "), QStringLiteral("\\s*"));
        return QRegularExpression(pattern + QStringLiteral("\\s*$"), QRegularExpression::MultilineOption);
    };
    const auto zetaMatch = line(QStringLiteral("1"), QStringList{"Zeta NPU 2", "200"} + zeta).match(text);
    const auto chosenMatch =
        line(QStringLiteral("2"), QStringList{"Test GPU 300 (chosen)", "100"} + chosen).match(text);
    const QString section = text.mid(text.indexOf(QStringLiteral("Cleaner hardware")), 1200);
    QVERIFY2(zetaMatch.hasMatch(), qPrintable(section));
    QVERIFY2(chosenMatch.hasMatch(), qPrintable(section));
    QVERIFY(zetaMatch.capturedStart() < chosenMatch.capturedStart());
}

void TestReports::regionsTableMarksTheNearestYear()
{
    // A job run in 2019 (FixtureCatalog.h): testcloud/r2 lies in zone XX, whose life-cycle history has 300 g
    // for 2019; testcloud/r1 has only its own 400 g of 2024, the nearest year to 2019, so it is marked.
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    EstimateInput in;
    in.hardware = "test-gpu";
    in.hours = 10;
    in.year = 2019;
    in.location = Location::gridZone("XX");
    const Estimate e = calc.estimate(in);
    const ReportData d =
        ReportData::ofJob(catalog, e, RegionRanking::rank(calc, e, RegionRanking::Scope::AllProviders));
    const QString md = QString::fromStdString(ReportTexts::markdown(d));
    QVERIFY2(md.contains(QStringLiteral("| Test Cloud | r1 | Region One | 400 (2024, nearest) | lifecycle |")),
             qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("| Test Cloud | r2 | Region Two | 300 (2019) | lifecycle |")), qPrintable(md));
    // The PDF cell wraps ("400 (2024," / "nearest, lifecycle)"): count the marks. r1 and othercloud/o1 (20 g,
    // 2024 only) have no 2019 figure; r2 has one.
    const QString text = pdfText(d, "years.pdf");
    QCOMPARE(text.count(QStringLiteral("nearest,")), 2);
    QVERIFY(text.simplified().contains(QStringLiteral("(marked nearest)")));
}

// No table when the same work cannot be moved to other hardware; one line says why.
void TestReports::noCleanerHardwareTable_data()
{
    QTest::addColumn<EstimateInput>("input");
    QTest::addColumn<bool>("asProject");
    QTest::addColumn<QString>("note");

    EstimateInput duration;
    duration.hardware = "test-gpu";
    duration.hours = 10;
    duration.location = Location::gridZone("XX");
    QTest::newRow("duration") << duration << false
                              << "No cleaner-hardware comparison: the job is given as a duration, not as training "
                                 "compute.";
    // 3.6e20 FLOP in 100 h on one test-gpu implies an MFU of 3.6e20 / (1e14 x 100 x 3600) = 10: no MFU
    // above 1 can carry over to another device.
    EstimateInput implausible = duration;
    implausible.flop = 3.6e20;
    implausible.hours = 100;
    QTest::newRow("implied MFU above 1") << implausible << false << "MFU of at most 1 (they imply 10.0)";
    // A project: its items may each run on other hardware, so it gets no comparison, compute-based or not.
    EstimateInput flop = duration;
    flop.hours = 0;
    flop.flop = 3.6e20;
    QTest::newRow("project") << flop << true << "No cleaner-hardware comparison: it compares one job's";
}

void TestReports::noCleanerHardwareTable()
{
    QFETCH(EstimateInput, input);
    QFETCH(bool, asProject);
    QFETCH(QString, note);
    const Catalog catalog = fixture::make();
    const Calculator calc(catalog);
    ReportData d;
    if (asProject) {
        Project p;
        ProjectItem item;
        item.label = "train";
        item.input = input;
        p.items = {item};
        ProjectResult r = ProjectCalculator::compute(calc, p);
        auto ranking = ProjectCalculator::rankMoved(calc, r, RegionRanking::Scope::AllProviders);
        d = ReportData::ofProject(catalog, p, std::move(r), std::move(ranking));
    } else {
        const Estimate e = calc.estimate(input);
        d = ReportData::ofJob(catalog, e, RegionRanking::rank(calc, e, RegionRanking::Scope::AllProviders));
    }
    QVERIFY(d.hardwareRanking.empty());
    QVERIFY2(QString::fromStdString(d.hardwareNote).contains(note), d.hardwareNote.c_str());
    const QString md = QString::fromStdString(ReportTexts::markdown(d));
    QVERIFY2(md.contains(QString::fromStdString(MarkdownReport::escape(d.hardwareNote))), qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("Device-hours")));
    QVERIFY(!md.contains(QStringLiteral("Zeta NPU 2")));
    const QString text = pdfText(d, "no-hardware.pdf");
    QVERIFY2(text.simplified().contains(QString::fromStdString(d.hardwareNote)), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Cleaner hardware")));
    QVERIFY(!text.contains(QStringLiteral("Zeta NPU 2")));
}

// The cleanest kCleanestShown (10) rows, then the chosen device when it is not among them.
void TestReports::shownHardwareRows_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("chosenAt");
    QTest::addColumn<QList<int>>("shown");
    QTest::newRow("chosen last of 12") << 12 << 11 << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11};
    QTest::newRow("chosen among the cleanest") << 12 << 3 << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("fewer than 10") << 3 << 2 << QList<int>{0, 1, 2};
    QTest::newRow("none") << 0 << -1 << QList<int>{};
}

void TestReports::shownHardwareRows()
{
    QFETCH(int, rows);
    QFETCH(int, chosenAt);
    QFETCH(QList<int>, shown);
    std::vector<RankedHardware> ranking(static_cast<std::size_t>(rows));
    if (chosenAt >= 0)
        ranking[static_cast<std::size_t>(chosenAt)].chosen = true;
    QList<int> got;
    for (const RankedHardware* r : ReportData::shownHardwareRows(ranking))
        got << static_cast<int>(r - ranking.data());
    QCOMPARE(got, shown);
}

void TestReports::presetsTableSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");
    // Keys (TextMatch: lower-case letters and digits) of name + id + source:
    // alpha: "alpha7balpha7bdoeetal2024", beta: "betabetaroe2023".
    QTest::newRow("no search: all, in order") << "" << QStringList{"alpha-7b", "beta"};
    QTest::newRow("name") << "alpha" << QStringList{"alpha-7b"};
    QTest::newRow("source, any case and punctuation") << "DOE ET AL." << QStringList{"alpha-7b"};
    QTest::newRow("source year") << "2023" << QStringList{"beta"};
    QTest::newRow("hardware is not searched") << "gpu" << QStringList{};
    QTest::newRow("nothing") << "zzz" << QStringList{};
}

void TestReports::presetsTableSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, ids);
    const Table t = CatalogTables::presets(twoRuns(), search.toStdString());
    QStringList shown;
    for (const auto& row : t.rows)
        shown << QString::fromStdString(row[0].text);
    QCOMPARE(shown, ids);
}

void TestReports::presetsTableCells()
{
    const Table t = CatalogTables::presets(twoRuns());
    QStringList keys;
    for (const auto& c : t.columns)
        keys << QString::fromStdString(c.key);
    QCOMPARE(keys, (QStringList{"id", "name", "hardware", "count", "device_hours", "reported_energy_mwh",
                                "reported_tco2e", "tier", "source"}));
    QCOMPARE(t.rows.size(), std::size_t(2));
    // Every figure as published, none made up: a gap is a null cell (JSON null, empty CSV cell).
    const auto& alpha = t.rows[0];
    QCOMPARE(alpha[2].text, std::string("test-gpu"));
    QCOMPARE(alpha[3].number, 8.0);
    QCOMPARE(alpha[4].number, 800.0);
    QCOMPARE(alpha[5].number, 0.5);
    QCOMPARE(alpha[6].type, TableCell::Type::Null);
    QCOMPARE(alpha[8].text, std::string("Doe et al. 2024"));
    const auto& beta = t.rows[1];
    for (std::size_t column : {3, 4, 5})
        QCOMPARE(beta[column].type, TableCell::Type::Null);
    QCOMPARE(beta[6].number, 0.02);
    QCOMPARE(beta[7].text, std::string("B"));
}

void TestReports::placeAsReported_data()
{
    QTest::addColumn<double>("paperGPerKwh");  // 0: the paper gives no intensity (the run's default place, XX)
    QTest::addColumn<QString>("hardware");     // what-if values over the paper's; empty or 0: not given
    QTest::addColumn<double>("intensity");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    QTest::newRow("as reported") << 250.0 << "" << 0.0 << ""
                                 << "Test lab";
    QTest::newRow("other hardware, same place") << 250.0 << "test-tpu" << 0.0 << ""
                                                << "Test lab";
    QTest::newRow("the paper's intensity given") << 250.0 << "" << 250.0 << ""
                                                 << "Test lab";
    QTest::newRow("another intensity") << 250.0 << "" << 300.0 << ""
                                       << "";
    // XX's figure is 200 g/kWh (tests/FixtureCatalog.h), the paper's too: still a country, not the paper's place.
    QTest::newRow("a country at the paper's figure") << 200.0 << "" << 0.0 << "XX"
                                                     << "";
    QTest::newRow("no intensity in the paper") << 0.0 << "" << 0.0 << ""
                                               << "";
}

void TestReports::placeAsReported()
{
    QFETCH(double, paperGPerKwh);
    QFETCH(QString, hardware);
    QFETCH(double, intensity);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    PublishedRun paper;
    paper.id = "test-run";
    paper.hardware = "test-gpu";
    paper.count = 4;
    paper.deviceHours = 40;
    if (paperGPerKwh > 0)
        paper.gPerKwh = paperGPerKwh;
    paper.locationAsReported = "Test lab";
    paper.defaultKind = LocationKind::Zone;
    paper.defaultCode = "XX";
    WhatIfChanges changes;
    if (!hardware.isEmpty())
        changes.hardware = hardware.toStdString();
    if (intensity > 0)
        changes.location = Location::custom(intensity);
    if (!country.isEmpty())
        changes.location = Location::gridZone(country.toStdString());
    const Catalog catalog = fixture::make();
    const Estimate e = Calculator(catalog).estimate(PresetProject::whatIf(paper, changes).input);
    QCOMPARE(QString::fromStdString(PresetReport::placeAsReported(paper, e)), expected);
}

QTEST_MAIN(TestReports)
#include "TestReports.moc"
