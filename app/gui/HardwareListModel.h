#pragma once
#include "Catalog.h"

#include <QAbstractListModel>

#include <vector>

namespace mlcarbon {

// The hardware database as a list for the hardware combo box: accelerators first, then CPUs,
// each labelled with kind, vendor and TDP. IdRole gives the database id.
class HardwareListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit HardwareListModel(const Catalog& catalog, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    // Row of an id, or -1.
    int rowOf(const QString& id) const;
    static QString label(const Hardware& h);

private:
    std::vector<const Hardware*> m_items;
    QStringList m_labels;  // built once: the combo box and its completer ask for every label often
};

}  // namespace mlcarbon
