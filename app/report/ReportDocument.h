#pragma once
#include "Catalog.h"
#include "Equivalents.h"
#include "Estimate.h"
#include "Project.h"
#include "ProjectCalculator.h"
#include "RegionRanking.h"

#include <QImage>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace mlcarbon {

// Everything a report shows, from the model.
struct ReportData {
    Estimate estimate;  // the single job (for a project: its first item, for the headline fields)
    std::vector<Equivalent> equivalents;
    std::vector<RankedRegion> ranking;  // the full comparison, cleanest first
    const Catalog* catalog = nullptr;
    // Set for a project: the report shows its items, phases and totals, and `ranking` is the
    // whole project moved (ProjectCalculator::rankMoved).
    struct ProjectPart {
        Project project;
        ProjectResult result;
    };
    std::optional<ProjectPart> project;
};

// The PDF / print layout: a QTextDocument (real text) with the comparison chart as an image.
// The same document feeds the PDF writer and the GUI's print preview.
class ReportDocument {
public:
    static constexpr int kCleanestShown = 10;

    // The document for a text area `textWidth` CSS pixels (1/96 inch) wide; the chart image is
    // drawn with `imageScale` device pixels per CSS pixel.
    static std::unique_ptr<QTextDocument> build(const ReportData& data, qreal textWidth = 620, qreal imageScale = 2);
    // Lays the report out on a PDF writer or printer and paints every page, numbered "Page i of n".
    // Returns the number of pages.
    static int render(const ReportData& data, QPagedPaintDevice& device);
    // Bar chart of the chosen location against the cleanest ones, drawn with QPainter.
    static QImage chart(const std::vector<RankedRegion>& ranking, QSize size, qreal devicePixelRatio = 2.0);
    // The rows the report lists: the cleanest kCleanestShown, plus the chosen one.
    static std::vector<const RankedRegion*> shownRows(const std::vector<RankedRegion>& ranking);

    // Writes a PDF (A4 or Letter) atomically; returns "" or "PATH: reason".
    static QString writePdf(const ReportData& data, const QString& path, QPageSize::PageSizeId pageSize);
};

}  // namespace mlcarbon
