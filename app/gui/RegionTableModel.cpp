#include "RegionTableModel.h"

#include "CatalogTables.h"
#include "EstimateReport.h"
#include "NumberFormat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace mlcarbon {

RegionTableModel::RegionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RegionTableModel::setRows(std::vector<RankedRegion> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RegionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RegionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

// "231 g CO2e" -> "231 g": the column header names the gas once.
static QString withoutGas(const std::string& s)
{
    QString t = text(s);
    t.remove(QStringLiteral(" CO2e"));
    return t;
}

QVariant RegionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RankedRegion& r = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Rank: return index.row() + 1;
        case Provider: return r.provider.empty() ? tr("own") : text(r.provider);
        case Region: return text(r.code);
        case Location: return text(r.name) + QStringLiteral(" (") + text(r.country) + QLatin1Char(')');
        case Intensity:
            // A row without a figure for the year of the run shows the year it uses, marked.
            return text(NumberFormat::significant(r.intensity)) + QStringLiteral(" (")
                   + (r.yearFallback ? tr("%1, nearest").arg(r.intensityYear) : QString::number(r.intensityYear))
                   + QLatin1Char(')');
        case Basis: return text(CatalogTables::basisCell(r));
        case Pue:
            // A default PUE (not a figure for that place) is marked, as the basis is.
            return text(NumberFormat::significant(r.pue)) + (isDefault(r.pueOrigin) ? QStringLiteral("*") : QString());
        case Emissions: return withoutGas(NumberFormat::mass(r.emissionsKg));
        case SavingKg: return withoutGas(NumberFormat::mass(r.savingKg));
        case SavingPct:
            return r.savingPct ? text(NumberFormat::significant(*r.savingPct)) + QStringLiteral(" %")
                               : QStringLiteral("-");
        case Water: return r.waterL ? text(NumberFormat::volume(*r.waterL)) : QStringLiteral("-");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case Rank: return index.row();
        case Intensity: return r.intensity;
        case Pue: return r.pue;
        case Emissions: return r.emissionsKg;
        case SavingKg: return r.savingKg;
        case SavingPct: return r.savingPct.value_or(0);
        case Water: return r.waterL.value_or(-1);  // places without a figure sort first
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column != Provider && column != Region && column != Location
        && column != Basis)
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
        QString tip = text(r.providerName) + QStringLiteral(": ") + text(r.name) + QStringLiteral("\n")
                      + tr("Grid intensity %1 gCO2e/kWh (%2), %3 basis")
                            .arg(text(NumberFormat::significant(r.intensity)))
                            .arg(r.intensityYear)
                            .arg(text(Basis::label(r.basis)));
        if (r.basisFallback)
            tip += QStringLiteral("\n") + tr("No figure on the chosen basis for this place: this row uses another.");
        if (r.yearFallback)
            tip += QStringLiteral("\n")
                   + tr("No figure for the year of the run for this place: its nearest year's (%1) is used.")
                         .arg(r.intensityYear);
        tip += QStringLiteral("\n") + text(r.intensitySource);
        tip += QStringLiteral("\n") + tr("PUE %1").arg(text(NumberFormat::significant(r.pue)));
        if (const std::string note = EstimateReport::pueOriginNote(r.pueOrigin); !note.empty())
            tip += QStringLiteral(" (") + text(note) + QLatin1Char(')');
        if (r.chosen)
            tip += QStringLiteral("\n") + tr("This is the chosen location.");
        return tip;
    }
    return {};
}

QVariant RegionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case Intensity: return tr("Grid carbon intensity in gCO2e/kWh, with the year of the figure");
        case Basis:
            return tr("Basis of the grid intensity (life-cycle, direct, provider-published, unspecified); * marks a "
                      "place with no figure on the chosen basis");
        case Pue:
            return tr("PUE of the place; * marks a default (provider fleet or own-hardware), not a figure "
                      "published for that place");
        case Emissions: return tr("Location-based emissions of the same job there, CO2e");
        case SavingKg: return tr("Chosen location's emissions minus this one's, CO2e (negative: dirtier)");
        case Water:
            return tr("Water of the same job there: on site (WUE) and to generate the electricity; apart from the "
                      "emissions");
        default: break;
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank: return tr("#");
    case Provider: return tr("Provider");
    case Region: return tr("Region / zone");
    case Location: return tr("Location");
    case Intensity: return tr("g/kWh (year)");
    case Basis: return tr("Basis");
    case Pue: return tr("PUE");
    case Emissions: return tr("CO2e");
    case SavingKg: return tr("Saving");
    case SavingPct: return tr("Saving %");
    case Water: return tr("Water");
    default: return {};
    }
}

}  // namespace mlcarbon
