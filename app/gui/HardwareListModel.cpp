#include "HardwareListModel.h"

#include "NumberFormat.h"

#include <algorithm>

namespace mlcarbon {

HardwareListModel::HardwareListModel(const Catalog& catalog, QObject* parent)
    : QAbstractListModel(parent)
{
    for (const auto& h : catalog.hardware())
        m_items.push_back(&h);
    // Accelerators before CPUs, then by vendor and name: the list reads as grouped.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Hardware* a, const Hardware* b) {
        const bool acpu = a->kind == HardwareKind::Cpu, bcpu = b->kind == HardwareKind::Cpu;
        if (acpu != bcpu)
            return !acpu;
        return a->name < b->name;
    });
    m_labels.reserve(static_cast<qsizetype>(m_items.size()));
    for (const Hardware* h : m_items)
        m_labels << label(*h);
}

QString HardwareListModel::label(const Hardware& h)
{
    QString kind = QString::fromUtf8(Kinds::key(h.kind)).toUpper();
    return QStringLiteral("%1  (%2, %3 W)")
        .arg(QString::fromStdString(h.name), kind, QString::fromStdString(NumberFormat::significant(h.tdpW)));
}

int HardwareListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant HardwareListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Hardware& h = *m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return m_labels.at(index.row());
    case IdRole: return QString::fromStdString(h.id);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 %3, TDP %4 W%5\n%6")
            .arg(QString::fromStdString(h.name), QString::fromStdString(h.vendor),
                 QString::fromUtf8(Kinds::key(h.kind)), QString::fromStdString(NumberFormat::significant(h.tdpW)),
                 h.year ? QStringLiteral(", released %1").arg(*h.year) : QString(), QString::fromStdString(h.source));
    default: return {};
    }
}

int HardwareListModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (QString::fromStdString(m_items[i]->id) == id)
            return static_cast<int>(i);
    }
    return -1;
}

}  // namespace mlcarbon
