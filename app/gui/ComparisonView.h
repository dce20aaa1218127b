#pragma once
#include "Calculator.h"
#include "ProjectCalculator.h"
#include "RegionRanking.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace mlcarbon {

class BasisBox;
class RegionTableModel;

// "Cleaner regions": the same job everywhere, as a sortable, searchable table and a bar chart
// of the chosen location against the cleanest ones. Rows come from RegionRanking.
class ComparisonView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonView(const Calculator& calculator, QWidget* parent = nullptr);

    void setReference(const Estimate& estimate);
    // A project of several items adds "the whole project" as what to compare (ProjectCalculator::rankMoved);
    // none, or one item, hides the choice.
    void setProject(std::optional<ProjectResult> project);
    bool wholeProject() const;
    void clear(const QString& why);

    QTableView* table() const { return m_table; }
    RegionTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* subjectBox() const { return m_subject; }
    BasisBox* basisBox() const { return m_basis; }
    QLabel* summaryLabel() const { return m_summary; }
    QLineEdit* searchBox() const { return m_search; }
    QChartView* chartView() const { return m_chartView; }

signals:
    void locationChosen(const mlcarbon::Location& location);
    // A row chosen while the whole project is compared: every item should move there.
    void projectLocationChosen(const mlcarbon::Location& location);
    // The person chose another intensity basis here (the window applies it everywhere).
    void basisChosen(mlcarbon::IntensityBasis basis);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The constructor's steps: the controls above the table (returned as their row), the table,
    // the chart, and what each control does.
    QHBoxLayout* createControls();
    void createTable();
    void createChart();
    void connectControls();
    void rebuild();
    void updateChart();
    void updateScopes();
    // Enables "Same provider" where it can compare; false when it is chosen and cannot.
    bool updateScopesKeepsChoice();

    const Calculator& m_calculator;
    std::optional<Estimate> m_reference;
    std::optional<ProjectResult> m_project;
    QComboBox* m_subject = nullptr;
    QComboBox* m_scope = nullptr;
    BasisBox* m_basis = nullptr;
    std::vector<int> m_chartRows;  // the model rows of the bars, top to bottom, for their tooltips
    QLineEdit* m_search = nullptr;
    QSpinBox* m_chartCount = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    RegionTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QChartView* m_chartView = nullptr;
};

}  // namespace mlcarbon
