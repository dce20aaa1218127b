#include "HardwareTableModel.h"

#include "NumberFormat.h"
#include "QtText.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace mlcarbon {

HardwareTableModel::HardwareTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HardwareTableModel::setRows(std::vector<RankedHardware> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int HardwareTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HardwareTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HardwareTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RankedHardware& r = m_rows[static_cast<std::size_t>(index.row())];
    const Hardware& h = *r.hardware;
    const int column = index.column();
    using NF = NumberFormat;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Rank: return index.row() + 1;
        case Name: return qs(h.name);
        case Vendor: return qs(h.vendor);
        case Released: return h.year ? QVariant(*h.year) : QVariant(QStringLiteral("-"));
        case Memory: return h.memoryGb ? qs(NF::significant(*h.memoryGb)) : QStringLiteral("-");
        case Peak: return qs(NF::significant(r.peakFlops / 1e12));
        case Power: return qs(NF::significant(r.powerW));
        case DeviceHours: return qs(NF::significant(r.deviceHours));
        case Emissions: return qs(NF::mass(r.emissionsKg));
        case SavingPct:
            return r.savingPct ? qs(NF::significant(*r.savingPct)) + QStringLiteral(" %") : QStringLiteral("-");
        case Embodied: return r.embodiedPerDeviceKg ? qs(NF::mass(*r.embodiedPerDeviceKg)) : tr("none");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Rank: return index.row();
        case Released: return h.year.value_or(0);
        case Memory: return h.memoryGb.value_or(0);
        case Peak: return r.peakFlops;
        case Power: return r.powerW;
        case DeviceHours: return r.deviceHours;
        case Emissions: return r.emissionsKg;
        case SavingPct: return r.savingPct.value_or(0);
        case Embodied: return r.embodiedPerDeviceKg.value_or(-1);  // "none" sorts first
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column != Name && column != Vendor)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.chosen) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && r.chosen)
        return QApplication::palette().color(QPalette::Highlight);
    if (role == Qt::ForegroundRole && r.chosen)
        return QApplication::palette().color(QPalette::HighlightedText);
    if (role == Qt::ToolTipRole) {
        QString tip =
            qs(h.name) + QStringLiteral(" [") + qs(h.id) + QStringLiteral("]\n")
            + tr("%1 device-hours, %2 h on each device; %3 of energy")
                  .arg(qs(NF::significant(r.deviceHours)), qs(NF::significant(r.hours)), qs(NF::energy(r.energyKwh)));
        if (!h.peakFlopsNote.empty())
            tip += QStringLiteral("\n") + qs(h.peakFlopsNote);
        tip += QStringLiteral("\n") + qs(h.peakFlopsSource);
        if (r.embodiedKg)
            tip += QStringLiteral("\n")
                   + tr("Embodied share of this job: %1 (apart from the emissions)").arg(qs(NF::mass(*r.embodiedKg)));
        if (r.chosen)
            tip += QStringLiteral("\n") + tr("This is the chosen hardware.");
        else
            tip += QStringLiteral("\n") + tr("Double-click to make it the hardware of the job.");
        return tip;
    }
    return {};
}

QVariant HardwareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Peak: return tr("Dense peak FLOP/s at the job's precision (Epoch AI), in TFLOP/s");
        case Power: return tr("TDP x utilisation, in W");
        case DeviceHours: return tr("Training compute / (peak x MFU) / 3600");
        case Emissions: return tr("Location-based emissions of the same work on this device, CO2e");
        case Embodied:
            return tr("Embodied (manufacturing) emissions of one device: the vendor's product footprint, else the "
                      "die-area model; a newer device may trade more of them for less energy");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case Name: return tr("Hardware");
    case Vendor: return tr("Vendor");
    case Released: return tr("Released");
    case Memory: return tr("GB");
    case Peak: return tr("TFLOP/s");
    case Power: return tr("W");
    case DeviceHours: return tr("Device-hours");
    case Emissions: return tr("CO2e");
    case SavingPct: return tr("Saving %");
    case Embodied: return tr("Embodied/device");
    default: return {};
    }
}

}  // namespace mlcarbon
