#pragma once
#include "ReportData.h"

#include <QImage>
#include <QPageSize>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace mlcarbon {

// The PDF / print layout: a QTextDocument (real text) with the comparison chart as an image.
// The same document feeds the PDF writer and the GUI's print preview.
class ReportDocument {
public:
    // The document for a text area `textWidth` CSS pixels (1/96 inch) wide; the chart image is
    // drawn with `imageScale` device pixels per CSS pixel.
    static std::unique_ptr<QTextDocument> build(const ReportData& data, qreal textWidth = 620, qreal imageScale = 2);
    // Lays the report out on a PDF writer or printer and paints every page, numbered "Page i of n".
    // Returns the number of pages.
    static int render(const ReportData& data, QPagedPaintDevice& device);
    // Bar chart of the chosen location against the cleanest ones, drawn with QPainter.
    static QImage chart(const std::vector<RankedRegion>& ranking, QSize size, qreal devicePixelRatio = 2.0);

    // Writes a PDF (A4 or Letter) atomically; returns "" or "PATH: reason".
    static QString writePdf(const ReportData& data, const QString& path, QPageSize::PageSizeId pageSize);
};

}  // namespace mlcarbon
