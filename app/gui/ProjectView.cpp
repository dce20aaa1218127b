#include "ProjectView.h"

#include "ChartStyle.h"
#include "InputError.h"
#include "NumberFormat.h"
#include "PhaseDelegate.h"
#include "PresetReport.h"
#include "ProjectBudget.h"
#include "ProjectItemModel.h"
#include "ProjectReport.h"
#include "QtText.h"
#include "WrappedLabel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mlcarbon {

namespace {

QString optionalMass(const std::optional<double>& kg)
{
    return kg ? qs(NumberFormat::mass(*kg)) : QObject::tr("not reported");
}

QString optionalEnergy(const std::optional<double>& kwh)
{
    return kwh ? qs(NumberFormat::energy(*kwh)) : QObject::tr("not reported");
}

QString optionalRatio(const std::optional<double>& r)
{
    return r ? QStringLiteral("x") + qs(NumberFormat::significant(*r)) : QStringLiteral("-");
}

}  // namespace

ProjectView::ProjectView(ProjectItemModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    auto* nameRow = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Untitled project"));
    m_name->setToolTip(tr("The project's name, used in reports."));
    nameRow->addRow(tr("&Name"), m_name);
    m_budget = new QLineEdit(this);
    m_budget->setObjectName(QStringLiteral("budget"));
    m_budget->setPlaceholderText(tr("kg CO2e (none)"));
    m_budget->setToolTip(tr("A carbon budget for the whole project, set before the work starts (location-based "
                            "kg CO2e). Per-phase budgets live in the project file (phase_budgets_kg)."));
    m_budget->setClearButtonEnabled(true);
    nameRow->addRow(tr("Carbon &budget"), m_budget);
    m_budgetError = new QLabel(this);
    m_budgetError->setObjectName(QStringLiteral("budgetError"));
    m_budgetError->setWordWrap(true);
    m_budgetError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_budgetError->hide();
    nameRow->addRow(QString(), m_budgetError);
    layout->addLayout(nameRow);

    m_preset = new QGroupBox(tr("Published run"), this);
    auto* presetLayout = new QVBoxLayout(m_preset);
    m_presetText = new WrappedLabel(m_preset);
    m_presetText->setTextFormat(Qt::RichText);
    m_presetText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    presetLayout->addWidget(m_presetText);
    m_preset->hide();
    layout->addWidget(m_preset);

    createTable();
    layout->addLayout(createButtons());
    m_totals = new WrappedLabel(this);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    createChart();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_totals);
    m_budgetBar = new QProgressBar(this);
    m_budgetBar->setObjectName(QStringLiteral("budgetBar"));
    m_budgetBar->setRange(0, 100);
    m_budgetBar->setTextVisible(true);
    m_budgetText = new QLabel(this);
    m_budgetText->setObjectName(QStringLiteral("budgetText"));
    m_budgetText->setWordWrap(true);
    lowerLayout->addWidget(m_budgetBar);
    lowerLayout->addWidget(m_budgetText);
    lowerLayout->addWidget(m_chartView, 1);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connectModel();
    updateButtons();
}

void ProjectView::createTable()
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ProjectItemModel::Phase, new PhaseDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

QHBoxLayout* ProjectView::createButtons()
{
    auto* buttons = new QHBoxLayout;
    auto addButton = [&](const QString& name, const QString& text, const QString& tip, void (ProjectView::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    addButton(QStringLiteral("add"), tr("&Add item"),
              tr("A new job with the selected item's hardware and place (Ctrl+Shift+N)"), &ProjectView::addItem);
    addButton(QStringLiteral("duplicate"), tr("D&uplicate"), tr("A copy of the selected item"),
              &ProjectView::duplicateItem);
    addButton(QStringLiteral("remove"), tr("Re&move"), tr("Remove the selected item (a project keeps at least one)"),
              &ProjectView::removeItem);
    addButton(QStringLiteral("up"), tr("Move u&p"), tr("Move the selected item up"), &ProjectView::moveUp);
    addButton(QStringLiteral("down"), tr("Move do&wn"), tr("Move the selected item down"), &ProjectView::moveDown);
    buttons->addStretch(1);
    return buttons;
}

void ProjectView::createChart()
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setTitle(tr("Emissions per phase"));
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
}

void ProjectView::connectModel()
{
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_model->setName(text.toStdString()); });
    connect(m_budget, &QLineEdit::textEdited, this, [this](const QString& text) {
        try {
            m_model->setBudget(ProjectBudget::parse(text.toStdString()));
            m_budgetError->hide();
        } catch (const InputError& e) {
            m_budgetError->setText(qs(e.reason()));
            m_budgetError->show();
        }
        showBudget();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                updateButtons();
                if (current.isValid())
                    emit currentItemChanged(current.row());
            });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ProjectView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProjectView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProjectView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshName();
        updateButtons();
    });
}

QPushButton* ProjectView::button(const QString& name) const
{
    return findChild<QPushButton*>(name);
}

int ProjectView::currentRow() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ProjectView::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ProjectView::refreshName()
{
    if (m_name->text() != qs(m_model->project().name))
        m_name->setText(qs(m_model->project().name));
    // The project's own budget, unless the person is typing one (a half-typed text is not replaced).
    const std::optional<double> budget = m_model->project().budgetKg;
    if (!m_budget->hasFocus()) {
        m_budget->setText(budget ? qs(NumberFormat::exact(*budget)) : QString());
        m_budgetError->hide();
    }
    showBudget();
}

// The whole project's budget as a bar (share used, capped at 100 % with the overrun said), then each
// phase's in a line; hidden without a budget.
void ProjectView::showBudget()
{
    const std::vector<BudgetUse> budgets =
        m_shown ? ProjectBudget::of(m_model->project(), *m_shown) : std::vector<BudgetUse>{};
    m_budgetBar->setVisible(!budgets.empty() && budgets.front().scope.empty());
    m_budgetText->setVisible(!budgets.empty());
    QStringList lines;
    for (const BudgetUse& b : budgets) {
        if (b.scope.empty()) {
            m_budgetBar->setValue(static_cast<int>(std::min(100.0, 100 * b.share())));
            m_budgetBar->setFormat(tr("%1 % of the budget").arg(qs(NumberFormat::significant(100 * b.share()))));
        }
        lines << (b.over() ? tr("<b>Over budget</b>: %1") : tr("Budget: %1"))
                     .arg(qs(ProjectBudget::text(b)).toHtmlEscaped());
    }
    m_budgetText->setText(lines.join(QStringLiteral("<br>")));
}

void ProjectView::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    button(QStringLiteral("duplicate"))->setEnabled(row >= 0);
    button(QStringLiteral("remove"))->setEnabled(row >= 0 && rows > 1);
    button(QStringLiteral("up"))->setEnabled(row > 0);
    button(QStringLiteral("down"))->setEnabled(row >= 0 && row < rows - 1);
}

void ProjectView::addItem()
{
    const int row = std::max(0, currentRow());
    ProjectItem item;
    if (m_model->rowCount() > 0) {
        // The same hardware and place as the selected job: the usual next item (tuning, serving).
        const ProjectItem& from = m_model->item(row);
        item.input.hardware = from.input.hardware;
        item.input.count = from.input.count;
        item.input.hours = from.input.hours;
        item.input.location = from.input.location;
    }
    item.label = tr("Job %1").arg(m_model->rowCount() + 1).toStdString();
    setCurrentRow(m_model->insertItem(m_model->rowCount(), std::move(item)));
}

void ProjectView::duplicateItem()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ProjectItem copy = m_model->item(row);
    copy.label = tr("%1 (copy)").arg(qs(copy.label)).toStdString();
    setCurrentRow(m_model->insertItem(row + 1, std::move(copy)));
}

void ProjectView::removeItem()
{
    const int row = currentRow();
    if (row < 0 || m_model->rowCount() <= 1)
        return;
    m_model->removeItem(row);
    setCurrentRow(std::min(row, m_model->rowCount() - 1));
    emit currentItemChanged(currentRow());  // the form must show the item now selected
}

void ProjectView::moveUp()
{
    const int row = currentRow();
    if (row > 0) {
        m_model->moveItem(row, row - 1);
        setCurrentRow(row - 1);
        emit currentItemChanged(row - 1);  // the selection moved with the row and may not signal
    }
}

void ProjectView::moveDown()
{
    const int row = currentRow();
    if (row >= 0 && row + 1 < m_model->rowCount()) {
        m_model->moveItem(row, row + 1);
        setCurrentRow(row + 1);
        emit currentItemChanged(row + 1);
    }
}

void ProjectView::showTotals(const ProjectResult* r, const QString& problem)
{
    if (!r) {
        m_shown.reset();
        m_totals->setText(tr("<b>No total yet</b>: %1").arg(problem.toHtmlEscaped()));
        showBudget();
        updateChart();
        return;
    }
    m_shown = *r;
    QString text = tr("<b>Total: %1</b> (location-based; range %2 to %3), %4 of electricity, %n item(s)", nullptr,
                      static_cast<int>(r->items.size()))
                       .arg(qs(NumberFormat::mass(r->emissionsKg)), qs(NumberFormat::mass(r->emissionsLowKg)),
                            qs(NumberFormat::mass(r->emissionsHighKg)), qs(NumberFormat::energy(r->energyKwh)));
    if (r->marketEmissionsKg < r->emissionsKg)
        text += tr("; market-based %1").arg(qs(NumberFormat::mass(r->marketEmissionsKg)));
    QStringList phases;
    for (const auto& [phase, total] : r->phases)
        phases << tr("%1 %2 (%3)")
                      .arg(qs(phase), qs(NumberFormat::mass(total.emissionsKg)),
                           qs(NumberFormat::energy(total.energyKwh)));
    text += QStringLiteral("<br>") + tr("By phase: %1").arg(phases.join(QStringLiteral(", ")));
    // Embodied and water, summed apart from the total (the model's lines).
    for (const QString& line : qs(ProjectReport::beyondText(*r)).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        text += QStringLiteral("<br>") + line.toHtmlEscaped();
    m_totals->setText(text);
    showBudget();
    updateChart();
}

void ProjectView::showPreset(const PresetComparison* c, const Estimate* current)
{
    m_preset->setVisible(c != nullptr);
    if (!c)
        return;
    m_preset->setTitle(tr("Published run: %1").arg(qs(c->run->name)));
    QString table = QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th align=left></th><th align=right>%1</th>"
                                   "<th align=right>%2</th><th align=right>%3</th></tr>")
                        .arg(tr("Energy"), tr("Emissions"), tr("vs reported"));
    for (const PresetFigure& f : PresetReport::figures(*c, current)) {
        table +=
            QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                .arg(html(f.label), optionalEnergy(f.energyKwh), optionalMass(f.emissionsKg),
                     f.estimate ? optionalRatio(f.emissionsRatio) : QString());
    }
    table += QStringLiteral("</table>");
    QString notes;
    for (const auto& line : c->reasons)
        notes += QStringLiteral("<li>%1</li>").arg(tr("Differs: %1").arg(html(line)));
    for (const auto& line : c->filledIn)
        notes += QStringLiteral("<li>%1</li>").arg(tr("From the database: %1").arg(html(line)));
    if (!notes.isEmpty())
        table += QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0\">%1</ul>").arg(notes);
    table += QStringLiteral("<small>%1</small>")
                 .arg(tr("Source: %1. Edit the item (hardware, place) for a what-if.").arg(html(c->run->source)));
    m_presetText->setText(table);
}

void ProjectView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChart();
}

void ProjectView::updateChart()
{
    QChart* chart = m_chartView->chart();
    ChartStyle::clear(chart);
    const QPalette pal = palette();
    ChartStyle::applyPalette(chart, pal);  // the empty chart too: its background and title
    if (!m_shown || m_shown->phases.empty())
        return;
    double maxKg = 0;
    for (const auto& entry : m_shown->phases)
        maxKg = std::max(maxKg, entry.second.emissionsKg);
    const NumberFormat::Unit unit = NumberFormat::massUnit(maxKg);  // the unit of the totals line above
    auto* set = new QBarSet(tr("Emissions"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    set->setLabelColor(pal.color(QPalette::Text));
    QStringList categories;
    for (const auto& [phase, total] : m_shown->phases) {
        *set << total.emissionsKg / unit.scale;
        categories << qs(phase);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);  // small phases keep a readable label
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    ChartStyle::addBarAxes(chart, series, categories, tr("Emissions (%1)").arg(QLatin1String(unit.name)), {});
    ChartStyle::applyPalette(chart, pal);
}

}  // namespace mlcarbon
