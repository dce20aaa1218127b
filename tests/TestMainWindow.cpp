// The desktop window, driven as a person would (offscreen): typing, choosing, double-clicking,
// restarting. Every number shown must be the model's, and equal to the CLI's.
#include "BasisBox.h"
#include "Calculator.h"
#include "ComparisonView.h"
#include "DatabaseLoader.h"
#include "EstimateForm.h"
#include "HardwareListModel.h"
#include "MainWindow.h"
#include "NumberFormat.h"
#include "PublishedModelDialog.h"
#include "RegionTableModel.h"
#include "ResultView.h"
#include "WhenView.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QtTest>

using namespace mlcarbon;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithAWorkingExample();
    void typingChangesTheResult();
    void hugeInputsShowFiniteFiguresInLargeUnits();
    void guiAndCliAgreeToTheLastDigit();
    void embodiedAndWaterMatchCliAndTurnOff();
    void scheduleHostAndTotalMatchCli();
    void wheelOverAnUnfocusedBoxScrollsInstead();
    void whenTabMatchesCli();
    void invalidValueShowsReasonAndNoNumber_data();
    void invalidValueShowsReasonAndNoNumber();
    void unknownHardwareIsMarkedOnTheField();
    void partOfANameOrAnAmbiguousPlaceIsAskedNotGuessed();
    void choosingAnotherProviderRefillsRegions();
    void tableSortedAscendingAndFirstRowMatchesCli();
    void doubleClickMakesRowTheLocation();
    void ownHardwareCountries();
    void searchFiltersTheTable();
    void settingsSurviveRestart();
    void basisLineNamesTheBasisUsed_data();
    void basisLineNamesTheBasisUsed();
    void presetWhatIfMatchesCli_data();
    void presetWhatIfMatchesCli();
    void basisSwitchChangesEveryRow();
    void ignoredDataFileIsShownOnce();
    void chartFollowsPaletteAndMarksChosen();
    void copyResultAsText();
    void exportsEveryFormat();
    void exportFailureKeepsTheOldFile();
    void tabWalksTheFormInOrder();
    void computeAndYearMatchCli();
    void impliedMfuIsFlaggedOnTheField();
    void publishedModelOpensWithItsAssumptions();
    void publishedModelDialogSearches();
    void placeListsShowTheYearsFigure();

private:
    QLineEdit* edit(const char* name) const;
    QJsonDocument cli(const QStringList& args);
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("mlcarbon.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QLineEdit* TestMainWindow::edit(const char* name) const
{
    return qobject_cast<QLineEdit*>(m_window->form()->field(QString::fromLatin1(name)));
}

QJsonDocument TestMainWindow::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->path());  // no user overrides
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MLCARBON_CLI_PATH), args + QStringList{"--format", "json"});
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

static EstimateInput a100Job(double hours)
{
    EstimateInput in;
    in.hardware = "nvidia-a100-sxm4-80-gb";
    in.count = 8;
    in.hours = hours;
    in.location = Location::cloud("gcp", "us-central1");
    return in;
}

void TestMainWindow::startsWithAWorkingExample()
{
    // 8 x A100 SXM4 80 GB x 24 h in Google Cloud us-central1: a result at once.
    QVERIFY(m_window->currentEstimate());
    QVERIFY(m_window->result()->showsResult());
    Calculator calc(*m_catalog);
    Estimate expected = calc.estimate(a100Job(24));
    QCOMPARE(m_window->result()->emissionsLabel()->text(),
             QString::fromStdString(NumberFormat::mass(expected.emissionsKg)));
    QVERIFY(m_window->comparison()->model()->rowCount() > 100);
}

// 10^9 devices for 10^7 hours at 1499 g/kWh: finite figures in Gt / PWh, and the intensity shown
// as typed (the three-digit rounding once showed it as 1500).
void TestMainWindow::hugeInputsShowFiniteFiguresInLargeUnits()
{
    QLineEdit* count = edit("count");
    count->clear();
    QTest::keyClicks(count, "1000000000");
    QLineEdit* hours = edit("hours");
    hours->clear();
    QTest::keyClicks(hours, "10000000");
    m_window->form()->whereBox()->setCurrentIndex(m_window->form()->locationPicker()->whereRow(Location::Kind::Custom));
    QTest::keyClicks(edit("intensity"), "1499");
    QVERIFY(m_window->currentEstimate());
    // A100 SXM4 80 GB 400 W, own-hardware PUE 1.56 for a stated grid:
    // 1e9 x 1e7 h x 400 W x 1.56 / 1000 = 6.24e15 kWh = 6240 PWh; x 1499 g / 1000 = 9.35376e15 kg = 9350 Gt.
    QCOMPARE(m_window->currentEstimate()->energyKwh, 1e9 * 1e7 * 400 * 1.56 / 1000);
    const QString emissions = m_window->result()->emissionsLabel()->text();
    QCOMPARE(emissions, QStringLiteral("9350 Gt CO2e"));
    QVERIFY(m_window->result()->energyLabel()->text().startsWith(QStringLiteral("6240 PWh")));
    for (QLabel* l : m_window->result()->findChildren<QLabel*>()) {
        QVERIFY2(!l->text().contains(QLatin1String("inf")) && !l->text().contains(QLatin1String("nan")),
                 qPrintable(l->objectName() + QStringLiteral(": ") + l->text()));
    }
    QVERIFY(m_window->result()
                ->findChild<QLabel*>(QStringLiteral("formula"))
                ->text()
                .contains(QStringLiteral("x 1499 gCO2e/kWh")));
}

void TestMainWindow::typingChangesTheResult()
{
    QLineEdit* hours = edit("hours");
    hours->clear();
    QTest::keyClicks(hours, "48");
    QLineEdit* pue = edit("pue");
    QTest::keyClicks(pue, "1.3");
    Calculator calc(*m_catalog);
    EstimateInput in = a100Job(48);
    in.pue = 1.3;
    Estimate expected = calc.estimate(in);  // 8 x 48 h x 400 W x 1.3 / 1000 = 199.68 kWh
    QVERIFY(m_window->currentEstimate());
    QVERIFY(m_window->currentEstimate()->emissionsKg == expected.emissionsKg);
    QCOMPARE(m_window->currentEstimate()->energyKwh, 199.68);
    QCOMPARE(m_window->result()->emissionsLabel()->text(),
             QString::fromStdString(NumberFormat::mass(expected.emissionsKg)));
    QVERIFY(m_window->result()->energyLabel()->text().startsWith(QStringLiteral("200 kWh")));
    // Days are a convenience: 2 days = 48 h.
    hours->clear();
    QTest::keyClicks(hours, "2");
    m_window->form()->durationUnitBox()->setCurrentIndex(1);
    QCOMPARE(m_window->currentEstimate()->hours, 48.0);
}

void TestMainWindow::embodiedAndWaterMatchCliAndTurnOff()
{
    // The starting job with a lifetime and WUE typed in Advanced: the same embodied and water as the CLI's,
    // in a section of its own; unticking both hides it and leaves the emissions as they were.
    QTest::keyClicks(edit("lifetime-years"), "4");
    QTest::keyClicks(edit("wue"), "0.5");
    const QJsonObject o = cli({"estimate", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "24",
                               "--provider", "gcp", "--region", "us-central1", "--lifetime-years", "4", "--wue", "0.5"})
                              .object();
    QVERIFY(m_window->currentEstimate());
    const Estimate on = *m_window->currentEstimate();
    QCOMPARE(on.input.hours, 24.0);  // the starting job
    QVERIFY(on.embodied && on.water);
    QCOMPARE(on.embodied->kg, o["embodied"].toObject()["kg"].toDouble());
    QCOMPARE(on.water->litres(), o["water"].toObject()["litres"].toDouble());
    QCOMPARE(int(on.water->wueOrigin), int(WueOrigin::Given));
    auto* beyond = m_window->result()->findChild<QLabel*>(QStringLiteral("beyond"));
    QVERIFY(beyond->text().contains(QStringLiteral("Embodied (scope 3)")));
    QVERIFY(!beyond->parentWidget()->isHidden());
    m_window->form()->findChild<QCheckBox*>(QStringLiteral("embodied"))->setChecked(false);
    m_window->form()->findChild<QCheckBox*>(QStringLiteral("water"))->setChecked(false);
    const Estimate off = *m_window->currentEstimate();
    QVERIFY(!off.embodied && !off.water);
    QCOMPARE(off.emissionsKg, on.emissionsKg);
    QVERIFY(beyond->parentWidget()->isHidden());
}

void TestMainWindow::scheduleHostAndTotalMatchCli()
{
    // The starting job as a service: 8 h a day for 18 days, with the host server's share and the total:
    // the same figures as the CLI's, to the bit; the duration row gives way to the two schedule rows.
    auto* work = m_window->form()->workBox();
    work->setCurrentIndex(int(EstimateForm::Work::Schedule));
    QVERIFY(edit("hours")->parentWidget()->isHidden());
    QVERIFY(!edit("hours-per-day")->isHidden() && !edit("days")->isHidden());
    QTest::keyClicks(edit("hours-per-day"), "8");
    QTest::keyClicks(edit("days"), "18");
    m_window->form()->findChild<QCheckBox*>(QStringLiteral("embodied-host"))->setChecked(true);
    m_window->form()->findChild<QCheckBox*>(QStringLiteral("embodied-total"))->setChecked(true);
    const QJsonObject o =
        cli({"estimate", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours-per-day", "8", "--days", "18",
             "--provider", "gcp", "--region", "us-central1", "--embodied-host", "--with-total"})
            .object();
    QVERIFY(m_window->currentEstimate());
    const Estimate e = *m_window->currentEstimate();
    QCOMPARE(e.input.hours, 144.0);
    QCOMPARE(*e.input.hoursPerDay, 8.0);
    QCOMPARE(e.emissionsKg, o["emissions_kg"].toDouble());
    QVERIFY(e.embodied && e.embodied->host);
    QCOMPARE(e.embodied->kg, o["embodied"].toObject()["kg"].toDouble());
    QCOMPARE(e.totalWithEmbodied()->kg, o["embodied"].toObject()["total"].toObject()["kg"].toDouble());
    auto* beyond = m_window->result()->findChild<QLabel*>(QStringLiteral("beyond"));
    QVERIFY(beyond->text().contains(QStringLiteral("of which host server")));
    QVERIFY(beyond->text().contains(QStringLiteral("Total with embodied")));
    auto* ran = m_window->result()->findChild<QLabel*>(QStringLiteral("work"));
    QVERIFY2(ran && ran->text().contains(QStringLiteral("8 h a day for 18 days: 144 h per device")),
             ran ? qPrintable(ran->text()) : "no work label");
    // Turning the embodied line off greys out its parts and takes the total with it.
    m_window->form()->findChild<QCheckBox*>(QStringLiteral("embodied"))->setChecked(false);
    QVERIFY(!m_window->form()->findChild<QCheckBox*>(QStringLiteral("embodied-host"))->isEnabled());
    QVERIFY(!m_window->currentEstimate()->totalWithEmbodied());
    // Hours a day over 24 is marked on its field, with no result.
    edit("hours-per-day")->setText(QStringLiteral("30"));
    QVERIFY(!m_window->currentEstimate());
    QVERIFY(m_window->form()->problems().join(' ').contains(QStringLiteral("hours-per-day")));
}

void TestMainWindow::wheelOverAnUnfocusedBoxScrollsInstead()
{
    // Scrolling the form over the year and basis boxes must not change them (it changed the basis in a
    // session's screenshots); once a box has focus, the wheel works on it as usual.
    auto* year = m_window->form()->yearBox();
    const int before = year->currentIndex();
    auto wheel = [&](QWidget* w) {
        QWheelEvent down(QPointF(5, 5), w->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &down);
    };
    m_window->form()->field(QStringLiteral("count"))->setFocus();
    wheel(year);
    QCOMPARE(year->currentIndex(), before);
    year->setFocus();
    QVERIFY(year->hasFocus() || !m_window->isActiveWindow());  // offscreen windows may not take focus
    if (year->hasFocus()) {
        wheel(year);
        QCOMPARE(year->currentIndex(), before + 1);
    }
}

void TestMainWindow::whenTabMatchesCli()
{
    // The starting job (8 x A100, Google us-central1: its hours are US-MIDW-MISO's) for 6 h: the When tab
    // shows the same three schedules as `mlcarbon-cli when`, to the bit, and follows the date, the window and
    // a month's typical day at once.
    QLineEdit* hours = edit("hours");
    hours->clear();
    QTest::keyClicks(hours, "6");
    WhenView* when = m_window->when();
    m_window->findChild<QTabWidget*>()->setCurrentWidget(when);
    when->dateEdit()->setDate(QDate(2022, 3, 15));
    when->windowBox()->setValue(24);
    QVERIFY(when->result());
    const QStringList job = {"when",       "--hardware",  "nvidia-a100-sxm4-80-gb",
                             "--count",    "8",           "--hours",
                             "6",          "--provider",  "gcp",
                             "--region",   "us-central1", "--date",
                             "2022-03-15", "--window",    "24"};
    const QJsonObject o = cli(job).object();
    const WhenResult& r = *when->result();
    QCOMPARE(r.zone, std::string("US-MIDW-MISO"));
    QCOMPARE(r.plan.now.kg, o["now"].toObject()["emissions_kg"].toDouble());
    QCOMPARE(r.plan.bestStart.kg, o["best_start"].toObject()["emissions_kg"].toDouble());
    QCOMPARE(r.plan.paused->kg, o["paused"].toObject()["emissions_kg"].toDouble());
    QVERIFY(when->summaryLabel()->text().contains(QStringLiteral("Best start")));
    QVERIFY(when->summaryLabel()->text().contains(QStringLiteral("Open Database License")));
    QVERIFY(!when->chartView()->chart()->series().isEmpty());
    // A wider window can only do as well or better; a 0 h window leaves no choice.
    when->windowBox()->setValue(72);
    QVERIFY(when->result()->plan.bestStart.kg <= r.plan.bestStart.kg);
    when->windowBox()->setValue(0);
    QCOMPARE(when->result()->plan.bestStart.kg, when->result()->plan.now.kg);
    // A month's typical day, as the CLI's --month.
    when->windowBox()->setValue(24);
    when->dayKindBox()->setCurrentIndex(1);
    when->monthBox()->setCurrentIndex(6);  // July
    QVERIFY(when->result()->typical);
    QCOMPARE(when->result()->plan.bestStart.kg, cli(job.mid(0, 11) + QStringList{"--month", "7", "--window", "24"})
                                                    .object()["best_start"]
                                                    .toObject()["emissions_kg"]
                                                    .toDouble());
    // A place with no hourly data says so instead of a result.
    when->dayKindBox()->setCurrentIndex(0);
    m_window->form()->setLocation(Location::custom(300));
    QVERIFY(!when->result());
    QVERIFY(when->summaryLabel()->text().contains(QStringLiteral("location")));
}

void TestMainWindow::guiAndCliAgreeToTheLastDigit()
{
    QLineEdit* hours = edit("hours");
    hours->clear();
    QTest::keyClicks(hours, "7.25");
    QTest::keyClicks(edit("utilization"), "0.83");
    QTest::keyClicks(edit("host-memory-gb"), "64");
    QJsonObject o =
        cli({"estimate", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "7.25", "--utilization",
             "0.83", "--host-memory-gb", "64", "--provider", "gcp", "--region", "us-central1"})
            .object();
    QVERIFY(m_window->currentEstimate());
    const Estimate& e = *m_window->currentEstimate();
    QVERIFY2(e.emissionsKg == o["emissions_kg"].toDouble(), qPrintable(QString::number(e.emissionsKg, 'g', 17)));
    QVERIFY(e.energyKwh == o["energy_kwh"].toDouble());
    QVERIFY(e.emissionsLowKg == o["emissions_low_kg"].toDouble());
    QVERIFY(e.emissionsHighKg == o["emissions_high_kg"].toDouble());
    QVERIFY(e.marketEmissionsKg == o["market_emissions_kg"].toDouble());
}

void TestMainWindow::invalidValueShowsReasonAndNoNumber_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("hours abc") << "hours"
                               << "abc"
                               << "not a number";
    QTest::newRow("hours 0") << "hours"
                             << "0"
                             << "greater than 0";
    QTest::newRow("hours empty") << "hours"
                                 << ""
                                 << "no value given";
    QTest::newRow("count 2.5") << "count"
                               << "2.5"
                               << "whole number";
    QTest::newRow("pue 0.9") << "pue"
                             << "0.9"
                             << "1.0 to 3.0";
    QTest::newRow("utilisation 1.5") << "utilization"
                                     << "1.5"
                                     << "at most 1";
    QTest::newRow("offset 120") << "offset"
                                << "120"
                                << "0 to 100";
}

void TestMainWindow::invalidValueShowsReasonAndNoNumber()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QLineEdit* e = edit(field.toLatin1().constData());
    e->clear();
    QTest::keyClicks(e, text);
    QVERIFY(!m_window->currentEstimate());
    QVERIFY(e->property("invalid").toBool());
    auto* error = m_window->form()->findChild<QLabel*>(field + QStringLiteral("Error"));
    QVERIFY(error && !error->isHidden());
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    // The result says what is missing instead of a stale or zero number.
    QVERIFY(!m_window->result()->showsResult());
    QVERIFY(m_window->result()->emissionsLabel()->text().isEmpty());
    QVERIFY(m_window->result()->problemLabel()->text().contains(field));
    QCOMPARE(m_window->comparison()->model()->rowCount(), 0);
    // Fixing it brings the number back and clears the mark.
    e->clear();
    QTest::keyClicks(e, field == QLatin1String("hours") ? QStringLiteral("24") : QString());
    if (field == QLatin1String("count"))
        QTest::keyClicks(e, "8");
    QVERIFY(m_window->currentEstimate());
    QVERIFY(!e->property("invalid").toBool());
    QVERIFY(error->isHidden());
}

void TestMainWindow::unknownHardwareIsMarkedOnTheField()
{
    QComboBox* hw = m_window->form()->hardwareBox();
    hw->setEditText(QStringLiteral("Quantum Toaster 3000"));
    QVERIFY(!m_window->currentEstimate());
    QVERIFY(hw->property("invalid").toBool());
    auto* error = m_window->form()->findChild<QLabel*>(QStringLiteral("hardwareError"));
    QVERIFY(error->text().contains(QStringLiteral("not in the hardware database")));
    // A name typed the way people type it resolves through the model's lookup.
    hw->setEditText(QStringLiteral("tpu v3"));
    QVERIFY(m_window->currentEstimate());
    QCOMPARE(m_window->currentEstimate()->hardware.id, std::string("google-tpu-v3"));
}

void TestMainWindow::partOfANameOrAnAmbiguousPlaceIsAskedNotGuessed()
{
    // Typed as a person types it: "Trainium" is only part of one name, "Amazon Trainium2"
    // (hardware_db/accelerators.json), which the field offers instead of a number for it.
    QComboBox* hw = m_window->form()->hardwareBox();
    hw->lineEdit()->clear();
    QTest::keyClicks(hw->lineEdit(), "Trainium");
    QCOMPARE(hw->currentText(), QStringLiteral("Trainium"));
    QVERIFY(!m_window->currentEstimate());
    QVERIFY(hw->property("invalid").toBool());
    auto* error = m_window->form()->findChild<QLabel*>(QStringLiteral("hardwareError"));
    QVERIFY(error && !error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("did you mean: Amazon Trainium2 [amazon-trainium2]")),
             qPrintable(error->text()));
    QVERIFY(!m_window->result()->showsResult());
    QVERIFY(m_window->result()->emissionsLabel()->text().isEmpty());
    QCOMPARE(m_window->comparison()->model()->rowCount(), 0);
    // The full name resolves.
    hw->setEditText(QStringLiteral("Amazon Trainium2"));
    QVERIFY(m_window->currentEstimate());
    QCOMPARE(m_window->currentEstimate()->hardware.id, std::string("amazon-trainium2"));
    QVERIFY(error->isHidden());

    // "Georgia" typed in the country field names GE (a country) and US-GA (a US state,
    // regions_db/grid_zones.json): both are offered, neither is taken.
    QComboBox* where = m_window->form()->whereBox();
    where->setCurrentIndex(m_window->form()->locationPicker()->whereRow(Location::Kind::Zone));
    QComboBox* country = m_window->form()->countryBox();
    country->lineEdit()->clear();
    QTest::keyClicks(country->lineEdit(), "Georgia");
    QVERIFY(!m_window->currentEstimate());
    QVERIFY(country->property("invalid").toBool());
    auto* countryError = m_window->form()->findChild<QLabel*>(QStringLiteral("countryError"));
    QVERIFY(countryError && !countryError->isHidden());
    QVERIFY2(countryError->text().contains(QStringLiteral("GE (Georgia, country)"))
                 && countryError->text().contains(QStringLiteral("US-GA (Georgia, subdivision of US)")),
             qPrintable(countryError->text()));
    QVERIFY(!m_window->result()->showsResult());
    // Its code resolves.
    country->setEditText(QStringLiteral("US-GA"));
    QVERIFY(m_window->currentEstimate());
    QCOMPARE(m_window->currentEstimate()->location.zone, std::string("US-GA"));
}

void TestMainWindow::choosingAnotherProviderRefillsRegions()
{
    QComboBox* where = m_window->form()->whereBox();
    QComboBox* region = m_window->form()->regionBox();
    QVERIFY(region->findData(QStringLiteral("us-central1")) >= 0);
    where->setCurrentIndex(m_window->form()->locationPicker()->whereRow(Location::Kind::Cloud, QStringLiteral("aws")));
    QCOMPARE(region->findData(QStringLiteral("us-central1")), -1);
    QVERIFY(region->findData(QStringLiteral("us-east-1")) >= 0);
    QCOMPARE(region->count(), static_cast<int>(m_catalog->regionsOf("aws").size()));
    QCOMPARE(m_window->currentEstimate()->location.provider, std::string("aws"));
}

void TestMainWindow::tableSortedAscendingAndFirstRowMatchesCli()
{
    QSortFilterProxyModel* proxy = m_window->comparison()->proxy();
    QVERIFY(proxy->rowCount() > 100);
    double previous = -1;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const double kg = proxy->index(r, RegionTableModel::Emissions).data(RegionTableModel::SortRole).toDouble();
        QVERIFY(kg >= previous);
        previous = kg;
    }
    QJsonArray rows = cli({"compare", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "24",
                           "--provider", "gcp", "--region", "us-central1"})
                          .array();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(proxy->index(0, RegionTableModel::Region).data().toString(), rows.first().toObject()["region"].toString());
    QVERIFY(proxy->index(0, RegionTableModel::Emissions).data(RegionTableModel::SortRole).toDouble()
            == rows.first().toObject()["emissions_kg"].toDouble());
}

void TestMainWindow::doubleClickMakesRowTheLocation()
{
    m_window->tabs()->setCurrentWidget(m_window->comparison());
    QTableView* table = m_window->comparison()->table();
    QSortFilterProxyModel* proxy = m_window->comparison()->proxy();
    int target = -1;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, RegionTableModel::Region).data().toString() == QLatin1String("eu-north-1"))
            target = r;
    }
    QVERIFY(target >= 0);
    const QModelIndex index = proxy->index(target, RegionTableModel::Location);
    table->scrollTo(index);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(m_window->currentEstimate());
    QCOMPARE(m_window->currentEstimate()->location.provider, std::string("aws"));
    QCOMPARE(m_window->currentEstimate()->location.region, std::string("eu-north-1"));
    QCOMPARE(m_window->form()->regionBox()->currentData().toString(), QStringLiteral("eu-north-1"));
    // The new choice is the highlighted row of the rebuilt table.
    bool chosen = false;
    for (const auto& row : m_window->comparison()->model()->rows())
        chosen = chosen || (row.chosen && row.code == "eu-north-1");
    QVERIFY(chosen);
}

void TestMainWindow::ownHardwareCountries()
{
    QComboBox* scope = m_window->comparison()->scopeBox();
    scope->setCurrentIndex(scope->findData(static_cast<int>(RegionRanking::Scope::Countries)));
    const auto& rows = m_window->comparison()->model()->rows();
    QVERIFY(rows.size() >= 290);
    for (const auto& r : rows)
        QVERIFY(r.zone && !r.region);
    // Choosing own hardware in a country: the form follows and "same provider" is not offered.
    QTableView* table = m_window->comparison()->table();
    emit table->doubleClicked(m_window->comparison()->proxy()->index(0, 0));
    QCOMPARE(m_window->currentEstimate()->location.kind, Location::Kind::Zone);
    auto* items = qobject_cast<QStandardItemModel*>(scope->model());
    QVERIFY(items && !items->item(1)->isEnabled());
}

void TestMainWindow::searchFiltersTheTable()
{
    QTest::keyClicks(m_window->comparison()->searchBox(), "frankfurt");
    QSortFilterProxyModel* proxy = m_window->comparison()->proxy();
    QVERIFY(proxy->rowCount() >= 2);
    QVERIFY(proxy->rowCount() < 10);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r, RegionTableModel::Location).data().toString().contains(QStringLiteral("Frankfurt")));
}

// The result's basis line names the basis used, and when the place has no figure on the chosen
// basis, says which one it has (regions_db/grid_zones.json: FR has a life-cycle figure, 2024;
// GLOBAL only an unspecified one, 480 g for 2023).
void TestMainWindow::basisLineNamesTheBasisUsed_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("line");
    QTest::newRow("on the basis") << "FR"
                                  << "(2024), life-cycle basis.";
    QTest::newRow("another basis") << "GLOBAL"
                                   << "(2023), <b>unspecified</b> basis: this place has no life-cycle figure.";
}

void TestMainWindow::basisLineNamesTheBasisUsed()
{
    QFETCH(QString, zone);
    QFETCH(QString, line);
    m_window->form()->whereBox()->setCurrentIndex(m_window->form()->locationPicker()->whereRow(Location::Kind::Zone));
    QComboBox* country = m_window->form()->countryBox();
    country->setCurrentIndex(country->findData(zone));
    QCOMPARE(m_window->currentEstimate()->location.zone, zone.toStdString());
    const QString text = m_window->result()->findChild<QLabel*>(QStringLiteral("basis"))->text();
    QVERIFY2(text.endsWith(line), qPrintable(text));
}

void TestMainWindow::settingsSurviveRestart()
{
    QLineEdit* hours = edit("hours");
    hours->clear();
    QTest::keyClicks(hours, "36");
    // Moved to own hardware first: an offset typed for the cloud region would be dropped by the move.
    m_window->form()->whereBox()->setCurrentIndex(m_window->form()->locationPicker()->whereRow(Location::Kind::Zone));
    QComboBox* country = m_window->form()->countryBox();
    country->setCurrentIndex(country->findData(QStringLiteral("FR")));
    QTest::keyClicks(edit("offset"), "20");
    m_window->form()->setBasis(IntensityBasis::Direct);
    m_window->tabs()->setCurrentIndex(1);
    QCOMPARE(m_window->currentEstimate()->location.zone, std::string("FR"));
    m_window->close();
    m_window.reset();

    m_window = std::make_unique<MainWindow>(*m_catalog, *m_settings);
    QCOMPARE(edit("hours")->text(), QStringLiteral("36"));
    QCOMPARE(edit("offset")->text(), QStringLiteral("20"));
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    QVERIFY(m_window->currentEstimate());
    QCOMPARE(m_window->currentEstimate()->location.zone, std::string("FR"));
    QCOMPARE(m_window->currentEstimate()->hours, 36.0);
    QCOMPARE(m_window->currentEstimate()->offsetPct, 20.0);
    // The basis is remembered, and the comparison's selector shows it: FR direct 18.4 g/kWh (Electricity Maps 2024).
    QCOMPARE(m_window->form()->basis(), IntensityBasis::Direct);
    QCOMPARE(m_window->currentEstimate()->intensity, 18.4);
    QCOMPARE(m_window->comparison()->basisBox()->currentData().toInt(), int(IntensityBasis::Direct));
    m_window->form()->setBasis(IntensityBasis::Lifecycle);  // the next tests start from the default
}

void TestMainWindow::presetWhatIfMatchesCli_data()
{
    QTest::addColumn<QString>("hardware");  // empty: keep the paper's TPU v3
    QTest::addColumn<bool>("move");         // to Google Cloud europe-north1
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<double>("expectedKg");
    QTest::addColumn<int>("notes");
    // Meena (Patterson et al. 2021): 1024 x 720 h, 289 W measured, PUE 1.09, 415 g/kWh.
    // Other hardware drops the measured power: A100 SXM4 80 GB TDP 400 W, PUE 1.09 and 415 g kept:
    // 1024 x 720 x 400 W x 1.09 / 1000 = 321,454.08 kWh x 415 / 1000 = 133,403.4432 kg.
    QTest::newRow("other hardware") << "nvidia-a100-sxm4-80-gb" << false
                                    << QStringList{"--hardware", "nvidia-a100-sxm4-80-gb"} << 133403.4432 << 1;
    // Moved to a cloud region: the given PUE is dropped for the region's 1.09 (GSF 2024); the preset's year of
    // the run is 2020 (Meena's publication year, Epoch AI), so the intensity is Google's life-cycle figure for
    // europe-north1 in 2020, 133 g: 1024 x 720 x 289 x 1.09 / 1000 = 232,250.5728 kWh x 133 / 1000 = 30,889.3262 kg.
    QTest::newRow("move to europe-north1")
        << QString() << true << QStringList{"--provider", "gcp", "--region", "europe-north1"} << 30889.3261824 << 1;
    // Both: 1024 x 720 x 400 x 1.09 / 1000 = 321,454.08 kWh x 133 / 1000 = 42,753.3926 kg.
    QTest::newRow("both") << "nvidia-a100-sxm4-80-gb" << true
                          << QStringList{"--hardware", "nvidia-a100-sxm4-80-gb", "--provider", "gcp",
                                         "--region",   "europe-north1"}
                          << 42753.39264 << 2;
}

void TestMainWindow::presetWhatIfMatchesCli()
{
    QFETCH(QString, hardware);
    QFETCH(bool, move);
    QFETCH(QStringList, options);
    QFETCH(double, expectedKg);
    QFETCH(int, notes);
    QCOMPARE(m_window->openPreset(QStringLiteral("meena")), QString());
    if (!hardware.isEmpty()) {
        QComboBox* box = m_window->form()->hardwareBox();
        box->setCurrentIndex(box->findData(hardware, HardwareListModel::IdRole));
    }
    if (move)
        m_window->form()->setLocation(Location::cloud("gcp", "europe-north1"));
    QVERIFY(m_window->currentEstimate());
    const Estimate& e = *m_window->currentEstimate();
    QVERIFY(qAbs(e.emissionsKg - expectedKg) <= 1e-9 * expectedKg);
    QCOMPARE(static_cast<int>(e.notes.size()), notes);
    // The CLI, from the same preset with the same edits, gives the same bits and the same notes.
    const QJsonObject j = cli(QStringList{"estimate", "--preset", "meena"} + options).object();
    QCOMPARE(j["emissions_kg"].toDouble(), e.emissionsKg);
    QCOMPARE(j["energy_kwh"].toDouble(), e.energyKwh);
    QCOMPARE(j["pue"].toDouble(), e.pue);
    QCOMPARE(j["notes"].toArray().size(), notes);
    for (int i = 0; i < notes; ++i)
        QCOMPARE(j["notes"].toArray()[i].toString(), QString::fromStdString(e.notes[static_cast<std::size_t>(i)]));
    // The result says what was dropped.
    auto* shown = m_window->findChild<QLabel*>(QStringLiteral("notes"));
    QVERIFY(shown && shown->text().contains(QString::fromStdString(e.notes.front()).toHtmlEscaped()));
}

void TestMainWindow::basisSwitchChangesEveryRow()
{
    ComparisonView* cmp = m_window->comparison();
    auto intensityOf = [&](const char* provider, const char* region) {
        for (const RankedRegion& r : cmp->model()->rows()) {
            if (r.provider == provider && r.code == region)
                return r.intensity;
        }
        return -1.0;
    };
    // The default job on life-cycle: Stockholm on AWS and on Google Cloud, one grid (SE-SE3), 22.6 g.
    QCOMPARE(intensityOf("aws", "eu-north-1"), 22.6);
    QCOMPARE(intensityOf("gcp", "europe-north2"), 22.6);
    QVERIFY2(cmp->summaryLabel()->text().contains(QStringLiteral("7 of 165 rows")),
             qPrintable(cmp->summaryLabel()->text()));
    // Switched in the comparison tab: every row moves to direct (4.09 g for both), the estimate and the form too.
    cmp->basisBox()->setCurrentIndex(cmp->basisBox()->findData(int(IntensityBasis::Direct)));
    QCOMPARE(m_window->form()->basis(), IntensityBasis::Direct);
    QCOMPARE(m_window->currentEstimate()->requestedBasis, IntensityBasis::Direct);
    QCOMPARE(intensityOf("aws", "eu-north-1"), 4.09);
    QCOMPARE(intensityOf("gcp", "europe-north2"), 4.09);
    for (const RankedRegion& r : cmp->model()->rows())
        QCOMPARE(r.basisFallback, r.basis != IntensityBasis::Direct);
    // A row on another basis is marked in the table; the others are not.
    for (int row = 0; row < cmp->proxy()->rowCount(); ++row) {
        const QString cell = cmp->proxy()->index(row, RegionTableModel::Basis).data().toString();
        const bool marked = cell.endsWith(QLatin1Char('*'));
        QCOMPARE(marked, cell != QLatin1String("direct"));
    }
    // The same rows as the CLI on that basis.
    const QJsonArray rows = cli({"compare", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--hours", "24",
                                 "--provider", "gcp", "--region", "us-central1", "--basis", "direct"})
                                .array();
    QCOMPARE(rows.size(), 165);
    QCOMPARE(rows.first().toObject()["emissions_kg"].toDouble(), cmp->model()->rows().front().emissionsKg);
    QCOMPARE(rows.first().toObject()["basis"].toString(),
             QString::fromUtf8(Basis::key(cmp->model()->rows().front().basis).data()));
}

void TestMainWindow::ignoredDataFileIsShownOnce()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_settings,
                                            QStringList{QStringLiteral("ignored /home/u/.local/share/mlcarbon/x.json: "
                                                                       "entry 1 ('x'): tdp_w: -3 is out of range")});
    const auto labels = m_window->statusBar()->findChildren<QLabel*>();
    bool found = false;
    for (QLabel* l : labels)
        found = found || l->toolTip().contains(QStringLiteral("x.json: entry 1 ('x')"));
    QVERIFY(found);
    QVERIFY(m_window->currentEstimate());  // the window works all the same
}

void TestMainWindow::chartFollowsPaletteAndMarksChosen()
{
    QChart* chart = m_window->comparison()->chartView()->chart();
    // The chosen location (gcp us-central1) is the starred category after the 8 cleanest.
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 9);
    QCOMPARE(axis->at(0), QStringLiteral("gcp us-central1 *"));  // drawn bottom-up: the largest bar first
    QPalette dark = m_window->comparison()->palette();
    dark.setColor(QPalette::Base, QColor(20, 20, 20));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_window->comparison()->setPalette(dark);
    QCOMPARE(chart->backgroundBrush().color(), QColor(20, 20, 20));
    QCOMPARE(chart->axes(Qt::Horizontal).value(0)->labelsColor(), QColor(230, 230, 230));
}

void TestMainWindow::copyResultAsText()
{
    auto* copy = m_window->findChild<QAction*>(QStringLiteral("copyResult"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY(text.contains(QStringLiteral("energy = 8 x 24 h x 400 W x PUE 1.10 / 1000")));
    QVERIFY(text.contains(QStringLiteral("Sources")));
}

void TestMainWindow::tabWalksTheFormInOrder()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    EstimateForm* form = m_window->form();
    form->hardwareBox()->setFocus();
    QVERIFY(form->hardwareBox()->hasFocus() || form->hardwareBox()->lineEdit()->hasFocus());
    // The compute rows are hidden while the work is a duration: Tab skips them.
    const QList<QWidget*> expected = {form->field(QStringLiteral("count")),
                                      form->workBox(),
                                      form->field(QStringLiteral("hours")),
                                      form->durationUnitBox(),
                                      form->yearBox(),
                                      form->whereBox(),
                                      form->regionBox()};
    for (QWidget* next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void TestMainWindow::computeAndYearMatchCli()
{
    EstimateForm* form = m_window->form();
    form->workBox()->setCurrentIndex(static_cast<int>(EstimateForm::Work::ParamsTokens));
    // The compute rows appear; the hours become optional.
    QVERIFY(form->field(QStringLiteral("params"))->isVisible());
    QVERIFY(!form->field(QStringLiteral("flop"))->isVisible());
    edit("hours")->clear();
    QTest::keyClicks(edit("params"), "7B");
    QTest::keyClicks(edit("tokens"), "2T");
    form->yearBox()->setCurrentIndex(form->yearBox()->findText(QStringLiteral("2019")));
    const QJsonObject o = cli({"estimate", "--hardware", "nvidia-a100-sxm4-80-gb", "--count", "8", "--params", "7B",
                               "--tokens", "2T", "--year", "2019", "--provider", "gcp", "--region", "us-central1"})
                              .object();
    QVERIFY(m_window->currentEstimate());
    const Estimate& e = *m_window->currentEstimate();
    QVERIFY2(e.emissionsKg == o["emissions_kg"].toDouble(), qPrintable(QString::number(e.emissionsKg, 'g', 17)));
    QVERIFY(e.compute.deviceHours == o["compute"].toObject()["device_hours"].toDouble());
    QCOMPARE(*e.input.year, 2019);
    // 6 x 7e9 x 2e12 = 8.4e22 FLOP, shown as papers write it; the hours field shows the derived hours.
    QVERIFY2(
        m_window->result()->workLabel()->text().contains(QStringLiteral("8.4e22 FLOP = 6 x 7e9 parameters x 2e12")),
        qPrintable(m_window->result()->workLabel()->text()));
    QVERIFY(edit("hours")->placeholderText().contains(QStringLiteral("from the compute")));
    // Cleaner regions: every row on 2019; a row without a 2019 figure shows the year it uses, marked.
    RegionTableModel* model = m_window->comparison()->model();
    int marked = 0;
    for (int i = 0; i < model->rowCount(); ++i) {
        const RankedRegion& r = model->row(i);
        const QString cell = model->data(model->index(i, RegionTableModel::Intensity), Qt::DisplayRole).toString();
        QCOMPARE(r.yearFallback, r.intensityYear != 2019);
        QCOMPARE(cell.contains(QStringLiteral("nearest")), r.yearFallback);
        marked += r.yearFallback ? 1 : 0;
    }
    QVERIFY(marked > 0 && marked < model->rowCount());
    // A precision the device has no figure for is marked on the field, with the ones it has.
    form->precisionBox()->setCurrentIndex(form->precisionBox()->findData(QStringLiteral("fp8")));
    QVERIFY(!m_window->currentEstimate());
    auto* error = form->findChild<QLabel*>(QStringLiteral("precisionError"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("bf16")), qPrintable(error->text()));
}

void TestMainWindow::publishedModelOpensWithItsAssumptions()
{
    QCOMPARE(m_window->openModel(QStringLiteral("llama-65b")), QString());
    // Epoch's record in the form: 2,048 A100 for 500 h, Meta AI's country, the publication year.
    QVERIFY(m_window->currentEstimate());
    const Estimate& e = *m_window->currentEstimate();
    QCOMPARE(e.hardware.id, std::string("nvidia-a100"));
    QCOMPARE(e.count, 2048.0);
    QCOMPARE(e.hours, 500.0);
    QCOMPARE(e.location.zone, std::string("US"));
    QCOMPARE(*e.input.year, 2023);
    const QJsonObject o = cli({"estimate", "--model", "llama-65b"}).object();
    QVERIFY2(e.emissionsKg == o["emissions_kg"].toDouble(), qPrintable(QString::number(e.emissionsKg, 'g', 17)));
    auto* shown = m_window->findChild<QLabel*>(QStringLiteral("notes"));
    QVERIFY(shown && shown->text().contains(QStringLiteral("Assumed: place: US, the organisation")));
    // The place changed in the form: that assumption ends, the year's stays.
    m_window->form()->setLocation(Location::gridZone("FR"));
    QVERIFY(m_window->currentEstimate());
    const auto& assumed = m_window->currentEstimate()->assumptions;
    QVERIFY(
        std::none_of(assumed.begin(), assumed.end(), [](const std::string& a) { return a.rfind("place:", 0) == 0; }));
    QVERIFY(std::any_of(assumed.begin(), assumed.end(),
                        [](const std::string& a) { return a.rfind("year of the run: 2023", 0) == 0; }));
    // A record that lacks inputs says what to fill in.
    const QString lacks = m_window->openModel(QStringLiteral("alibi-l-3072-lvalid-3072"));
    QVERIFY2(lacks.contains(QStringLiteral("hardware: Epoch records none")), qPrintable(lacks));
}

void TestMainWindow::publishedModelDialogSearches()
{
    PublishedModelDialog dialog(*m_catalog, m_window.get());
    const QAbstractItemModel* list = dialog.list()->model();
    // Unfiltered: the 21 runs with reported emissions first, then the 1,201 models.
    QCOMPARE(list->rowCount(), int(m_catalog->publishedRuns().size() + m_catalog->publishedModels().size()));
    QCOMPARE(list->index(0, 0).data().toString(), QString::fromStdString(m_catalog->publishedRuns().front().name));
    QVERIFY(list->index(0, 4).data().toString().contains(QStringLiteral("reported emissions")));
    // Every word matches name, organisation or year.
    QTest::keyClicks(dialog.searchField(), "llama meta 2023");
    QVERIFY(list->rowCount() >= 3);
    int llama65 = -1;
    for (int r = 0; r < list->rowCount(); ++r) {
        if (list->index(r, 0).data().toString() == QStringLiteral("LLaMA-65B"))
            llama65 = r;
    }
    QVERIFY(llama65 >= 0);
    QCOMPARE(list->index(llama65, 2).data().toString(), QStringLiteral("2023"));
    dialog.choose(llama65);
    QCOMPARE(dialog.chosenKind(), PublishedModelDialog::Kind::Model);
    QCOMPARE(dialog.chosenId(), QStringLiteral("llama-65b"));
}

void TestMainWindow::placeListsShowTheYearsFigure()
{
    // Germany (regions_db/grid_zones.json): its own life-cycle figure 333.77 (Electricity Maps 2024), and
    // 361.57 for 2019 in its history (OWID, BP & Ember): the list shows the figure the estimate will use.
    EstimateForm* form = m_window->form();
    QComboBox* country = form->countryBox();
    const int de = country->findData(QStringLiteral("DE"));
    QVERIFY(de >= 0);
    QVERIFY2(country->itemText(de).endsWith(QStringLiteral("334 g/kWh, 2024")), qPrintable(country->itemText(de)));
    form->yearBox()->setCurrentIndex(form->yearBox()->findText(QStringLiteral("2019")));
    QVERIFY2(country->itemText(de).endsWith(QStringLiteral("362 g/kWh, 2019")), qPrintable(country->itemText(de)));
    form->yearBox()->setCurrentIndex(0);  // newest figures
    QVERIFY(country->itemText(de).endsWith(QStringLiteral("334 g/kWh, 2024")));
    // Germany picked, then another year: the shown text follows its item and the place stays Germany.
    QComboBox* where = form->whereBox();
    where->setCurrentIndex(form->locationPicker()->whereRow(Location::Kind::Zone));
    country->setCurrentIndex(de);
    form->yearBox()->setCurrentIndex(form->yearBox()->findText(QStringLiteral("2019")));
    QCOMPARE(country->currentText(), country->itemText(de));
    QCOMPARE(m_window->currentEstimate()->location.zone, std::string("DE"));
    // A label of another year or basis, as a window saved by an older version keeps it: still Germany.
    country->lineEdit()->setText(QStringLiteral("Germany (DE)  400 g/kWh"));
    QCOMPARE(form->locationPicker()->location()->zone, std::string("DE"));
}

void TestMainWindow::impliedMfuIsFlaggedOnTheField()
{
    EstimateForm* form = m_window->form();
    form->workBox()->setCurrentIndex(static_cast<int>(EstimateForm::Work::Flop));
    // 1e19 FLOP on 8 A100 (3.12e14 FLOP/s bf16) in 24 h: 1e19 / (3.12e14 x 8 x 24 x 3600 = 2.157e20) = 0.046,
    // below 0.05.
    QTest::keyClicks(edit("flop"), "1e19");
    QVERIFY(m_window->currentEstimate());
    QVERIFY(m_window->currentEstimate()->compute.mfuImplausible);
    QVERIFY(form->mfuWarning()->isVisible());
    QVERIFY(form->mfuWarning()->text().contains(QStringLiteral("implausible")));
    // 1e20 FLOP: MFU 0.46, plausible: the warning goes.
    edit("flop")->clear();
    QTest::keyClicks(edit("flop"), "1e20");
    QVERIFY(m_window->currentEstimate());
    QVERIFY(!m_window->currentEstimate()->compute.mfuImplausible);
    QCOMPARE(qRound(m_window->currentEstimate()->compute.mfu * 100), 46);
    QVERIFY(!form->mfuWarning()->isVisible());
    // The work back to a duration: the compute is not read, the hours are the work.
    form->workBox()->setCurrentIndex(static_cast<int>(EstimateForm::Work::Duration));
    QVERIFY(!m_window->currentEstimate()->compute.used);
}

void TestMainWindow::exportsEveryFormat()
{
    using F = MainWindow::ExportFormat;
    const std::pair<F, const char*> cases[] = {{F::Pdf, "r.pdf"},           {F::EstimateCsv, "e.csv"},
                                               {F::ComparisonCsv, "c.csv"}, {F::Latex, "p.tex"},
                                               {F::Markdown, "s.md"},       {F::ModelCard, "card.yaml"}};
    for (const auto& [format, name] : cases) {
        const QString path = m_dir->filePath(QString::fromLatin1(name));
        QCOMPARE(m_window->exportTo(format, path), QString());
        QVERIFY2(QFileInfo(path).size() > 100, name);
    }
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("p.bib"))));
    // The PDF holds the same number as the window.
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {m_dir->filePath(QStringLiteral("r.pdf")), QStringLiteral("-")});
    p.waitForFinished(60000);
    const QString pdfText = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(pdfText.contains(m_window->result()->emissionsLabel()->text()));
    // Google Cloud us-central1: the provider's market-based claim of 0 g/kWh, an offset share of 100 %.
    QVERIFY2(pdfText.contains(QStringLiteral("renewable match 100 %,")), qPrintable(pdfText.left(600)));
    // The comparison CSV has one row per row of the table, plus the header.
    QFile csv(m_dir->filePath(QStringLiteral("c.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), m_window->comparison()->model()->rowCount() + 1);
    // Copy as LaTeX puts the paragraph and its BibTeX on the clipboard.
    m_window->findChild<QAction*>(QStringLiteral("copyLatex"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("\\cite{mlcarbon}")));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("@software{mlcarbon,")));
}

void TestMainWindow::exportFailureKeepsTheOldFile()
{
    using F = MainWindow::ExportFormat;
    const QString path = m_dir->filePath(QStringLiteral("old.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("earlier export\r\n");
    f.close();
    // Incomplete inputs: an error, and the earlier file stays as it was.
    edit("hours")->clear();
    QString error = m_window->exportTo(F::EstimateCsv, path);
    QVERIFY2(error.contains(QStringLiteral("incomplete")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("earlier export\r\n"));
    f.close();
    QTest::keyClicks(edit("hours"), "24");
    error = m_window->exportTo(F::Pdf, m_dir->filePath(QStringLiteral("missing/r.pdf")));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
