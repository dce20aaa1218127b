#pragma once
#include "HardwareRanking.h"

#include <QAbstractTableModel>

#include <vector>

namespace mlcarbon {

// The rows of "Cleaner hardware" for a QTableView: display text, numeric sort keys, tooltips.
class HardwareTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank,
        Name,
        Vendor,
        Released,
        Memory,
        Peak,
        Power,
        DeviceHours,
        Emissions,
        SavingPct,
        Embodied,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit HardwareTableModel(QObject* parent = nullptr);

    void setRows(std::vector<RankedHardware> rows);
    const std::vector<RankedHardware>& rows() const { return m_rows; }
    const RankedHardware& row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<RankedHardware> m_rows;
};

}  // namespace mlcarbon
