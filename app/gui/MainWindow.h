#pragma once
#include "Calculator.h"
#include "Catalog.h"
#include "Estimate.h"
#include "ExportController.h"
#include "PresetProject.h"
#include "Project.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QLabel;
class QSettings;
class QTabWidget;

namespace mlcarbon {

class ComparisonView;
class EstimateForm;
class ProjectDocument;
class ProjectItemModel;
class ProjectView;
class ResultView;

// The desktop window: the job's inputs on the left; the estimate and the cleaner regions on
// the right, recomputed by the model on every change. Inputs and geometry persist in the
// QSettings given (a temporary file in tests).
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
    QTabWidget* tabs() const { return m_tabs; }
    ProjectItemModel* projectModel() const { return m_projectModel; }
    ProjectView* projectView() const { return m_projectView; }
    int currentItem() const { return m_currentItem; }
    ProjectDocument* document() const { return m_document; }
    QString projectPath() const;

    // Projects: a new one starts from the job on screen; the others are the document's (see there).
    void newProject();
    QString openProject(const QString& path, QStringList* warnings = nullptr);
    QString saveProject(const QString& path);
    QString openPreset(const QString& id);
    bool openProjectAndTell(const QString& path);
    void selectItem(int row);
    bool maybeSave();
    void setUnsavedChangesQuestion(std::function<int()> ask);
    QStringList recentFiles() const;

    // Plain text of the result (Edit > Copy result as text).
    QString resultText() const;

    // Exports: the window's ExportController's (see there).
    using ExportFormat = ExportController::Format;
    ExportController* exports() const { return m_exports; }
    QString exportTo(ExportFormat format, const QString& path);
    QString latexText() const;
    QString markdownText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void recompute();
    void recomputeProject();
    void showLoadedProject(IntensityBasis basis);
    void moveProjectTo(const Location& location);
    void updateTitle();
    void createMenus();
    void saveSettings();
    void showAbout();
    void showMethod();

    const Catalog& m_catalog;
    Calculator m_calculator;
    QSettings& m_settings;
    EstimateForm* m_form = nullptr;
    ResultView* m_result = nullptr;
    ComparisonView* m_comparison = nullptr;
    QTabWidget* m_tabs = nullptr;
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
