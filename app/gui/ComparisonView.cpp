#include "ComparisonView.h"

#include "BasisBox.h"
#include "ChartStyle.h"
#include "InputError.h"
#include "NumberFormat.h"
#include "RegionTableModel.h"
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
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace mlcarbon {

ComparisonView::ComparisonView(const Calculator& calculator, QWidget* parent)
    : QWidget(parent)
    , m_calculator(calculator)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createControls());
    m_summary = new WrappedLabel(this);
    layout->addWidget(m_summary);
    createTable();
    createChart();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chartView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connectControls();
}

QHBoxLayout* ComparisonView::createControls()
{
    auto* bar = new QHBoxLayout;
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("All cloud providers"), static_cast<int>(RegionRanking::Scope::AllProviders));
    m_scope->addItem(tr("Same provider"), static_cast<int>(RegionRanking::Scope::SameProvider));
    m_scope->addItem(tr("Own hardware in countries"), static_cast<int>(RegionRanking::Scope::Countries));
    m_scope->setToolTip(tr("Where to run the same job: every cloud region, the chosen provider's regions, or own "
                           "hardware (on-premise PUE) in every country and subdivision."));
    m_basis = new BasisBox(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search provider, region, location, country"));
    m_search->setClearButtonEnabled(true);
    m_chartCount = new QSpinBox(this);
    m_chartCount->setRange(3, 30);
    m_chartCount->setValue(8);
    m_chartCount->setPrefix(tr("Chart: cleanest "));
    m_subject = new QComboBox(this);
    m_subject->addItem(tr("This item"));
    m_subject->addItem(tr("Whole project"));
    m_subject->setToolTip(tr("Compare the selected item, or the whole project with every item moved to each place."));
    m_subject->hide();
    auto* showLabel = new QLabel(tr("&Show"), this);
    showLabel->setBuddy(m_scope);
    auto* findLabel = new QLabel(tr("&Find"), this);
    findLabel->setBuddy(m_search);
    bar->addWidget(m_subject);
    bar->addWidget(showLabel);
    bar->addWidget(m_scope);
    auto* basisLabel = new QLabel(tr("&Basis"), this);
    basisLabel->setBuddy(m_basis);
    bar->addWidget(basisLabel);
    bar->addWidget(m_basis);
    bar->addWidget(findLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_chartCount);
    return bar;
}

void ComparisonView::createTable()
{
    m_model = new RegionTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RegionTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegionTableModel::Emissions, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RegionTableModel::Location, QHeaderView::Stretch);
    // Long region codes (northamerica-northeast1) are elided; the location keeps the room.
    m_table->horizontalHeader()->setSectionResizeMode(RegionTableModel::Region, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(
        RegionTableModel::Region, m_table->fontMetrics().horizontalAdvance(QStringLiteral("europe-southwest1xx")));
    m_table->setToolTip(tr("Double-click a row (or press Enter) to make it the chosen location."));
}

void ComparisonView::createChart()
{
    auto* chart = new QChart;
    chart->legend()->hide();  // the chosen bar is orange and starred; the summary above says so
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(250);
}

void ComparisonView::connectControls()
{
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ComparisonView::rebuild);
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        updateScopes();
        rebuild();
    });
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] { emit basisChosen(m_basis->basis()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_chartCount, &QSpinBox::valueChanged, this, &ComparisonView::updateChart);
    auto choose = [this](const QModelIndex& index) {
        if (!index.isValid())
            return;
        // A copy: choosing rebuilds the table, which would free the row's own Location mid-signal.
        const Location location = m_model->row(m_proxy->mapToSource(index).row()).location;
        if (wholeProject())
            emit projectLocationChosen(location);
        else
            emit locationChosen(location);
    };
    connect(m_table, &QTableView::doubleClicked, this, choose);
    connect(m_table, &QTableView::activated, this, choose);
}

void ComparisonView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChart();  // the chart's colours follow a light/dark switch
}

void ComparisonView::clear(const QString& why)
{
    m_reference.reset();
    m_project.reset();
    m_subject->hide();
    m_model->setRows({});
    m_summary->setText(why);
    updateChart();
}

void ComparisonView::setReference(const Estimate& estimate)
{
    m_reference = estimate;
    {
        QSignalBlocker block(m_basis);  // showing the estimate's basis is not choosing one
        m_basis->setBasis(estimate.requestedBasis);
    }
    if (!updateScopesKeepsChoice())
        m_scope->setCurrentIndex(0);  // rebuilds
    else
        rebuild();
}

void ComparisonView::setProject(std::optional<ProjectResult> project)
{
    if (project && project->items.size() < 2)
        project.reset();
    m_project = std::move(project);
    m_subject->setVisible(m_project.has_value());
    // No rebuild here: setReference() follows and rebuilds once.
}

void ComparisonView::updateScopes()
{
    if (!updateScopesKeepsChoice())
        m_scope->setCurrentIndex(0);
}

bool ComparisonView::updateScopesKeepsChoice()
{
    // "Same provider" means something only for a cloud location, and for a whole project only when
    // every item runs on that one provider (ProjectCalculator::checkScope says why not).
    QString why;
    if (wholeProject()) {
        try {
            ProjectCalculator::checkScope(*m_project, RegionRanking::Scope::SameProvider);
        } catch (const InputError& e) {
            why = QString::fromStdString(e.allowed());
        }
    } else if (m_reference && m_reference->location.kind != Location::Kind::Cloud) {
        why = tr("The chosen location is not a cloud region.");
    }
    auto* item = qobject_cast<QStandardItemModel*>(m_scope->model());
    if (item) {
        item->item(1)->setEnabled(why.isEmpty());
        item->item(1)->setToolTip(why.isEmpty() ? tr("The chosen provider's regions only.") : why);
    }
    return why.isEmpty() || m_scope->currentIndex() != 1;
}

bool ComparisonView::wholeProject() const
{
    return m_project && m_subject->currentIndex() == 1;
}

void ComparisonView::rebuild()
{
    if (!m_reference)
        return;
    const auto scope = static_cast<RegionRanking::Scope>(m_scope->currentData().toInt());
    QString summary;
    if (wholeProject()) {
        m_model->setRows(ProjectCalculator::rankMoved(m_calculator, *m_project, scope));
        summary = tr("The whole project (%1 items, %2) moved to each of %3 places, cleanest first. Double-click a row "
                     "to move every item there; \"chosen\" means every item already runs there.")
                      .arg(m_project->items.size())
                      .arg(QString::fromStdString(NumberFormat::mass(m_project->emissionsKg)))
                      .arg(m_model->rows().size());
    } else {
        m_model->setRows(RegionRanking::rank(m_calculator, *m_reference, scope));
        summary = tr("The same job (%1) in %2 places, cleanest first; each with its own PUE and grid intensity. "
                     "Double-click a row to choose it; in the chart the chosen location is orange (*).")
                      .arg(QString::fromStdString(NumberFormat::energy(m_reference->energyKwh)))
                      .arg(m_model->rows().size());
    }
    const auto& rows = m_model->rows();
    const QString basis = QString::fromStdString(Basis::label(m_reference->requestedBasis));
    const auto other = static_cast<int>(RegionRanking::fallbackCount(rows));
    summary += QLatin1Char(' ')
               + (other == 0 ? tr("Grid intensity on the %1 basis for every row.").arg(basis)
                             : tr("Grid intensity on the %1 basis; %2 of %3 rows have no %1 figure and use another "
                                  "basis (marked *).")
                                   .arg(basis)
                                   .arg(other)
                                   .arg(rows.size()));
    if (const auto year = m_reference->input.year) {
        const auto otherYear = static_cast<int>(RegionRanking::yearFallbackCount(rows));
        summary += QLatin1Char(' ')
                   + (otherYear == 0 ? tr("Year of the run %1: every row has a figure for it.").arg(*year)
                                     : tr("Year of the run %1: %2 of %3 rows have no figure for it and use their "
                                          "nearest year's (marked \"nearest\").")
                                           .arg(*year)
                                           .arg(otherYear)
                                           .arg(rows.size()));
    }
    if (!rows.empty() && rows.front().savingPct && !rows.front().chosen)
        summary +=
            tr(" Cleanest: %1 %2, %3 less (%4 %).")
                .arg(QString::fromStdString(rows.front().providerName), QString::fromStdString(rows.front().code),
                     QString::fromStdString(NumberFormat::mass(rows.front().savingKg)),
                     QString::fromStdString(NumberFormat::significant(*rows.front().savingPct)));
    m_summary->setText(summary);
    updateChart();
}

void ComparisonView::updateChart()
{
    QChart* chart = m_chartView->chart();
    ChartStyle::clear(chart);
    const auto& rows = m_model->rows();
    if (rows.empty()) {
        return;
    }
    // The cleanest N and the chosen location (added when it is not among them).
    std::vector<const RankedRegion*> shown;
    const std::size_t n = static_cast<std::size_t>(m_chartCount->value());
    for (std::size_t i = 0; i < rows.size() && i < n; ++i)
        shown.push_back(&rows[i]);
    auto chosen = std::find_if(rows.begin(), rows.end(), [](const RankedRegion& r) { return r.chosen; });
    if (chosen != rows.end() && std::find(shown.begin(), shown.end(), &*chosen) == shown.end())
        shown.push_back(&*chosen);
    double maxKg = 0;
    for (const RankedRegion* r : shown)
        maxKg = std::max(maxKg, r->emissionsKg);
    // Axis unit: the one the text beside the chart uses for the largest bar.
    const NumberFormat::Unit unit = NumberFormat::massUnit(maxKg);
    auto* others = new QBarSet(tr("Other locations"));
    auto* mine = new QBarSet(tr("Chosen location"));
    others->setColor(QColor(0x2e, 0x7d, 0x32));
    mine->setColor(QColor(0xef, 0x6c, 0x00));
    QStringList categories;
    // Horizontal bars are drawn bottom-up: add the largest first so the cleanest is on top.
    const std::vector<const RankedRegion*> bottomUp(shown.rbegin(), shown.rend());
    m_chartRows.clear();
    for (const RankedRegion* r : bottomUp)
        m_chartRows.push_back(static_cast<int>(r - rows.data()));
    for (const RankedRegion* row : bottomUp) {
        const RankedRegion& r = *row;
        const double value = r.emissionsKg / unit.scale;
        *others << (r.chosen ? 0.0 : value);
        *mine << (r.chosen ? value : 0.0);
        QString label = QString::fromStdString(r.provider.empty() ? r.code : r.provider + " " + r.code);
        if (r.basisFallback)
            label += QStringLiteral(" (") + QString::fromStdString(std::string(Basis::key(r.basis))) + QLatin1Char(')');
        if (r.yearFallback)
            label += QStringLiteral(" (") + QString::number(r.intensityYear) + QLatin1Char(')');
        categories << (r.chosen ? label + QStringLiteral(" *") : label);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(others);
    series->append(mine);
    series->setBarWidth(0.7);
    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet*) {
        if (!on || index < 0 || static_cast<std::size_t>(index) >= m_chartRows.size()) {
            QToolTip::hideText();
            return;
        }
        // The bar says what the table's row says, and its emissions.
        const int row = m_chartRows[static_cast<std::size_t>(index)];
        const QString tip = m_model->index(row, RegionTableModel::Rank).data(Qt::ToolTipRole).toString()
                            + QLatin1Char('\n')
                            + tr("Emissions %1")
                                  .arg(QString::fromStdString(
                                      NumberFormat::mass(m_model->rows()[static_cast<std::size_t>(row)].emissionsKg)));
        QToolTip::showText(QCursor::pos(), tip, m_chartView);
    });
    chart->addSeries(series);
    // Many places, named in full: smaller labels that are never cut.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    ChartStyle::addBarAxes(chart, series, categories, tr("Emissions (%1)").arg(QLatin1String(unit.name)),
                           {.bars = Qt::Horizontal, .font = small, .truncateLabels = false});
    ChartStyle::applyPalette(chart, palette());
}

}  // namespace mlcarbon
