#pragma once
#include "Calculator.h"
#include "HardwareRanking.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace mlcarbon {

class HardwareTableModel;

// "Cleaner hardware": the same training compute on every accelerator with a peak figure, as a
// sortable table and a bar chart of the chosen device against the cleanest ones, with filters.
// Rows come from HardwareRanking; a job given in hours is told what it needs.
class HardwareComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit HardwareComparisonView(const Calculator& calculator, QWidget* parent = nullptr);

    void setReference(const Estimate& estimate);
    void clear(const QString& why);
    HardwareFilter filter() const;

    HardwareTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* vendorBox() const { return m_vendor; }
    QSpinBox* sinceBox() const { return m_since; }
    QSpinBox* memoryBox() const { return m_memory; }
    QLabel* summaryLabel() const { return m_summary; }
    QChartView* chartView() const { return m_chartView; }

signals:
    // A row chosen: the job's hardware becomes this device (a what-if edit of the form).
    void hardwareChosen(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateChart();

    const Calculator& m_calculator;
    std::optional<Estimate> m_reference;
    HardwareTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_vendor = nullptr;
    QSpinBox* m_since = nullptr;
    QSpinBox* m_memory = nullptr;
    QSpinBox* m_chartCount = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_chartView = nullptr;
};

}  // namespace mlcarbon
