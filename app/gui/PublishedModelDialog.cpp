#include "PublishedModelDialog.h"

#include "CatalogSearch.h"
#include "NumberFormat.h"
#include "PublishedModelJob.h"
#include "PublishedModelReport.h"
#include "QtText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mlcarbon {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);  // the columns cut long names and the gaps a record has
    return item;
}

}  // namespace

PublishedModelDialog::PublishedModelDialog(const Catalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Open published model"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Runs with reported emissions open as a project beside what their authors reported. The other "
           "models are Epoch AI's records: their hardware, hours or training compute; the place and the year are "
           "assumptions you can change."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("modelSearch"));
    m_search->setPlaceholderText(tr("Search by name, organisation or year (e.g. llama meta 2023)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Organisation or source"), tr("Year"), tr("Hardware"), tr("Estimates from")});
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("modelDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().height() * 5);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    QPushButton* open = buttons->button(QDialogButtonBox::Open);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { choose(m_view->currentIndex().row()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) { choose(i.row()); });
    connect(m_search, &QLineEdit::textChanged, this, &PublishedModelDialog::fill);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0)
            choose(std::max(0, m_view->currentIndex().row()));
    });
    fill(QString());
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, open] {
        open->setEnabled(m_view->currentIndex().isValid());
        showSelected();
    });
    resize(980, 600);
    m_view->setColumnWidth(0, 300);
    m_view->setColumnWidth(1, 260);
    m_view->setColumnWidth(2, 50);
    m_view->setColumnWidth(3, 190);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void PublishedModelDialog::fill(const QString& search)
{
    m_model->removeRows(0, m_model->rowCount());
    const std::string text = search.toStdString();
    // The runs with reported emissions first: they are the ones with a figure to compare with.
    for (const PublishedRun* runPtr : CatalogSearch::runs(m_catalog, text)) {
        const PublishedRun& run = *runPtr;
        const Hardware* h = m_catalog.hardwareById(run.hardware);
        QList<QStandardItem*> row{
            cell(qs(run.name)), cell(qs(run.source)), cell(run.runYear ? QString::number(*run.runYear) : QString()),
            cell(h ? qs(h->name) : qs(run.hardware)),
            cell(run.reportedTco2e
                     ? tr("reported emissions: %1 t CO2e").arg(qs(NumberFormat::significant(*run.reportedTco2e)))
                     : tr("reported inputs"))};
        QFont bold = row.front()->font();
        bold.setBold(true);
        for (QStandardItem* item : row)
            item->setFont(bold);
        row.front()->setData(int(Kind::Run), kKindRole);
        row.front()->setData(qs(run.id), kIdRole);
        m_model->appendRow(row);
    }
    for (const PublishedModel* m : CatalogSearch::models(m_catalog, text)) {
        const ModelJob job = PublishedModelJob::of(m_catalog, *m);
        const Hardware* h = m->hardware.empty() ? nullptr : m_catalog.hardwareById(m->hardware);
        const QString from = !job.estimable()                    ? tr("lacks: %1").arg(qs(job.missing.front()))
                             : job.work == ModelJob::Work::Hours ? tr("devices and hours")
                                                                 : tr("training compute");
        QList<QStandardItem*> row{cell(qs(m->name)), cell(qs(m->organization)), cell(QString::number(m->year)),
                                  cell(h ? qs(h->name) : qs(m->hardwareName)), cell(from)};
        if (!job.estimable())
            row.back()->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        row.front()->setData(int(Kind::Model), kKindRole);
        row.front()->setData(qs(m->id), kIdRole);
        m_model->appendRow(row);
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showSelected();
}

void PublishedModelDialog::showSelected()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_details->setText(m_model->rowCount() == 0 ? tr("No published model or run matches.") : QString());
        return;
    }
    const QStandardItem* first = m_model->item(row, 0);
    const std::string id = first->data(kIdRole).toString().toStdString();
    QString text;
    if (first->data(kKindRole).toInt() == int(Kind::Run)) {
        const PublishedRun* run = m_catalog.publishedRun(id);
        if (!run)
            return;
        text = QStringLiteral("<b>%1</b><br>%2").arg(html(run->name), html(run->source));
        if (!run->note.empty())
            text += QStringLiteral("<br><span style='color:gray'>%1</span>").arg(html(run->note));
    } else {
        const PublishedModel* m = m_catalog.publishedModel(id);
        if (!m)
            return;
        const ModelJob job = PublishedModelJob::of(m_catalog, *m);
        text = QStringLiteral("<b>%1</b><br>%2: %3")
                   .arg(html(PublishedModelReport::title(*m)), tr("Epoch AI's record"),
                        html(PublishedModelReport::record(m_catalog, *m)));
        QStringList lines;
        for (const auto& a : job.assumptions)
            lines << tr("Assumed: %1").arg(html(a));
        for (const auto& missing : job.missing)
            lines << QStringLiteral("<span style='color:#b00020'>%1</span>").arg(tr("Lacks: %1").arg(html(missing)));
        text += QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    }
    m_details->setText(text);
}

void PublishedModelDialog::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QStandardItem* first = m_model->item(row, 0);
    m_kind = static_cast<Kind>(first->data(kKindRole).toInt());
    m_id = first->data(kIdRole).toString();
    accept();
}

}  // namespace mlcarbon
