#pragma once
#include "Equivalents.h"
#include "Estimate.h"

#include <QScrollArea>

class QLabel;
class QWidget;

namespace mlcarbon {

// Shows one estimate as the model computed it: headline figures, range, market-based figure,
// breakdown, formula with the numbers put in, equivalents and sources. With bad or missing
// input it shows what is missing, never a stale or zero number.
class ResultView : public QScrollArea {
    Q_OBJECT
public:
    explicit ResultView(QWidget* parent = nullptr);

    void showEstimate(const Estimate& estimate, const std::vector<Equivalent>& equivalents);
    void showProblems(const QStringList& problems);

    QLabel* emissionsLabel() const { return m_emissions; }
    QLabel* energyLabel() const { return m_energy; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* basisLabel() const { return m_basis; }
    QLabel* workLabel() const { return m_work; }
    bool showsResult() const;

private:
    QWidget* m_content = nullptr;
    void showWork(const Estimate& e);

    QLabel* m_problem = nullptr;
    QLabel* m_emissions = nullptr;
    QLabel* m_energy = nullptr;
    QLabel* m_range = nullptr;
    QLabel* m_market = nullptr;
    QLabel* m_basis = nullptr;
    QLabel* m_work = nullptr;  // training compute to device-hours, when the work was given so
    QLabel* m_notes = nullptr;
    QLabel* m_breakdown = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_equivalents = nullptr;
    QLabel* m_beyond = nullptr;  // embodied, water, serving: apart from the emissions
    QWidget* m_beyondSection = nullptr;
    QLabel* m_sources = nullptr;
};

}  // namespace mlcarbon
