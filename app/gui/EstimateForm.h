#pragma once
#include "Catalog.h"
#include "Estimate.h"
#include "EstimateInput.h"
#include "LocationPicker.h"
#include "WhatIf.h"

#include <QHash>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QToolButton;
class QVBoxLayout;

namespace mlcarbon {

class BasisBox;
class HardwareListModel;

// The inputs of one job. Reads every field with the model's InputRules (the CLI's rules),
// marks a bad field with its reason, and says what is missing; it computes nothing itself.
class EstimateForm : public QWidget {
    Q_OBJECT
public:
    explicit EstimateForm(const Catalog& catalog, QWidget* parent = nullptr);

    // The job as typed, or nothing when a field is bad or missing (the fields are marked).
    std::optional<EstimateInput> input();
    // What is wrong, one line per field, for the result area.
    QStringList problems() const;
    // Marks a field after the model rejected its value (unknown hardware, region, ...).
    void markError(const QString& field, const QString& reason);
    // Shows the defaults the estimate used (PUE, utilisation, offset, TDP) and their sources.
    void showDefaults(const Estimate& estimate);
    // Makes a location the chosen one (from the comparison table).
    void setLocation(Location location);  // by value: callers may pass a row that a refresh frees
    // Makes a device the job's hardware (from the cleaner-hardware table): a what-if edit.
    void setHardware(const QString& id);
    // Fills every field from a job (a project item); empty optional fields show their defaults.
    // Emits changed() once.
    void setInput(const EstimateInput& input);

    // The intensity basis of every estimate and comparison (Advanced > Basis).
    IntensityBasis basis() const;
    void setBasis(IntensityBasis basis);  // emits changed() when it changes
    // What the last what-if edit dropped (a measured power when the hardware changed, a PUE when the
    // job moved to a cloud region), for the result; empty when nothing was dropped.
    QStringList notes() const;

    void save(QSettings& settings) const;
    void restore(QSettings& settings);

    // The widget of a field ("hours", "count", "pue", "hardware", "region", ...), for tests and focus.
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    LocationPicker* locationPicker() const { return m_place; }
    QComboBox* whereBox() const { return m_place->whereBox(); }
    QComboBox* regionBox() const { return m_place->regionBox(); }
    QComboBox* countryBox() const { return m_place->countryBox(); }
    QComboBox* hardwareBox() const { return m_hardware; }
    QComboBox* durationUnitBox() const { return m_durationUnit; }
    // How the work is given: the hours, the training compute in FLOP, parameters x tokens, or hours
    // a day x days (a service that runs part of each day). Saved by index: new kinds go last.
    enum class Work { Duration, Flop, ParamsTokens, Schedule };
    QComboBox* workBox() const { return m_work; }
    QComboBox* yearBox() const { return m_year; }
    QComboBox* precisionBox() const { return m_precision; }
    // The implausible-MFU warning under the MFU field (hidden when there is none), for tests.
    QLabel* mfuWarning() const { return m_mfuWarning; }
    void setAdvancedVisible(bool visible);
    bool advancedVisible() const;

signals:
    void changed();
    void basisChanged(mlcarbon::IntensityBasis basis);

private:
    // The constructor's steps, top to bottom of the form.
    void addHardwareRows(QFormLayout* form);
    void addDurationRow(QFormLayout* form);
    void addComputeRows(QFormLayout* form);
    void addYearRow(QFormLayout* form);
    void showWorkRows();
    void addPlaceRows(QFormLayout* form);
    void addAdvanced(QVBoxLayout* outer);
    // "Embodied and water": what beyond the electricity is shown, and its inputs (in Advanced).
    void addBeyondElectricity(QFormLayout* advanced);
    void showStartingJob();
    void setTabOrders();
    QLineEdit* addLineEdit(QFormLayout* form, const QString& name, const QString& label, const QString& placeholder,
                           const QString& tip);
    void addErrorRow(QFormLayout* form, const QString& name);
    void clearErrors();
    QString hardwareQuery() const;
    // Applies WhatIf to the job last read: clears the inputs a new hardware or place drops.
    void hardwareEdited();
    void placeEdited();
    void apply(const WhatIfEdit& edit);

    const Catalog& m_catalog;
    HardwareListModel* m_hardwareModel = nullptr;
    QComboBox* m_hardware = nullptr;
    QLabel* m_hardwareInfo = nullptr;
    QComboBox* m_durationUnit = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_work = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_precision = nullptr;
    QLabel* m_mfuWarning = nullptr;
    LocationPicker* m_place = nullptr;
    QWidget* m_advanced = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QString> m_problems;
    BasisBox* m_basis = nullptr;
    QCheckBox* m_embodied = nullptr;
    QCheckBox* m_water = nullptr;
    QCheckBox* m_embodiedHost = nullptr;
    QCheckBox* m_embodiedTotal = nullptr;
    std::optional<EstimateInput> m_applied;  // the job as last read: what a what-if edit starts from
    std::vector<WhatIfNote> m_notes;
    bool m_restoring = false;
};

}  // namespace mlcarbon
