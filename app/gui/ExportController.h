#pragma once
#include "Calculator.h"
#include "Catalog.h"
#include "Estimate.h"

#include <QObject>
#include <QPageSize>

#include <optional>

class QSettings;
class QWidget;

namespace mlcarbon {

struct ReportData;
class ComparisonView;
class ProjectItemModel;

// What the window writes out: the estimate (and the comparison as shown, and the project when it
// has several items) as a PDF, CSV, LaTeX, Markdown or model card file, as text to copy, and the
// print preview of the PDF layout. It reads what the window shows (the estimate, the comparison's
// rows and scope, the project's result); only a project's moved comparison is ranked here.
class ExportController : public QObject {
    Q_OBJECT
public:
    enum class Format { Pdf, EstimateCsv, ComparisonCsv, Latex, Markdown, ModelCard };

    // `estimate` is the window's current one (empty while the inputs are incomplete); `window` is
    // the parent of this object and of its dialogs.
    ExportController(const Catalog& catalog, const Calculator& calculator, QSettings& settings,
                     const std::optional<Estimate>& estimate, const ComparisonView* comparison,
                     const ProjectItemModel* model, QWidget* window);

    // Writes the current estimate (and the comparison as shown) to path, atomically.
    // Returns "" or "PATH: reason"; nothing is written without a complete estimate.
    QString exportTo(Format format, const QString& path);
    // Plain text of the result (Edit > Copy result as text), and the texts Edit > Copy as ... copies.
    QString resultText() const;
    QString latexText() const;
    QString markdownText() const;

    // The PDF's page size: the one chosen in File > PDF page size, else the system's.
    QPageSize::PageSizeId pdfPageSize() const;
    void setPdfPageSize(QPageSize::PageSizeId id);

    // File > Export > ... and File > Print preview, with their dialogs.
    void exportWithDialog(Format format);
    void printPreview();

signals:
    void statusMessage(const QString& text, int timeoutMs);

private:
    bool exportsProject() const;
    ReportData reportData() const;

    const Catalog& m_catalog;
    const Calculator& m_calculator;
    QSettings& m_settings;
    const std::optional<Estimate>& m_estimate;
    const ComparisonView* m_comparison;
    const ProjectItemModel* m_model;
    QWidget* m_window;
};

}  // namespace mlcarbon
