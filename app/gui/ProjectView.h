#pragma once
#include "PresetProject.h"
#include "ProjectCalculator.h"

#include <QWidget>

class QChartView;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mlcarbon {

class ProjectItemModel;

// The "Project" tab: the project's items (add, duplicate, remove, reorder; label and phase edited
// in place), its totals and range, emissions per phase as a chart, and, for a published run, the
// authors' figures beside mlcarbon's. The selected item is the one the form edits.
class ProjectView : public QWidget {
    Q_OBJECT
public:
    explicit ProjectView(ProjectItemModel* model, QWidget* parent = nullptr);

    int currentRow() const;
    void setCurrentRow(int row);
    // Totals of a computed project, or why there are none (an item is incomplete).
    void showTotals(const ProjectResult* result, const QString& problem = {});
    // A published run's comparison; `current` is the first item as now edited. nullptr hides it.
    void showPreset(const PresetComparison* comparison, const Estimate* current);
    void refreshName();

    QTableView* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* presetLabel() const { return m_presetText; }
    QGroupBox* presetBox() const { return m_preset; }
    QChartView* phaseChart() const { return m_chartView; }
    QPushButton* button(const QString& name) const;

public slots:
    void addItem();
    void duplicateItem();
    void removeItem();
    void moveUp();
    void moveDown();

signals:
    void currentItemChanged(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    // The constructor's steps, top to bottom, then what the name, the selection and the model do.
    void createTable();
    QHBoxLayout* createButtons();
    void createChart();
    void connectModel();
    void updateButtons();
    void updateChart();

    ProjectItemModel* m_model;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_budget = nullptr;
    QLabel* m_budgetError = nullptr;
    QProgressBar* m_budgetBar = nullptr;
    QLabel* m_budgetText = nullptr;
    void showBudget();
    QGroupBox* m_preset = nullptr;
    QLabel* m_presetText = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QChartView* m_chartView = nullptr;
    std::optional<ProjectResult> m_shown;
};

}  // namespace mlcarbon
