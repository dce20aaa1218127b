#pragma once
#include <QPalette>

class QChart;

namespace mlcarbon {

// What the window's charts share: emptying a chart before it is drawn again, and colours that
// follow the system palette (light or dark) instead of the chart's own light theme.
class ChartStyle {
public:
    // Removes every series and axis (removeAllSeries() deletes series but hands axes back).
    static void clear(QChart* chart);
    static void applyPalette(QChart* chart, const QPalette& palette);
};

}  // namespace mlcarbon
