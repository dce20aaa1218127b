#pragma once
#include "Calculator.h"
#include "Catalog.h"
#include "Estimate.h"
#include "ExportController.h"
#include "ProjectDocument.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QSettings;
class QSplitter;
class QTabWidget;

namespace mlcarbon {

class ComparisonView;
class HardwareComparisonView;
class WhenView;
class EstimateForm;
class ProjectItemModel;
class ProjectView;
class ResultView;

// The desktop window: the job's inputs on the left; the estimate, the cleaner regions and the
// project on the right, recomputed by the model on every change. It wires the parts: the project
// file is the ProjectDocument's, the files and texts written out the ExportController's. Inputs and
// geometry persist in the QSettings given (a temporary file in tests).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const Catalog& catalog, QSettings& settings, const QStringList& dataWarnings = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const std::optional<Estimate>& currentEstimate() const { return m_estimate; }
    EstimateForm* form() const { return m_form; }
    ResultView* result() const { return m_result; }
    ComparisonView* comparison() const { return m_comparison; }
    HardwareComparisonView* hardwareComparison() const { return m_hardwareComparison; }
    WhenView* when() const { return m_when; }
    QTabWidget* tabs() const { return m_tabs; }
    ProjectItemModel* projectModel() const { return m_projectModel; }
    ProjectView* projectView() const { return m_projectView; }
    int currentItem() const { return m_currentItem; }
    ProjectDocument* document() const { return m_document; }
    ExportController* exports() const { return m_exports; }

    // Projects: a new one starts from the job on screen; the others are the document's (see there).
    void newProject();
    QString projectPath() const { return m_document->path(); }
    QString openProject(const QString& path, QStringList* warnings = nullptr)
    {
        return m_document->open(path, warnings);
    }
    QString saveProject(const QString& path) { return m_document->saveTo(path); }
    QString openPreset(const QString& id) { return m_document->openPreset(id); }
    QString openModel(const QString& id) { return m_document->openModel(id); }
    bool openProjectAndTell(const QString& path) { return m_document->openAndTell(path); }
    bool maybeSave() { return m_document->maybeSave(); }
    void setUnsavedChangesQuestion(std::function<int()> ask) { m_document->setUnsavedChangesQuestion(std::move(ask)); }
    QStringList recentFiles() const { return m_document->recentFiles(); }
    void selectItem(int row);

    // Exports and texts: the ExportController's (see there).
    using ExportFormat = ExportController::Format;
    QString exportTo(ExportFormat format, const QString& path) { return m_exports->exportTo(format, path); }
    QString resultText() const { return m_exports->resultText(); }  // Edit > Copy result as text
    QString latexText() const { return m_exports->latexText(); }
    QString markdownText() const { return m_exports->markdownText(); }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The constructor's steps, in their order: the parts, the menus, their connections, the
    // saved settings, then the form's job as the first project and what the data holds.
    void createParts();
    void connectParts();
    void restoreSettings();
    void startWithTheFormsJob();
    void showDataLoaded(const QStringList& dataWarnings);
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void copyToClipboard(const QString& text, const QString& copied);
    void showStatus(const QString& text, int timeoutMs);
    void recompute();
    void recomputeProject();
    void showLoadedProject(IntensityBasis basis);
    void moveProjectTo(const Location& location);
    void updateTitle();
    void saveSettings();
    void showAbout();
    void showMethod();

    const Catalog& m_catalog;
    Calculator m_calculator;
    QSettings& m_settings;
    EstimateForm* m_form = nullptr;
    ResultView* m_result = nullptr;
    ComparisonView* m_comparison = nullptr;
    HardwareComparisonView* m_hardwareComparison = nullptr;
    WhenView* m_when = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_splitter = nullptr;
    std::optional<Estimate> m_estimate;
    bool m_ready = false;
    ProjectItemModel* m_projectModel = nullptr;
    ProjectDocument* m_document = nullptr;
    ExportController* m_exports = nullptr;
    ProjectView* m_projectView = nullptr;
    QLabel* m_itemLabel = nullptr;
    int m_currentItem = 0;
    bool m_loadingItem = false;
    bool m_writingBack = false;
};

}  // namespace mlcarbon
