#include "MainWindow.h"

#include "AboutDialog.h"
#include "ComparisonView.h"
#include "Equivalents.h"
#include "EstimateForm.h"
#include "ExportController.h"
#include "HardwareComparisonView.h"
#include "InputError.h"
#include "MethodDialog.h"
#include "ProjectDocument.h"
#include "ProjectItemModel.h"
#include "ProjectView.h"
#include "QtText.h"
#include "ResultView.h"
#include "WhatIf.h"
#include "WhenView.h"
#include "WrappedLabel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlcarbon {

MainWindow::MainWindow(const Catalog& catalog, QSettings& settings, const QStringList& dataWarnings, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_calculator(catalog)
    , m_settings(settings)
{
    setWindowTitle(tr("mlcarbon - carbon footprint of ML compute"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mlcarbon.svg")));
    createParts();
    createMenus();
    connectParts();
    restoreSettings();
    m_ready = true;
    startWithTheFormsJob();
    showDataLoaded(dataWarnings);
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::createParts()
{
    m_form = new EstimateForm(m_catalog, this);
    auto* formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(360);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_result = new ResultView(this);
    m_comparison = new ComparisonView(m_calculator, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_result, tr("&Estimate"));
    m_tabs->addTab(m_comparison, tr("&Cleaner regions"));
    m_projectModel = new ProjectItemModel(this);
    m_document = new ProjectDocument(m_catalog, m_calculator, m_projectModel, m_settings, this);
    m_projectView = new ProjectView(m_projectModel, this);
    m_exports =
        new ExportController(m_catalog, m_calculator, m_settings, m_estimate, m_comparison, m_projectModel, this);
    m_tabs->addTab(m_projectView, tr("&Project"));
    m_hardwareComparison = new HardwareComparisonView(m_calculator, this);
    m_tabs->addTab(m_hardwareComparison, tr("Cleaner &hardware"));
    m_when = new WhenView(this);
    m_tabs->addTab(m_when, tr("&When"));
    connect(m_when, &WhenView::statusMessage, this, [this](const QString& text) { showStatus(text, 6000); });
    connect(m_hardwareComparison, &HardwareComparisonView::hardwareChosen, this, [this](const QString& id) {
        m_form->setHardware(id);  // a what-if edit, as typing it: a measured power or given hours go
        m_tabs->setCurrentWidget(m_result);
    });

    // Above the form: which project item it edits (shown once a project has several).
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_itemLabel = new WrappedLabel(left);
    m_itemLabel->setContentsMargins(8, 4, 8, 0);
    m_itemLabel->hide();
    leftLayout->addWidget(m_itemLabel);
    leftLayout->addWidget(formScroll, 1);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 900});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);
}

void MainWindow::connectParts()
{
    connect(m_form, &EstimateForm::changed, this, &MainWindow::recompute);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::saveSettings);
    connect(m_comparison, &ComparisonView::locationChosen, this, [this](const Location& location) {
        // A move, as the table's row computed it (WhatIf::movedTo, applied by the form).
        m_form->setLocation(location);
        statusBar()->showMessage(tr("Location changed; the estimate follows."), 4000);
    });
    // One basis for the window: the form's (Advanced) and the comparison's selector show the same.
    connect(m_comparison, &ComparisonView::basisChosen, m_form, &EstimateForm::setBasis);
    connect(m_form, &EstimateForm::basisChanged, this, [this](IntensityBasis basis) {
        m_projectModel->setBasis(basis);  // the project's totals add like with like; an edit of it
    });
    connect(m_comparison, &ComparisonView::projectLocationChosen, this, &MainWindow::moveProjectTo);
    connect(m_projectView, &ProjectView::currentItemChanged, this, &MainWindow::selectItem);
    // The document marks the project modified first (it connected first), then the totals follow.
    connect(m_projectModel, &ProjectItemModel::edited, this, [this] {
        if (!m_writingBack)
            recomputeProject();
    });
    connect(m_document, &ProjectDocument::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::loaded, this, &MainWindow::showLoadedProject);
    connect(m_document, &ProjectDocument::presetOpened, this, [this] { m_tabs->setCurrentWidget(m_projectView); });
    connect(m_document, &ProjectDocument::statusMessage, this, &MainWindow::showStatus);
    connect(m_exports, &ExportController::statusMessage, this, &MainWindow::showStatus);
}

void MainWindow::restoreSettings()
{
    m_form->restore(m_settings);
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                          : QRect(0, 0, 1366, 768);
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(std::min(1600, screen.width() * 90 / 100), std::min(1000, screen.height() * 92 / 100));
    // A geometry saved on a larger screen must not leave the window bigger than this one.
    if (width() > screen.width() || height() > screen.height())
        resize(std::min(width(), screen.width()), std::min(height(), screen.height()));
    m_splitter->restoreState(m_settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_tabs->setCurrentIndex(m_settings.value(QStringLiteral("window/tab")).toInt());
}

void MainWindow::startWithTheFormsJob()
{
    // The simple calculator is a project of one item: the job in the form.
    Project start;
    start.basis = m_form->basis();
    ProjectItem job;
    job.label = tr("Job 1").toStdString();
    if (auto input = m_form->input())
        job.input = *input;
    start.items.push_back(job);
    m_projectModel->setProject(std::move(start));
    {
        // The item came from the form: selecting it need not load it back (a second recompute at start-up).
        QSignalBlocker block(m_projectView);
        m_projectView->setCurrentRow(0);
    }
    updateTitle();
    recompute();
}

void MainWindow::showDataLoaded(const QStringList& dataWarnings)
{
    if (!dataWarnings.isEmpty()) {
        // A broken user data file: say which and why, once, without a modal dialog.
        auto* label = new QLabel(
            tr("%n user data file(s) ignored - hover for details", nullptr, static_cast<int>(dataWarnings.size())));
        label->setToolTip(dataWarnings.join(QLatin1Char('\n')));
        statusBar()->addPermanentWidget(label);
        statusBar()->showMessage(dataWarnings.first(), 15000);
    } else {
        statusBar()->showMessage(tr("%1 devices, %2 cloud regions, %3 grid zones loaded")
                                     .arg(m_catalog.hardware().size())
                                     .arg(m_catalog.regions().size())
                                     .arg(m_catalog.zones().size()),
                                 8000);
    }
}

void MainWindow::showStatus(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Method"), this, &MainWindow::showMethod)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About mlcarbon"), this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), this, &MainWindow::newProject)->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open project..."), m_document, &ProjectDocument::openWithDialog)
        ->setShortcut(QKeySequence::Open);
    QMenu* recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, m_document, [this, recent] { m_document->fillRecentMenu(recent); });
    file->addAction(tr("Open p&ublished model..."), m_document, &ProjectDocument::openPublishedWithDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("&Save project"), m_document, &ProjectDocument::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save project &as..."), m_document, &ProjectDocument::saveAsWithDialog)
        ->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    const std::pair<QString, ExportFormat> exports[] = {
        {tr("&PDF report..."), ExportFormat::Pdf},
        {tr("Estimate as &CSV..."), ExportFormat::EstimateCsv},
        {tr("Region c&omparison as CSV..."), ExportFormat::ComparisonCsv},
        {tr("&LaTeX paragraph and BibTeX..."), ExportFormat::Latex},
        {tr("&Markdown summary..."), ExportFormat::Markdown},
        {tr("Model card &metadata (co2_eq_emissions)..."), ExportFormat::ModelCard},
    };
    for (const auto& [label, format] : exports) {
        QAction* a = exportMenu->addAction(label, m_exports, [this, f = format] { m_exports->exportWithDialog(f); });
        if (format == ExportFormat::Pdf)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    }
    QMenu* pageSize = file->addMenu(tr("PDF page si&ze"));
    auto* sizes = new QActionGroup(this);
    for (const auto& [label, id] :
         {std::pair{tr("A4"), QPageSize::A4}, std::pair{tr("US Letter"), QPageSize::Letter}}) {
        QAction* a = pageSize->addAction(label);
        a->setCheckable(true);
        a->setChecked(m_exports->pdfPageSize() == id);
        sizes->addAction(a);
        connect(a, &QAction::triggered, m_exports, [this, id = id] { m_exports->setPdfPageSize(id); });
    }
    file->addAction(tr("Print pre&view..."), m_exports, &ExportController::printPreview)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = edit->addAction(tr("&Copy result as text"), this,
                                    [this] { copyToClipboard(resultText(), tr("Result copied as text.")); });
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setObjectName(QStringLiteral("copyResult"));
    edit->addAction(tr("Copy as &LaTeX"), this, [this] { copyToClipboard(latexText(), tr("Copied.")); })
        ->setObjectName(QStringLiteral("copyLatex"));
    edit->addAction(tr("Copy as &Markdown"), this, [this] { copyToClipboard(markdownText(), tr("Copied.")); })
        ->setObjectName(QStringLiteral("copyMarkdown"));
}

void MainWindow::copyToClipboard(const QString& text, const QString& copied)
{
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
    statusBar()->showMessage(text.isEmpty() ? tr("Nothing to copy: the inputs are incomplete.") : copied, 4000);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* estimateTab = view->addAction(tr("&Estimate"), this, [this] { m_tabs->setCurrentIndex(0); });
    estimateTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* regionsTab = view->addAction(tr("&Cleaner regions"), this, [this] { m_tabs->setCurrentIndex(1); });
    regionsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* projectTab = view->addAction(tr("&Project"), this, [this] { m_tabs->setCurrentIndex(2); });
    projectTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* hardwareTab = view->addAction(tr("Cleaner &hardware"), this, [this] { m_tabs->setCurrentIndex(3); });
    hardwareTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* whenTab = view->addAction(tr("&When to run"), this, [this] { m_tabs->setCurrentIndex(4); });
    whenTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    QAction* advanced = view->addAction(tr("&Advanced inputs"));
    advanced->setCheckable(true);
    advanced->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(advanced, &QAction::toggled, m_form, &EstimateForm::setAdvancedVisible);
    connect(view, &QMenu::aboutToShow, this, [this, advanced] { advanced->setChecked(m_form->advancedVisible()); });
}

void MainWindow::recompute()
{
    if (!m_ready)
        return;
    m_estimate.reset();
    std::optional<EstimateInput> input = m_form->input();
    if (input) {
        try {
            m_estimate = m_calculator.estimate(*input);
            for (const QString& note : m_form->notes())
                m_estimate->notes.push_back(note.toStdString());
            if (const auto& model = m_document->modelJob())
                m_estimate->assumptions = PublishedModelJob::assumptionsFor(*model, *input);
        } catch (const InputError& e) {
            m_form->markError(QString::fromStdString(e.field()), QString::fromStdString(e.reason()));
        }
    }
    if (m_estimate) {
        m_result->showEstimate(*m_estimate, Equivalents::of(m_catalog, m_estimate->emissionsKg));
        m_form->showDefaults(*m_estimate);
        // The form edits the selected project item: a complete, changed job is written back.
        if (!m_loadingItem && m_currentItem >= 0 && m_currentItem < m_projectModel->rowCount()) {
            EstimateInput edited = *input;
            const EstimateInput& stored = m_projectModel->item(m_currentItem).input;
            edited.utilizationLow = stored.utilizationLow;  // not on the form: kept as the file has them
            edited.utilizationHigh = stored.utilizationHigh;
            if (!(edited == stored)) {
                m_writingBack = true;
                m_projectModel->setItemInput(m_currentItem, edited);
                m_writingBack = false;
            }
        }
    } else {
        m_result->showProblems(m_form->problems());
    }
    recomputeProject();
    saveSettings();
}

void MainWindow::recomputeProject()
{
    std::optional<ProjectResult> result;
    QString problem;
    try {
        result = ProjectCalculator::compute(m_calculator, m_projectModel->project());
    } catch (const InputError& e) {
        problem = QString::fromStdString(e.what());
    }
    m_projectModel->setResult(result);
    m_projectView->showTotals(result ? &*result : nullptr, problem);
    if (const auto& preset = m_document->preset())
        m_projectView->showPreset(&*preset, result ? &result->items.front() : nullptr);
    else
        m_projectView->showPreset(nullptr, nullptr);
    m_projectView->refreshName();
    const int items = m_projectModel->rowCount();
    if (items > 1 || m_document->preset()) {
        const ProjectItem& item = m_projectModel->item(std::clamp(m_currentItem, 0, items - 1));
        m_itemLabel->setText(tr("Editing item %1 of %2: <b>%3</b> (%4)")
                                 .arg(m_currentItem + 1)
                                 .arg(items)
                                 .arg(html(item.label), QString::fromStdString(item.phase)));
        m_itemLabel->show();
    } else {
        m_itemLabel->hide();
    }
    m_comparison->setProject(result);
    if (m_estimate) {
        m_comparison->setReference(*m_estimate);
        m_hardwareComparison->setReference(*m_estimate);
        m_when->setEstimate(*m_estimate);
    } else {
        m_comparison->clear(tr("No comparison until the inputs are complete."));
        m_hardwareComparison->clear(tr("No comparison until the inputs are complete."));
        m_when->clear(tr("No timing until the inputs are complete."));
    }
}

void MainWindow::selectItem(int row)
{
    if (row < 0 || row >= m_projectModel->rowCount())
        return;
    m_currentItem = row;
    m_loadingItem = true;  // showing an item is not editing it
    m_form->setInput(m_projectModel->item(row).input);
    m_loadingItem = false;
    if (m_projectView->currentRow() != row)
        m_projectView->setCurrentRow(row);
}

void MainWindow::moveProjectTo(const Location& location)
{
    // Every item to the chosen place with the place's PUE, as the comparison row computed it.
    m_writingBack = true;
    for (int i = 0; i < m_projectModel->rowCount(); ++i)
        m_projectModel->setItemInput(i, WhatIf::movedTo(m_projectModel->item(i).input, location).input);
    m_writingBack = false;
    selectItem(m_currentItem);
    statusBar()->showMessage(tr("Every item moved; the totals follow."), 4000);
}

void MainWindow::updateTitle()
{
    setWindowModified(m_document->isModified());
    setWindowTitle(m_document->title());
}

void MainWindow::showLoadedProject(IntensityBasis basis)
{
    {
        QSignalBlocker block(m_form);  // the project's basis is not an edit of it
        m_form->setBasis(basis);
    }
    m_currentItem = 0;
    selectItem(0);
    updateTitle();
    recompute();
}

void MainWindow::newProject()
{
    if (!m_document->maybeSave())
        return;
    // A new project starts from the job on screen, so the work in the form is not lost.
    Project project;
    project.basis = m_form->basis();
    ProjectItem item;
    item.label = tr("Job 1").toStdString();
    item.input = m_projectModel->item(std::clamp(m_currentItem, 0, m_projectModel->rowCount() - 1)).input;
    project.items.push_back(item);
    m_document->load(std::move(project), QString());
    statusBar()->showMessage(tr("New project."), 4000);
}

void MainWindow::saveSettings()
{
    if (!m_ready)
        return;
    m_form->save(m_settings);
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_settings.sync();
    event->accept();
}

void MainWindow::showMethod()
{
    MethodDialog(m_catalog, m_estimate ? m_estimate->requestedBasis : m_form->basis(), this).exec();
}

void MainWindow::showAbout()
{
    AboutDialog(m_catalog, this).exec();
}

}  // namespace mlcarbon
