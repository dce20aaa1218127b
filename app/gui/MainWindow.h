#pragma once
#include "Calculator.h"
#include "Catalog.h"
#include "Estimate.h"

#include <QMainWindow>
#include <QPageSize>

#include <optional>

class QSettings;
class QTabWidget;

namespace mlcarbon {

struct ReportData;
class ComparisonView;
class EstimateForm;
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
};

}  // namespace mlcarbon
