#pragma once
#include "Estimate.h"
#include "HourlyDatabase.h"
#include "WhenQuery.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace mlcarbon {

// "When": the day's grid intensity at the job's place (its actual hours on a date, or a month's
// typical day), with the job drawn on it for starting now, for the best start in the window and
// paused in the dirtiest hours, and the savings beside it. The hourly data load the first time the
// tab is shown; WhenQuery does every computation.
class WhenView : public QWidget {
    Q_OBJECT
public:
    explicit WhenView(QWidget* parent = nullptr);

    void setEstimate(const Estimate& estimate);
    void clear(const QString& why);
    std::optional<WhenRequest> request() const;
    const std::optional<WhenResult>& result() const { return m_result; }

    QComboBox* dayKindBox() const { return m_dayKind; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* monthBox() const { return m_month; }
    QSpinBox* hourBox() const { return m_hour; }
    QComboBox* windowKindBox() const { return m_windowKind; }
    QSpinBox* windowBox() const { return m_window; }
    QSpinBox* minSlotBox() const { return m_minSlot; }
    QLabel* summaryLabel() const { return m_summary; }
    QChartView* chartView() const { return m_chartView; }
    QPushButton* importButton() const { return m_import; }

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void drawChart();
    void importSeries();
    bool loadHours();

    std::optional<Estimate> m_estimate;
    std::optional<WhenResult> m_result;
    std::unique_ptr<HourlyDatabase> m_hours;
    QString m_loadError;
    QComboBox* m_dayKind = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_month = nullptr;
    QSpinBox* m_hour = nullptr;
    QComboBox* m_windowKind = nullptr;
    QSpinBox* m_window = nullptr;
    QSpinBox* m_minSlot = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_chartView = nullptr;
    bool m_dirty = true;
};

}  // namespace mlcarbon
