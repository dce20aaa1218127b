#include "HardwareComparisonView.h"

#include "ChartStyle.h"
#include "HardwareTableModel.h"
#include "InputError.h"
#include "NumberFormat.h"
#include "QtText.h"
#include "WrappedLabel.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace mlcarbon {

HardwareComparisonView::HardwareComparisonView(const Calculator& calculator, QWidget* parent)
    : QWidget(parent)
    , m_calculator(calculator)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"), static_cast<int>(HardwareFilter::Kind::Any));
    m_kind->addItem(tr("GPUs"), static_cast<int>(HardwareFilter::Kind::Gpu));
    m_kind->addItem(tr("TPUs"), static_cast<int>(HardwareFilter::Kind::Tpu));
    m_kind->addItem(tr("Other accelerators"), static_cast<int>(HardwareFilter::Kind::Other));
    m_vendor = new QComboBox(this);
    m_vendor->addItem(tr("All vendors"), QString());
    // The vendors of the devices that can be compared (a peak figure at some precision).
    std::set<std::string> vendors;
    for (const Hardware& h : calculator.catalog().hardware()) {
        const bool anyPeak = std::any_of(h.peakFlops.begin(), h.peakFlops.end(), [](const auto& p) { return p; });
        if (h.kind != HardwareKind::Cpu && anyPeak && !h.vendor.empty())
            vendors.insert(h.vendor);
    }
    for (const std::string& v : vendors)
        m_vendor->addItem(qs(v), qs(v));
    m_since = new QSpinBox(this);
    m_since->setRange(1999, 2030);
    m_since->setSpecialValueText(tr("any year"));  // the minimum: no filter
    m_since->setValue(1999);
    m_since->setPrefix(tr("released since "));
    m_memory = new QSpinBox(this);
    m_memory->setRange(0, 4096);
    m_memory->setSpecialValueText(tr("any memory"));
    m_memory->setPrefix(tr("at least "));
    m_memory->setSuffix(tr(" GB"));
    m_chartCount = new QSpinBox(this);
    m_chartCount->setRange(3, 30);
    m_chartCount->setValue(8);
    m_chartCount->setPrefix(tr("Chart: cleanest "));
    auto* showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_kind);
    bar->addWidget(showLabel);
    bar->addWidget(m_kind);
    bar->addWidget(m_vendor);
    bar->addWidget(m_since);
    bar->addWidget(m_memory);
    bar->addStretch(1);
    bar->addWidget(m_chartCount);
    layout->addLayout(bar);
    m_summary = new WrappedLabel(this);
    layout->addWidget(m_summary);

    m_model = new HardwareTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HardwareTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HardwareTableModel::Emissions, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HardwareTableModel::Name, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a row (or press Enter) to make it the hardware of the job."));

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(250);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    layout->addWidget(split, 1);

    for (QComboBox* box : {m_kind, m_vendor})
        connect(box, &QComboBox::currentIndexChanged, this, &HardwareComparisonView::rebuild);
    for (QSpinBox* box : {m_since, m_memory})
        connect(box, &QSpinBox::valueChanged, this, &HardwareComparisonView::rebuild);
    connect(m_chartCount, &QSpinBox::valueChanged, this, &HardwareComparisonView::updateChart);
    auto choose = [this](const QModelIndex& index) {
        if (index.isValid())
            emit hardwareChosen(qs(m_model->row(m_proxy->mapToSource(index).row()).hardware->id));
    };
    connect(m_table, &QTableView::doubleClicked, this, choose);
    connect(m_table, &QTableView::activated, this, choose);
}

HardwareFilter HardwareComparisonView::filter() const
{
    HardwareFilter f;
    f.kind = static_cast<HardwareFilter::Kind>(m_kind->currentData().toInt());
    f.vendor = m_vendor->currentData().toString().toStdString();
    if (m_since->value() > m_since->minimum())
        f.releasedSince = m_since->value();
    if (m_memory->value() > 0)
        f.minMemoryGb = m_memory->value();
    return f;
}

void HardwareComparisonView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChart();
}

void HardwareComparisonView::clear(const QString& why)
{
    m_reference.reset();
    m_model->setRows({});
    m_summary->setText(why);
    updateChart();
}

void HardwareComparisonView::setReference(const Estimate& estimate)
{
    if (!estimate.compute.used) {
        clear(tr("Cleaner hardware compares the same training compute on every device. Choose Work: Training "
                 "compute or Parameters x tokens (the hours on one device are not the work on another)."));
        return;
    }
    m_reference = estimate;
    rebuild();
}

void HardwareComparisonView::rebuild()
{
    if (!m_reference)
        return;
    std::vector<RankedHardware> rows;
    try {
        rows = HardwareRanking::rank(m_calculator, *m_reference, filter());
    } catch (const InputError& e) {
        clear(qs(e.what()));
        return;
    }
    const std::size_t n = rows.size();
    m_model->setRows(std::move(rows));
    QString summary = tr("The same work on %1 (%2 devices), cleanest first.").arg(qs(filter().text())).arg(n)
                      + QLatin1Char(' ') + qs(HardwareRanking::assumption(*m_reference));
    if (m_reference->yearFallback())
        summary += QLatin1Char(' ') + tr("Grid intensity: %1.").arg(qs(m_reference->yearText()));
    const auto& r = m_model->rows();
    if (!r.empty() && !r.front().chosen && r.front().savingPct)
        summary += QLatin1Char(' ')
                   + tr("Cleanest: %1, %2 less (%3 %).")
                         .arg(qs(r.front().hardware->name), qs(NumberFormat::mass(r.front().savingKg)),
                              qs(NumberFormat::significant(*r.front().savingPct)));
    m_summary->setText(summary);
    updateChart();
}

void HardwareComparisonView::updateChart()
{
    QChart* chart = m_chartView->chart();
    ChartStyle::clear(chart);
    const auto& rows = m_model->rows();
    if (rows.empty())
        return;
    std::vector<const RankedHardware*> shown;
    const auto n = static_cast<std::size_t>(m_chartCount->value());
    for (std::size_t i = 0; i < rows.size() && i < n; ++i)
        shown.push_back(&rows[i]);
    auto chosen = std::find_if(rows.begin(), rows.end(), [](const RankedHardware& r) { return r.chosen; });
    if (chosen != rows.end() && std::find(shown.begin(), shown.end(), &*chosen) == shown.end())
        shown.push_back(&*chosen);
    double maxKg = 0;
    for (const RankedHardware* r : shown)
        maxKg = std::max(maxKg, r->emissionsKg);
    const NumberFormat::Unit unit = NumberFormat::massUnit(maxKg);
    auto* others = new QBarSet(tr("Other hardware"));
    auto* mine = new QBarSet(tr("Chosen hardware"));
    others->setColor(QColor(0x2e, 0x7d, 0x32));
    mine->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList categories;
    const std::vector<const RankedHardware*> bottomUp(shown.rbegin(), shown.rend());  // the cleanest on top
    for (const RankedHardware* row : bottomUp) {
        const RankedHardware& r = *row;
        *others << (r.chosen ? 0.0 : r.emissionsKg / unit.scale);
        *mine << (r.chosen ? r.emissionsKg / unit.scale : 0.0);
        categories << (r.chosen ? qs(r.hardware->name) + QStringLiteral(" *") : qs(r.hardware->name));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(others);
    series->append(mine);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    ChartStyle::addBarAxes(chart, series, categories, tr("Emissions (%1)").arg(QLatin1String(unit.name)),
                           {.bars = Qt::Horizontal, .font = small, .truncateLabels = false});
    ChartStyle::applyPalette(chart, palette());
}

}  // namespace mlcarbon
