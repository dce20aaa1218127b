#include "ExportController.h"

#include "AtomicFile.h"
#include "ComparisonView.h"
#include "Equivalents.h"
#include "EstimateReport.h"
#include "ProjectCalculator.h"
#include "ProjectItemModel.h"
#include "RegionTableModel.h"
#include "ReportData.h"
#include "ReportDocument.h"
#include "ReportTexts.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace mlcarbon {

ExportController::ExportController(const Catalog& catalog, const Calculator& calculator, QSettings& settings,
                                   const std::optional<Estimate>& estimate, const ComparisonView* comparison,
                                   const ProjectItemModel* model, QWidget* window)
    : QObject(window)
    , m_catalog(catalog)
    , m_calculator(calculator)
    , m_settings(settings)
    , m_estimate(estimate)
    , m_comparison(comparison)
    , m_model(model)
    , m_window(window)
{
}

bool ExportController::exportsProject() const
{
    return m_model->rowCount() > 1 && m_model->result().has_value();
}

QString ExportController::resultText() const
{
    if (!m_estimate)
        return {};
    return QString::fromStdString(
        EstimateReport::text(*m_estimate, Equivalents::of(m_catalog, m_estimate->emissionsKg)));
}

ReportData ExportController::reportData() const
{
    if (!m_estimate)
        return {};
    std::vector<RankedRegion> ranking = m_comparison->model()->rows();  // the comparison as shown (its scope)
    if (!exportsProject())
        return ReportData::ofJob(m_catalog, *m_estimate, std::move(ranking));
    // A project reports its items and totals, and the whole project moved (in the scope shown).
    const ProjectResult& r = *m_model->result();
    if (!m_comparison->wholeProject())
        ranking = ProjectCalculator::rankMoved(
            m_calculator, r, static_cast<RegionRanking::Scope>(m_comparison->scopeBox()->currentData().toInt()));
    return ReportData::ofProject(m_catalog, m_model->project(), r, std::move(ranking));
}

QPageSize::PageSizeId ExportController::pdfPageSize() const
{
    // Letter where the system measures in US units, else A4, unless chosen in the menu.
    const int fallback =
        QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    return static_cast<QPageSize::PageSizeId>(m_settings.value(QStringLiteral("export/pageSize"), fallback).toInt());
}

void ExportController::setPdfPageSize(QPageSize::PageSizeId id)
{
    m_settings.setValue(QStringLiteral("export/pageSize"), static_cast<int>(id));
}
QString ExportController::latexText() const
{
    if (!m_estimate)
        return {};
    const ReportData data = reportData();
    return QString::fromStdString(ReportTexts::latex(data) + "\n" + ReportTexts::bibtex(data));
}

QString ExportController::markdownText() const
{
    if (!m_estimate)
        return {};
    return QString::fromStdString(ReportTexts::markdown(reportData()));
}

QString ExportController::exportTo(Format format, const QString& path)
{
    if (!m_estimate)
        return tr("%1: nothing to export: the inputs are incomplete").arg(path);
    const ReportData data = reportData();
    auto bytes = [](const std::string& s) { return QByteArray::fromStdString(s); };
    switch (format) {
    case Format::Pdf: return ReportDocument::writePdf(data, path, pdfPageSize());
    case Format::EstimateCsv: return AtomicFile::write(path, bytes(ReportTexts::csv(data)));
    case Format::ComparisonCsv: return AtomicFile::write(path, bytes(ReportTexts::comparisonCsv(data)));
    case Format::Latex: {
        const QString error = AtomicFile::write(path, bytes(ReportTexts::latex(data)));
        return error.isEmpty() ? AtomicFile::write(QString::fromStdString(ReportTexts::bibPathFor(path.toStdString())),
                                                   bytes(ReportTexts::bibtex(data)))
                               : error;
    }
    case Format::Markdown: return AtomicFile::write(path, bytes(ReportTexts::markdown(data)));
    case Format::ModelCard: return AtomicFile::write(path, bytes(ReportTexts::modelCard(data)));
    }
    return {};
}

void ExportController::exportWithDialog(Format format)
{
    if (!m_estimate) {
        QMessageBox::information(m_window, tr("Export"),
                                 tr("Complete the inputs first: there is no estimate to export."));
        return;
    }
    struct Kind {
        Format format;
        const char* name;
        const char* filter;
    };
    static const Kind kinds[] = {
        {Format::Pdf, "mlcarbon-report.pdf", "PDF (*.pdf)"},
        {Format::EstimateCsv, "mlcarbon-estimate.csv", "CSV (*.csv)"},
        {Format::ComparisonCsv, "mlcarbon-regions.csv", "CSV (*.csv)"},
        {Format::Latex, "mlcarbon-methods.tex", "LaTeX (*.tex)"},
        {Format::Markdown, "mlcarbon-summary.md", "Markdown (*.md)"},
        {Format::ModelCard, "mlcarbon-model-card.yaml", "YAML (*.yaml *.yml)"},
    };
    const Kind* kind = &kinds[0];
    for (const Kind& k : kinds) {
        if (k.format == format)
            kind = &k;
    }
    const QString folder = m_settings
                               .value(QStringLiteral("export/lastFolder"),
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export"), QDir(folder).filePath(QLatin1String(kind->name)), QLatin1String(kind->filter));
    if (path.isEmpty())
        return;
    m_settings.setValue(QStringLiteral("export/lastFolder"), QFileInfo(path).absolutePath());
    const QString error = exportTo(format, path);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export failed"), tr("The file was not written.\n\n%1").arg(error));
    else
        emit statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void ExportController::printPreview()
{
    if (!m_estimate) {
        QMessageBox::information(m_window, tr("Print preview"),
                                 tr("Complete the inputs first: there is no estimate to show."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(pdfPageSize()));
    printer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print preview: PDF report layout"));
    const ReportData data = reportData();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&data](QPrinter* p) { ReportDocument::render(data, *p); });
    preview.resize(900, 800);
    preview.exec();
}

}  // namespace mlcarbon
