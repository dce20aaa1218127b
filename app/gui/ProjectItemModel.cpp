#include "ProjectItemModel.h"

#include "EstimateReport.h"
#include "NumberFormat.h"
#include "QtText.h"

#include <algorithm>

namespace mlcarbon {

namespace {

// An item's place as typed, for rows not yet computed.
QString placeOf(const Location& l)
{
    switch (l.kind) {
    case Location::Kind::Cloud: return qs(l.provider + " " + l.region);
    case Location::Kind::Zone: return qs(l.zone) + QObject::tr(" (own hardware)");
    case Location::Kind::Custom: return qs(NumberFormat::significant(l.intensityGPerKwh) + " gCO2e/kWh");
    case Location::Kind::None: break;
    }
    return {};
}

}  // namespace

ProjectItemModel::ProjectItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProjectItemModel::setProject(Project project)
{
    beginResetModel();
    m_project = std::move(project);
    m_result.reset();
    endResetModel();
}

void ProjectItemModel::setResult(std::optional<ProjectResult> result)
{
    m_result = std::move(result);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProjectItemModel::setItemInput(int row, const EstimateInput& input)
{
    item(row).input = input;
    emit dataChanged(index(row, Hardware), index(row, ColumnCount - 1));
    emit edited();
}

void ProjectItemModel::setName(const std::string& name)
{
    if (name == m_project.name)
        return;
    m_project.name = name;
    emit edited();
}

void ProjectItemModel::setBudget(std::optional<double> budgetKg)
{
    if (budgetKg == m_project.budgetKg)
        return;
    m_project.budgetKg = budgetKg;
    emit edited();
}

void ProjectItemModel::setBasis(IntensityBasis basis)
{
    if (basis == m_project.basis)
        return;
    m_project.basis = basis;
    emit edited();
}

int ProjectItemModel::insertItem(int row, ProjectItem item)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_project.items.insert(m_project.items.begin() + row, std::move(item));
    m_result.reset();  // rows and results would no longer line up
    endInsertRows();
    emit edited();
    return row;
}

void ProjectItemModel::removeItem(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_project.items.erase(m_project.items.begin() + row);
    m_result.reset();
    endRemoveRows();
    emit edited();
}

void ProjectItemModel::moveItem(int from, int to)
{
    if (from == to || from < 0 || to < 0 || from >= rowCount() || to >= rowCount())
        return;
    // Qt's destination is the row before which the item lands, in the pre-move numbering.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    ProjectItem moved = std::move(m_project.items[static_cast<std::size_t>(from)]);
    m_project.items.erase(m_project.items.begin() + from);
    m_project.items.insert(m_project.items.begin() + to, std::move(moved));
    m_result.reset();
    endMoveRows();
    emit edited();
}

int ProjectItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_project.items.size());
}

int ProjectItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectItemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t row = static_cast<std::size_t>(index.row());
    const ProjectItem& item = m_project.items[row];
    const Estimate* e = m_result && row < m_result->items.size() ? &m_result->items[row] : nullptr;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Devices && index.column() != Location ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Location && e)
            return qs(EstimateReport::locationLabel(*e));
        if (index.column() == Label || index.column() == Phase)
            return tr("Double-click to edit; select the row to edit the job in the form.");
        if (e && (index.column() == Energy || index.column() == Emissions))
            return qs(EstimateReport::energyFormula(*e) + "\n" + EstimateReport::emissionsFormula(*e));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Label: return qs(item.label);
    case Phase: return qs(item.phase);
    case Hardware: return e ? qs(e->hardware.name) : qs(item.input.hardware);
    case Devices: return qs(NumberFormat::integer(item.input.count));
    case Hours: return qs(NumberFormat::exact(item.input.hours));  // an input: shown as typed, not rounded
    case Location: return placeOf(item.input.location);            // short; the tooltip has the full place
    case Energy: return e ? qs(NumberFormat::energy(e->energyKwh)) : QStringLiteral("-");
    case Emissions: return e ? qs(NumberFormat::mass(e->emissionsKg)) : QStringLiteral("-");
    case Share:
        return e ? qs(NumberFormat::significant(100.0 * m_result->shares[row])) + QStringLiteral(" %")
                 : QStringLiteral("-");
    default: return {};
    }
}

bool ProjectItemModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    ProjectItem& it = item(index.row());
    const std::string text = value.toString().trimmed().toStdString();
    if (index.column() == Label) {
        if (text == it.label)
            return false;
        it.label = text;
    } else if (index.column() == Phase) {
        const auto& phases = Project::phases();
        if (text == it.phase || std::find(phases.begin(), phases.end(), text) == phases.end())
            return false;  // the editor offers only the known phases
        it.phase = text;
    } else {
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

QVariant ProjectItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return tr("Item");
    case Phase: return tr("Phase");
    case Hardware: return tr("Hardware");
    case Devices: return tr("Devices");
    case Hours: return tr("Hours");
    case Location: return tr("Location");
    case Energy: return tr("Energy");
    case Emissions: return tr("Emissions");
    case Share: return tr("Share");
    default: return {};
    }
}

Qt::ItemFlags ProjectItemModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Label || index.column() == Phase)
        f |= Qt::ItemIsEditable;
    return f;
}

}  // namespace mlcarbon
