#pragma once
#include "RegionRanking.h"

#include <QAbstractTableModel>

#include <vector>

namespace mlcarbon {

// Adapts a region ranking (model rows) to a QTableView. Display text uses the model's
// number formatting; SortRole gives the raw numbers so sorting is numeric.
class RegionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank,
        Provider,
        Region,
        Location,
        Intensity,
        Basis,
        Pue,
        Emissions,
        SavingKg,
        SavingPct,
        Water,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RegionTableModel(QObject* parent = nullptr);

    void setRows(std::vector<RankedRegion> rows);
    const RankedRegion& row(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }
    const std::vector<RankedRegion>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<RankedRegion> m_rows;
};

}  // namespace mlcarbon
