// The project side of the window, driven as a person would (offscreen): items edited through the
// same form as a single estimate, the totals following, files saved and opened, published runs.
#include "Calculator.h"
#include "ComparisonView.h"
#include "DatabaseLoader.h"
#include "EstimateForm.h"
#include "MainWindow.h"
#include "NumberFormat.h"
#include "ProjectItemModel.h"
#include "ProjectView.h"
#include "RegionTableModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace mlcarbon;

class TestProjectWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsAsOneItemProjectThatNeverAsksToSave();
    void editingAnItemMovesTheTotal();
    void addDuplicateRemoveReorder();
    void phaseEditedInPlaceRegroupsTotals();
    void saveOpenSaveIsByteIdentical();
    void budgetBarAndSavedBudget();
    void unsavedChangesPrompt();
    void brokenFileOpensNothing_data();
    void brokenFileOpensNothing();
    void newerFileOpensWithWarningAndKeepsKeys();
    void presetShowsReportedBesideEstimates();
    void wholeProjectComparisonMovesEveryItem();
    void sameProviderOnlyForOneProvider();
    void projectExportsListEveryItem();

private:
    QLineEdit* edit(const char* name) const;
    QString example() const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_asked = 0;
};

void TestProjectWindow::initTestCase()
{
    m_catalog = DatabaseLoader::load({}, {}).catalog;
}

void TestProjectWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("mlcarbon.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(*m_catalog, *m_settings);
    m_asked = 0;
    // Never a modal question in a test: count it and discard.
    m_window->setUnsavedChangesQuestion([this] {
        ++m_asked;
        return int(QMessageBox::Discard);
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProjectWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

QLineEdit* TestProjectWindow::edit(const char* name) const
{
    return qobject_cast<QLineEdit*>(m_window->form()->field(QString::fromLatin1(name)));
}

QString TestProjectWindow::example() const
{
    return QStringLiteral(MLCARBON_SOURCE_DIR "/resources/examples/small-llm.mlcarbon.json");
}

QString TestProjectWindow::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestProjectWindow::startsAsOneItemProjectThatNeverAsksToSave()
{
    ProjectItemModel* model = m_window->projectModel();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->result());
    // The one item is the form's job, and its total is the single estimate.
    QCOMPARE(model->result()->emissionsKg, m_window->currentEstimate()->emissionsKg);
    QTest::keyClicks(edit("hours"), "0");  // 24 -> 240 h
    QCOMPARE(model->project().items[0].input.hours, 240.0);
    QCOMPARE(model->result()->emissionsKg, m_window->currentEstimate()->emissionsKg);
    // The simple calculator is not a document: no question on quitting.
    QVERIFY(m_window->maybeSave());
    QCOMPARE(m_asked, 0);
}

void TestProjectWindow::editingAnItemMovesTheTotal()
{
    QCOMPARE(m_window->openProject(example()), QString());
    ProjectItemModel* model = m_window->projectModel();
    QCOMPARE(model->rowCount(), 3);
    const ProjectResult before = *model->result();
    // Select item 2 (the sweep, 120 h) in the table: the form shows it.
    m_window->projectView()->setCurrentRow(1);
    QCOMPARE(m_window->currentItem(), 1);
    QCOMPARE(edit("hours")->text(), QStringLiteral("120"));
    QCOMPARE(edit("count")->text(), QStringLiteral("32"));
    QVERIFY(!m_window->isWindowModified());
    // 120 h -> 240 h: energy and emissions are linear in hours, so the item doubles and the
    // total grows by exactly the item's old emissions; the other items do not move.
    edit("hours")->selectAll();
    QTest::keyClicks(edit("hours"), "240");
    const ProjectResult& after = *model->result();
    QCOMPARE(model->project().items[1].input.hours, 240.0);
    QVERIFY(qFuzzyCompare(after.items[1].emissionsKg, 2 * before.items[1].emissionsKg));
    QVERIFY(qFuzzyCompare(after.emissionsKg, before.emissionsKg + before.items[1].emissionsKg));
    QCOMPARE(after.items[0].emissionsKg, before.items[0].emissionsKg);
    QCOMPARE(after.items[2].emissionsKg, before.items[2].emissionsKg);
    // The table row and the totals line show the new figures.
    QCOMPARE(model->index(1, ProjectItemModel::Emissions).data().toString(),
             QString::fromStdString(NumberFormat::mass(after.items[1].emissionsKg)));
    QVERIFY(m_window->projectView()->totalsLabel()->text().contains(
        QString::fromStdString(NumberFormat::mass(after.emissionsKg))));
    QVERIFY(m_window->isWindowModified());
    // An invalid edit leaves the item at its last complete value and the total standing.
    edit("hours")->setText(QStringLiteral("-1"));
    QCOMPARE(model->project().items[1].input.hours, 240.0);
    QVERIFY(model->result());
}

void TestProjectWindow::addDuplicateRemoveReorder()
{
    QCOMPARE(m_window->openProject(example()), QString());
    ProjectView* view = m_window->projectView();
    ProjectItemModel* model = m_window->projectModel();
    auto labels = [&] {
        QStringList out;
        for (const auto& item : model->project().items)
            out << QString::fromStdString(item.label);
        return out;
    };
    view->setCurrentRow(1);
    QTest::mouseClick(view->button(QStringLiteral("duplicate")), Qt::LeftButton);
    QCOMPARE(labels(), (QStringList{"Pre-training", "Hyperparameter sweep", "Hyperparameter sweep (copy)",
                                    "Serving, one month"}));
    QCOMPARE(m_window->currentItem(), 2);  // the copy is selected and in the form
    QVERIFY(model->project().items[2].input == model->project().items[1].input);
    QTest::mouseClick(view->button(QStringLiteral("up")), Qt::LeftButton);
    QCOMPARE(labels().at(1), QStringLiteral("Hyperparameter sweep (copy)"));
    QCOMPARE(m_window->currentItem(), 1);
    QTest::mouseClick(view->button(QStringLiteral("remove")), Qt::LeftButton);
    QCOMPARE(labels(), (QStringList{"Pre-training", "Hyperparameter sweep", "Serving, one month"}));
    QTest::mouseClick(view->button(QStringLiteral("add")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(labels().last(), QStringLiteral("Job 4"));
    QCOMPARE(m_window->currentItem(), 3);
    // Totals always cover every item: 4 items, sum of their emissions.
    QCOMPARE(model->result()->items.size(), std::size_t(4));
    double sum = 0;
    for (const auto& e : model->result()->items)
        sum += e.emissionsKg;
    QVERIFY(qFuzzyCompare(model->result()->emissionsKg, sum));
    // Down to one item: Remove is disabled, a project keeps one.
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(view->button(QStringLiteral("remove")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!view->button(QStringLiteral("remove"))->isEnabled());
    QCOMPARE(m_window->currentItem(), 0);
    QCOMPARE(edit("hours")->text(), QString::fromStdString(NumberFormat::exact(model->project().items[0].input.hours)));
}

void TestProjectWindow::phaseEditedInPlaceRegroupsTotals()
{
    QCOMPARE(m_window->openProject(example()), QString());
    ProjectItemModel* model = m_window->projectModel();
    const double tuning = model->result()->phases.at("tuning").emissionsKg;
    const double training = model->result()->phases.at("training").emissionsKg;
    QVERIFY(model->setData(model->index(1, ProjectItemModel::Phase), QStringLiteral("training"), Qt::EditRole));
    QVERIFY(!model->setData(model->index(1, ProjectItemModel::Phase), QStringLiteral("lunch"), Qt::EditRole));
    QVERIFY(!model->result()->phases.count("tuning"));
    QVERIFY(qFuzzyCompare(model->result()->phases.at("training").emissionsKg, training + tuning));
    QVERIFY(model->setData(model->index(0, ProjectItemModel::Label), QStringLiteral("Main run"), Qt::EditRole));
    QCOMPARE(model->project().items[0].label, std::string("Main run"));
    QVERIFY(m_window->isWindowModified());
}

void TestProjectWindow::budgetBarAndSavedBudget()
{
    // A budget of half the example's total: the bar is full, the overrun is said; the budget is saved
    // with the project and comes back. A bad budget is refused on the field and changes nothing.
    QCOMPARE(m_window->openProject(example()), QString());
    ProjectView* view = m_window->projectView();
    auto* budget = view->findChild<QLineEdit*>(QStringLiteral("budget"));
    auto* bar = view->findChild<QProgressBar*>(QStringLiteral("budgetBar"));
    auto* text = view->findChild<QLabel*>(QStringLiteral("budgetText"));
    QVERIFY(budget && bar && text);
    QVERIFY(bar->isHidden());
    const double total = m_window->projectModel()->result()->emissionsKg;
    QTest::keyClicks(budget, QString::fromStdString(NumberFormat::exact(total / 2)));
    QCOMPARE(m_window->projectModel()->project().budgetKg, std::optional<double>(total / 2));
    QVERIFY(!bar->isHidden());
    QCOMPARE(bar->value(), 100);
    QVERIFY2(text->text().contains(QStringLiteral("Over budget")) && text->text().contains(QStringLiteral("200 %")),
             qPrintable(text->text()));
    QVERIFY(m_window->isWindowModified());
    budget->clear();
    QTest::keyClicks(budget, QStringLiteral("-3"));
    QVERIFY(!view->findChild<QLabel*>(QStringLiteral("budgetError"))->isHidden());
    QCOMPARE(m_window->projectModel()->project().budgetKg, std::optional<double>(total / 2));  // unchanged
    budget->clear();
    QTest::keyClicks(budget, QString::fromStdString(NumberFormat::exact(total * 4)));
    QCOMPARE(bar->value(), 25);
    const QString path = m_dir->filePath(QStringLiteral("budget.mlcarbon.json"));
    QCOMPARE(m_window->saveProject(path), QString());
    m_window->newProject();
    QCOMPARE(m_window->openProject(path), QString());
    QCOMPARE(m_window->projectModel()->project().budgetKg, std::optional<double>(total * 4));
    QCOMPARE(budget->text(), QString::fromStdString(NumberFormat::exact(total * 4)));
}

void TestProjectWindow::saveOpenSaveIsByteIdentical()
{
    QCOMPARE(m_window->openProject(example()), QString());
    m_window->projectView()->setCurrentRow(2);
    edit("pue")->setText(QStringLiteral("1.25"));
    const QString first = m_dir->filePath(QStringLiteral("a.mlcarbon.json"));
    const QString second = m_dir->filePath(QStringLiteral("b.mlcarbon.json"));
    QCOMPARE(m_window->saveProject(first), QString());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Small LLM")));
    QCOMPARE(m_window->recentFiles().first(), QFileInfo(first).absoluteFilePath());
    m_window->newProject();
    QCOMPARE(m_window->projectModel()->rowCount(), 1);
    QCOMPARE(m_window->openProject(first), QString());
    QCOMPARE(m_window->projectModel()->project().items[2].input.pue, std::optional<double>(1.25));
    QCOMPARE(m_window->saveProject(second), QString());
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    // A failed save names the path and leaves the earlier file whole.
    const QString error = m_window->saveProject(m_dir->filePath(QStringLiteral("missing/c.mlcarbon.json")));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestProjectWindow::unsavedChangesPrompt()
{
    QCOMPARE(m_window->openProject(example()), QString());
    QTest::keyClicks(edit("hours"), "0");
    QVERIFY(m_window->isWindowModified());
    // Cancel: nothing happens, the edits stay.
    m_window->setUnsavedChangesQuestion([this] {
        ++m_asked;
        return int(QMessageBox::Cancel);
    });
    m_window->newProject();
    QCOMPARE(m_asked, 1);
    QCOMPARE(m_window->projectModel()->rowCount(), 3);
    QVERIFY(!m_window->close());  // closing asks too, and stays open
    QCOMPARE(m_asked, 2);
    // Save: written to the file it came from... here a copy, so the repository's example stays.
    const QString copy = m_dir->filePath(QStringLiteral("copy.mlcarbon.json"));
    QCOMPARE(m_window->saveProject(copy), QString());
    QTest::keyClicks(edit("hours"), "0");
    m_window->setUnsavedChangesQuestion([this] {
        ++m_asked;
        return int(QMessageBox::Save);
    });
    m_window->newProject();
    QCOMPARE(m_asked, 3);
    QCOMPARE(m_window->projectModel()->rowCount(), 1);
    QCOMPARE(m_window->openProject(copy), QString());
    QCOMPARE(m_window->projectModel()->project().items[0].input.hours, 33600.0);  // "336", a "0", saved, another "0"
}

void TestProjectWindow::brokenFileOpensNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("broken.mlcarbon.json");
    QTest::newRow("not a project") << QByteArray("[1, 2]") << QStringLiteral("broken.mlcarbon.json");
    QTest::newRow("bad hours") << QByteArray(
        "{\"format\":\"mlcarbon-project\",\"version\":1,\"name\":\"x\",\"items\":[{\"label\":\"a\",\"phase\":"
        "\"training\",\"hardware\":\"nvidia-l4\",\"count\":1,\"hours\":-5,\"location\":{\"kind\":\"zone\","
        "\"code\":\"FR\"}}]}") << QStringLiteral("hours");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("broken.mlcarbon.json");
}

void TestProjectWindow::brokenFileOpensNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(m_window->openProject(example()), QString());
    const QString path = writeFile(QStringLiteral("broken.mlcarbon.json"), bytes);
    const QString error = m_window->openProject(path);
    QVERIFY2(error.contains(expected), qPrintable(error));
    // The project on screen is the one that was open.
    QCOMPARE(m_window->projectModel()->rowCount(), 3);
    QCOMPARE(m_window->projectPath(), QFileInfo(example()).absoluteFilePath());
    QVERIFY(m_window->openProject(m_dir->filePath(QStringLiteral("nope.json"))).contains(QStringLiteral("nope.json")));
}

void TestProjectWindow::newerFileOpensWithWarningAndKeepsKeys()
{
    const QString path = writeFile(
        QStringLiteral("newer.mlcarbon.json"),
        "{\"format\":\"mlcarbon-project\",\"version\":2,\"name\":\"From the "
        "future\",\"colour\":\"teal\",\"items\":[{\"label\":"
        "\"a\",\"phase\":\"training\",\"hardware\":\"nvidia-l4\",\"count\":2,\"hours\":10,\"location\":{\"kind\":"
        "\"zone\","
        "\"code\":\"FR\"},\"carbon_aware\":true}]}");
    QStringList warnings;
    QCOMPARE(m_window->openProject(path, &warnings), QString());
    QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("version 2")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("colour")));
    edit("hours")->setText(QStringLiteral("20"));
    const QString out = m_dir->filePath(QStringLiteral("out.mlcarbon.json"));
    QCOMPARE(m_window->saveProject(out), QString());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray saved = f.readAll();
    QVERIFY(saved.contains("\"colour\": \"teal\""));
    QVERIFY(saved.contains("\"carbon_aware\": true"));
    QVERIFY(saved.contains("\"hours\": 20"));
}

void TestProjectWindow::presetShowsReportedBesideEstimates()
{
    QCOMPARE(m_window->openPreset(QStringLiteral("meena")), QString());
    const PublishedRun* run = m_catalog->publishedRun("meena");
    QVERIFY(run && run->reportedTco2e);
    QGroupBox* box = m_window->projectView()->presetBox();
    QVERIFY(box->isVisible());
    const QString text = m_window->projectView()->presetLabel()->text();
    // Reported 96.4 t; from the reported inputs 1024 x 720 h x 289 W x 1.09 x 415 g = 96.4 t (ratio 1.00).
    QVERIFY2(text.contains(QString::fromStdString(NumberFormat::mass(*run->reportedTco2e * 1000))), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("x1.00")));
    QVERIFY(text.contains(QStringLiteral("database defaults")));
    // What-if: Meena in europe-north1 is one change away; the what-if row follows.
    m_window->form()->setLocation(Location::cloud("gcp", "europe-north1"));
    Calculator calc(*m_catalog);
    EstimateInput moved = m_window->projectModel()->project().items[0].input;
    QCOMPARE(moved.location.region, std::string("europe-north1"));
    const Estimate whatIf = calc.estimate(moved);
    QVERIFY(whatIf.emissionsKg < 0.5 * *run->reportedTco2e * 1000);
    QVERIFY2(m_window->projectView()->presetLabel()->text().contains(
                 QString::fromStdString(NumberFormat::mass(whatIf.emissionsKg))),
             qPrintable(m_window->projectView()->presetLabel()->text()));
    // A preset is a document: leaving it asks.
    m_window->newProject();
    QCOMPARE(m_asked, 1);
    QVERIFY(!m_window->projectView()->presetBox()->isVisible());
    QVERIFY(m_window->openPreset(QStringLiteral("no-such-run")).contains(QStringLiteral("no-such-run")));
}

void TestProjectWindow::wholeProjectComparisonMovesEveryItem()
{
    QCOMPARE(m_window->openProject(example()), QString());
    ComparisonView* cmp = m_window->comparison();
    m_window->tabs()->setCurrentWidget(cmp);
    QVERIFY(cmp->subjectBox()->isVisible());
    cmp->subjectBox()->setCurrentIndex(1);
    QVERIFY(cmp->wholeProject());
    const RankedRegion cleanest = cmp->model()->row(cmp->proxy()->mapToSource(cmp->proxy()->index(0, 0)).row());
    const auto& rows = cmp->model()->rows();
    QVERIFY(std::is_sorted(rows.begin(), rows.end(),
                           [](const RankedRegion& a, const RankedRegion& b) { return a.emissionsKg < b.emissionsKg; }));
    QVERIFY(cleanest.emissionsKg < m_window->projectModel()->result()->emissionsKg);
    const QModelIndex first = cmp->proxy()->index(0, 0);
    QVERIFY(first.isValid());
    const QPoint centre = cmp->table()->visualRect(first).center();
    QTest::mouseClick(cmp->table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(cmp->table()->viewport(), Qt::LeftButton, {}, centre);
    // Every item now runs at the cleanest place with its PUE, so the project total is that row's.
    for (const auto& item : m_window->projectModel()->project().items) {
        QVERIFY2(item.input.location == cleanest.location,
                 qPrintable(QString::fromStdString(item.input.location.provider + "/" + item.input.location.region + "/"
                                                   + item.input.location.zone + " vs " + cleanest.location.provider
                                                   + "/" + cleanest.location.region + "/" + cleanest.location.zone)));
        QVERIFY(!item.input.pue);
    }
    QVERIFY(qFuzzyCompare(m_window->projectModel()->result()->emissionsKg, cleanest.emissionsKg));
}

void TestProjectWindow::sameProviderOnlyForOneProvider()
{
    // The example runs on AWS, Google Cloud and own hardware in France: the whole project cannot be
    // compared within one provider, so that scope is disabled and says why.
    QCOMPARE(m_window->openProject(example()), QString());
    ComparisonView* cmp = m_window->comparison();
    cmp->scopeBox()->setCurrentIndex(1);  // same provider, for the selected item (AWS): allowed
    QCOMPARE(cmp->scopeBox()->currentIndex(), 1);
    cmp->subjectBox()->setCurrentIndex(1);  // whole project
    auto* scopes = qobject_cast<QStandardItemModel*>(cmp->scopeBox()->model());
    QVERIFY(!scopes->item(1)->isEnabled());
    QVERIFY2(scopes->item(1)->toolTip().contains(QStringLiteral("same cloud provider")),
             qPrintable(scopes->item(1)->toolTip()));
    QCOMPARE(cmp->scopeBox()->currentIndex(), 0);  // fell back to all providers
    QVERIFY(!cmp->model()->rows().empty());
    // Every item on AWS: allowed again.
    for (int i = 0; i < m_window->projectModel()->rowCount(); ++i) {
        EstimateInput in = m_window->projectModel()->item(i).input;
        in.location = Location::cloud("aws", "us-east-1");
        m_window->projectModel()->setItemInput(i, in);
    }
    QVERIFY(scopes->item(1)->isEnabled());
}

void TestProjectWindow::projectExportsListEveryItem()
{
    QCOMPARE(m_window->openProject(example()), QString());
    using F = MainWindow::ExportFormat;
    const QString csv = m_dir->filePath(QStringLiteral("p.csv"));
    QCOMPARE(m_window->exportTo(F::EstimateCsv, csv), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);  // header, 3 items, total
    QVERIFY(lines[1].startsWith(QStringLiteral("Pre-training,training,")));
    QVERIFY(lines[4].startsWith(QStringLiteral("total,")));
    const QString md = m_window->markdownText();
    for (const char* label : {"Pre-training", "Hyperparameter sweep", "Serving, one month"})
        QVERIFY2(md.contains(QLatin1String(label)), label);
    QVERIFY(md.contains(QString::fromStdString(NumberFormat::mass(m_window->projectModel()->result()->emissionsKg))));
    QVERIFY(m_window->latexText().contains(QStringLiteral("3 jobs")));
    const QString pdf = m_dir->filePath(QStringLiteral("p.pdf"));
    QCOMPARE(m_window->exportTo(F::Pdf, pdf), QString());
    QVERIFY(QFileInfo(pdf).size() > 10000);
}

QTEST_MAIN(TestProjectWindow)
#include "TestProjectWindow.moc"
