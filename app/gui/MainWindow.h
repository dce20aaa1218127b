#pragma once
#include "Calculator.h"
#include "Catalog.h"
#include "Estimate.h"
#include "PresetProject.h"
#include "Project.h"

#include <QMainWindow>
#include <QPageSize>

#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QSettings;
class QTabWidget;

namespace mlcarbon {

struct ReportData;
class ComparisonView;
class EstimateForm;
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
    QString projectPath() const { return m_projectPath; }

    // Projects. Each returns "" or a message naming the file and the problem; on an error the
    // project on screen is unchanged. `warnings` gets what a newer or extended file means.
    void newProject();
    QString openProject(const QString& path, QStringList* warnings = nullptr);
    QString saveProject(const QString& path);
    QString openPreset(const QString& id);
    // openProject() for a person: a dialog says why it failed, or what the warnings mean.
    bool openProjectAndTell(const QString& path);
    void selectItem(int row);
    // Asks whether to save unsaved changes; false when the user cancels. Tests replace the question.
    bool maybeSave();
    void setUnsavedChangesQuestion(std::function<int()> ask) { m_askToSave = std::move(ask); }
    QStringList recentFiles() const;

    // Plain text of the result (Edit > Copy result as text).
    QString resultText() const;

    enum class ExportFormat { Pdf, EstimateCsv, ComparisonCsv, Latex, Markdown, ModelCard };
    // Writes the current estimate (and the comparison as shown) to path, atomically.
    // Returns "" or "PATH: reason"; nothing is written without a complete estimate.
    QString exportTo(ExportFormat format, const QString& path);
    QString latexText() const;
    QString markdownText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void recompute();
    void recomputeProject();
    void loadProject(Project project, const QString& path);
    void moveProjectTo(const Location& location);
    void updateTitle();
    void addRecentFile(const QString& path);
    void openWithDialog();
    bool save();
    bool saveAsWithDialog();
    void openPresetWithDialog();
    bool exportsProject() const;
    void createMenus();
    void saveSettings();
    void showAbout();
    void showMethod();
    void exportWithDialog(ExportFormat format);
    void printPreview();
    ReportData reportData() const;
    QPageSize::PageSizeId pdfPageSize() const;

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
    ProjectView* m_projectView = nullptr;
    QLabel* m_itemLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    int m_currentItem = 0;
    bool m_loadingItem = false;
    bool m_writingBack = false;
    QString m_projectPath;
    std::optional<PresetComparison> m_preset;
    std::function<int()> m_askToSave;
};

}  // namespace mlcarbon
