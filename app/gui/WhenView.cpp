#include "WhenView.h"

#include "ChartStyle.h"
#include "DataError.h"
#include "DatabaseLoader.h"
#include "HourlyCsv.h"
#include "HourlyLoader.h"
#include "InputError.h"
#include "NumberFormat.h"
#include "QtText.h"
#include "WhenReport.h"
#include "WrappedLabel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mlcarbon {

WhenView::WhenView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_dayKind = new QComboBox(this);
    m_dayKind->addItem(tr("On the date"));
    m_dayKind->addItem(tr("A typical day of"));
    m_dayKind->setToolTip(tr("The actual hours of a date, or each hour's mean over a month."));
    m_date = new QDateEdit(QDate(2023, 3, 15), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setMaximumDate(QDate(2100, 12, 31));
    m_month = new QComboBox(this);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m), m);
    m_month->setCurrentIndex(2);
    m_month->hide();
    m_hour = new QSpinBox(this);
    m_hour->setRange(0, 23);
    m_hour->setPrefix(tr("now at "));
    m_hour->setSuffix(tr(":00"));
    m_hour->setToolTip(tr("The hour the job could start at the earliest, in the place's local time."));
    m_windowKind = new QComboBox(this);
    m_windowKind->addItem(tr("may start within"));
    m_windowKind->addItem(tr("must finish within"));
    m_window = new QSpinBox(this);
    m_window->setRange(0, 744);
    m_window->setValue(24);
    m_window->setSuffix(tr(" h"));
    m_minSlot = new QSpinBox(this);
    m_minSlot->setRange(1, 24);
    m_minSlot->setPrefix(tr("paused runs of at least "));
    m_minSlot->setSuffix(tr(" h"));
    m_minSlot->setToolTip(tr("The shortest run of a paused job: each restart from a checkpoint costs time."));
    m_import = new QPushButton(tr("&Import hourly data..."), this);
    m_import->setToolTip(tr("Your own hourly series for the job's place: an Electricity Maps CSV export, or a "
                            "datetime,gco2_per_kwh file in UTC. Kept for later sessions."));
    for (QWidget* w : std::initializer_list<QWidget*>{m_dayKind, m_date, m_month, m_hour, m_windowKind, m_window})
        bar->addWidget(w);
    bar->addWidget(m_minSlot);
    bar->addStretch(1);
    bar->addWidget(m_import);
    layout->addLayout(bar);
    m_summary = new WrappedLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    layout->addWidget(m_chartView, 1);

    connect(m_dayKind, &QComboBox::currentIndexChanged, this, [this](int kind) {
        m_date->setVisible(kind == 0);
        m_month->setVisible(kind == 1);
        rebuild();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &WhenView::rebuild);
    for (QComboBox* box : {m_month, m_windowKind})
        connect(box, &QComboBox::currentIndexChanged, this, &WhenView::rebuild);
    for (QSpinBox* box : {m_hour, m_window, m_minSlot})
        connect(box, &QSpinBox::valueChanged, this, &WhenView::rebuild);
    connect(m_import, &QPushButton::clicked, this, &WhenView::importSeries);
}

void WhenView::setEstimate(const Estimate& estimate)
{
    m_estimate = estimate;
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void WhenView::clear(const QString& why)
{
    m_estimate.reset();
    m_result.reset();
    m_summary->setText(why);
    ChartStyle::clear(m_chartView->chart());
}

void WhenView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void WhenView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_result)
        drawChart();
}

bool WhenView::loadHours()
{
    if (m_hours)
        return true;
    try {
        HourlyLoader::Result loaded = HourlyLoader::load({}, DatabaseLoader::defaultOverrideDir());
        m_hours = std::move(loaded.hours);
        for (const std::string& w : loaded.warnings)
            emit statusMessage(qs(w));
        return true;
    } catch (const DataError& e) {
        m_loadError = qs(e.what());
        return false;
    }
}

std::optional<WhenRequest> WhenView::request() const
{
    WhenRequest r;
    if (m_dayKind->currentIndex() == 0) {
        const QDate d = m_date->date();
        r.date = CalendarHours::DateTime{d.year(), d.month(), d.day(), 0, 0};
    } else {
        r.month = m_month->currentData().toInt();
    }
    r.startHour = m_hour->value();
    if (m_windowKind->currentIndex() == 0)
        r.windowHours = m_window->value();
    else
        r.deadlineHours = m_window->value();
    r.minSlotHours = m_minSlot->value();
    return r;
}

void WhenView::rebuild()
{
    if (!m_estimate) {
        return;
    }
    m_dirty = false;
    m_result.reset();
    if (!loadHours()) {
        m_summary->setText(tr("The hourly grid data cannot be read: %1").arg(html(m_loadError.toStdString())));
        ChartStyle::clear(m_chartView->chart());
        return;
    }
    try {
        m_result = WhenQuery::run(*m_hours, *m_estimate, *request());
    } catch (const InputError& e) {
        m_summary->setText(tr("<b>%1</b>: %2").arg(html(e.field()), html(e.reason())));
        ChartStyle::clear(m_chartView->chart());
        return;
    }
    const WhenResult& r = *m_result;
    QString text;
    for (const std::string& line : WhenReport::headline(*m_estimate, r))
        text += html(line) + QStringLiteral("<br>");
    text += QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th></th><th align=left>%1</th><th "
                           "align=right>%2</th><th align=right>%3</th><th align=right>%4</th></tr>")
                .arg(tr("Runs (local time)"), tr("g/kWh"), tr("Emissions"), tr("Saving"));
    const QStringList labels = {tr("Start now"), tr("Best start"), tr("Pause and resume")};
    int i = 0;
    for (const WhenReport::Row& row : WhenReport::rows(r)) {

        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td "
                               "align=right>%5</td></tr>")
                    .arg(labels.value(i++), html(row.runs), html(NumberFormat::significant(row.meanGPerKwh)),
                         html(NumberFormat::mass(row.kg)), html(WhenReport::savingText(row)));
    }
    text += QStringLiteral("</table>");
    if (!r.plan.paused)
        text += tr("Pause and resume: %1").arg(html(r.plan.pausedNone)) + QStringLiteral("<br>");
    if (const std::string d = WhenReport::distributionText(r); !d.empty())
        text += html(d) + QStringLiteral("<br>");
    for (const std::string& n : r.notes)
        text += QStringLiteral("<i>") + html(n) + QStringLiteral("</i><br>");
    text += QStringLiteral("<small>") + html(WhenReport::notice(r)) + QStringLiteral("</small>");
    m_summary->setText(text);
    drawChart();
}

void WhenView::drawChart()
{
    QChart* chart = m_chartView->chart();
    ChartStyle::clear(chart);
    if (!m_result)
        return;
    const WhenResult& r = *m_result;
    auto* curve = new QLineSeries(chart);
    curve->setName(tr("Grid intensity (gCO2e/kWh)"));
    double top = 0;
    // A step line: each hour holds its value for the whole hour.
    for (std::size_t h = 0; h < r.curve.size(); ++h) {
        curve->append(double(h), r.curve[h].gPerKwh);
        curve->append(double(h + 1), r.curve[h].gPerKwh);
        top = std::max(top, r.curve[h].gPerKwh);
    }
    chart->addSeries(curve);
    // Each schedule as a band above the curve, one height each.
    const QList<QColor> colours = {QColor(0xd3, 0x2f, 0x2f), QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0)};
    const QStringList names = {tr("Start now"), tr("Best start"), tr("Pause and resume")};
    const std::vector<const TimingSchedule*> schedules = r.plan.schedules();
    std::vector<QLineSeries*> bands;
    for (std::size_t k = 0; k < schedules.size(); ++k) {
        const double y = top * (1.08 + 0.08 * static_cast<double>(k));
        bool first = true;
        for (const auto& [start, length] : schedules[k]->runs) {
            auto* band = new QLineSeries(chart);
            band->setName(names.value(static_cast<int>(k)));
            QPen pen(colours.value(static_cast<int>(k)));
            pen.setWidth(7);
            band->setPen(pen);
            band->append(start, y);
            band->append(start + length, y);
            chart->addSeries(band);
            bands.push_back(band);
            if (!first)
                chart->legend()->markers(band).constFirst()->setVisible(false);
            first = false;
        }
    }
    // Hours along the bottom, in local time: a label every 3, 6, 12 or 24 hours by the horizon's length.
    const int hours = static_cast<int>(r.curve.size());
    const int step = hours <= 36 ? 3 : hours <= 72 ? 6 : hours <= 168 ? 12 : 24;
    auto* x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(0, hours);
    for (int h = 0; h < hours; h += step) {  // not the right edge, whose label would be cut
        const CalendarHours::DateTime& t = r.curve[static_cast<std::size_t>(h)].local;
        // Midnight as the date (month-day), other hours as the time: short enough not to be cut.
        const QString label =
            t.hour == 0 && t.minute == 0 && !r.typical
                ? QStringLiteral("%1-%2").arg(t.month, 2, 10, QLatin1Char('0')).arg(t.day, 2, 10, QLatin1Char('0'))
                : QStringLiteral("%1:%2").arg(t.hour, 2, 10, QLatin1Char('0')).arg(t.minute, 2, 10, QLatin1Char('0'));
        x->append(label + QString(h / 24, QChar(0x200b)), h);  // zero-width spaces keep repeated labels apart
    }
    auto* y = new QValueAxis(chart);
    y->setRange(0, top * (1.12 + 0.08 * static_cast<double>(schedules.size())));
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("gCO2e/kWh"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    curve->attachAxis(x);
    curve->attachAxis(y);
    for (QLineSeries* band : bands) {
        band->attachAxis(x);
        band->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartStyle::applyPalette(chart, palette());
}

void WhenView::importSeries()
{
    if (!m_estimate) {
        emit statusMessage(tr("Give a job and a place first: the series is imported for the job's place."));
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import hourly data"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const std::string zone =
        m_estimate->location.zone.empty() ? m_estimate->location.country : m_estimate->location.zone;
    try {
        const std::vector<HourlySeries> added = HourlyLoader::import(path, zone, DatabaseLoader::defaultOverrideDir());
        if (!loadHours())
            return;
        for (const HourlySeries& s : added)
            m_hours->add(s);
        emit statusMessage(tr("Imported %1 hours for %2 (%3).")
                               .arg(added.front().hours())
                               .arg(qs(added.front().zone))
                               .arg(added.front().year));
        rebuild();
    } catch (const std::exception& e) {
        emit statusMessage(tr("Not imported: %1").arg(qs(e.what())));
        m_summary->setText(tr("<b>Not imported</b>: %1").arg(html(std::string(e.what()))));
    }
}

}  // namespace mlcarbon
