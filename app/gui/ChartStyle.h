#pragma once
#include <QFont>
#include <QPalette>
#include <QStringList>

#include <optional>

class QAbstractBarSeries;
class QChart;

namespace mlcarbon {

// What the window's charts share: emptying a chart before it is drawn again, the axes of an
// emissions bar chart, and colours that follow the system palette (light or dark) instead of the
// chart's own light theme.
class ChartStyle {
public:
    // How an emissions bar chart shows its axes; the defaults are the chart's own look.
    struct BarAxes {
        Qt::Orientation bars = Qt::Vertical;  // Horizontal: categories on the left, emissions along the bottom
        std::optional<QFont> font;            // of the labels and the emissions title
        bool truncateLabels = true;           // false: a long category label is shown whole
    };

    // Removes every series and axis (removeAllSeries() deletes series but hands axes back).
    static void clear(QChart* chart);
    // Adds a category axis and an emissions axis to the chart and attaches the series to both. The
    // emissions start at 0 and read in three significant digits on nice numbers, titled valueTitle
    // (the callers name the unit of their text beside the chart).
    static void addBarAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories,
                           const QString& valueTitle, const BarAxes& look);
    static void applyPalette(QChart* chart, const QPalette& palette);
};

}  // namespace mlcarbon
