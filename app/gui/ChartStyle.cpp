#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QValueAxis>

namespace mlcarbon {

void ChartStyle::clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ChartStyle::addBarAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories,
                            const QString& valueTitle, const BarAxes& look)
{
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(QStringLiteral("%.3g"));
    valueAxis->setMin(0);
    const bool horizontal = look.bars == Qt::Horizontal;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
    if (look.font) {
        categoryAxis->setLabelsFont(*look.font);
        valueAxis->setLabelsFont(*look.font);
        valueAxis->setTitleFont(*look.font);
    }
    categoryAxis->setTruncateLabels(look.truncateLabels);
}

void ChartStyle::applyPalette(QChart* chart, const QPalette& pal)
{
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Mid));
    }
}

}  // namespace mlcarbon
