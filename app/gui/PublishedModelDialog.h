#pragma once
#include "Catalog.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace mlcarbon {

// File > Open published model: one searchable list of the published runs with reported emissions
// (first, marked) and Epoch AI's published models; the selected entry's record, assumptions and
// gaps are shown before it opens.
class PublishedModelDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { None, Run, Model };

    PublishedModelDialog(const Catalog& catalog, QWidget* parent = nullptr);

    Kind chosenKind() const { return m_kind; }
    QString chosenId() const { return m_id; }

    // For tests: the search field and the list.
    QLineEdit* searchField() const { return m_search; }
    QTableView* list() const { return m_view; }
    void choose(int row);  // as a double-click on `row` would

private:
    void fill(const QString& search);
    void showSelected();

    const Catalog& m_catalog;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_details = nullptr;
    Kind m_kind = Kind::None;
    QString m_id;
};

}  // namespace mlcarbon
