#pragma once
#include "Project.h"
#include "ProjectCalculator.h"

#include <QAbstractTableModel>

#include <optional>

namespace mlcarbon {

// The items of a project for a QTableView: label and phase are edited in place; the other
// columns show each item's inputs and, once computed, its energy, emissions and share from the
// model's ProjectResult. Row order is the project's order (reordered with moveItem()).
class ProjectItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Label, Phase, Hardware, Devices, Hours, Location, Energy, Emissions, Share, ColumnCount };

    explicit ProjectItemModel(QObject* parent = nullptr);

    const Project& project() const { return m_project; }
    void setProject(Project project);
    // The project's computed figures (items aligned with rows), or none while an item is incomplete.
    void setResult(std::optional<ProjectResult> result);
    const std::optional<ProjectResult>& result() const { return m_result; }

    ProjectItem& item(int row) { return m_project.items.at(static_cast<std::size_t>(row)); }
    void setItemInput(int row, const EstimateInput& input);
    void setName(const std::string& name);
    void setBudget(std::optional<double> budgetKg);  // emits edited() when it changes
    void setBasis(IntensityBasis basis);             // emits edited() when it changes
    int insertItem(int row, ProjectItem item);       // returns the new row
    void removeItem(int row);
    void moveItem(int from, int to);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The user changed the project (an item, its order, a label, the name): it needs saving.
    void edited();

private:
    Project m_project;
    std::optional<ProjectResult> m_result;
};

}  // namespace mlcarbon
