#pragma once
#include "Catalog.h"
#include "EstimateInput.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;

namespace mlcarbon {

// Where a job ran, as the form's place controls: the Where box (a cloud provider, own hardware in
// a country or region, or a known grid intensity) and the field it switches to (the provider's
// regions, the countries and regions, the intensity). This widget is that switching field; the
// form lays out whereBox() and label() in rows of its own, so that their labels line up with the
// other fields'.
class LocationPicker : public QWidget {
    Q_OBJECT
public:
    // The Where box's item data: the kind of place (a Location::Kind as int) and, for a cloud, the provider id.
    enum WhereRole { KindRole = Qt::UserRole, ProviderRole };

    explicit LocationPicker(const Catalog& catalog, QWidget* parent = nullptr);

    QComboBox* whereBox() const { return m_where; }
    QLabel* label() const { return m_label; }  // Region, Country or Intensity, with its field as buddy
    QComboBox* regionBox() const { return m_region; }
    QComboBox* countryBox() const { return m_country; }
    QLineEdit* intensityEdit() const { return m_intensity; }

    // What the fields name now: the kind chosen in the Where box (None while nothing is), the
    // cloud provider ("" for other kinds) and region.
    Location::Kind kind() const;
    QString provider() const;
    QString regionId() const;
    // The Where box's row of a kind of place (of a cloud provider's), or -1.
    int whereRow(Location::Kind kind, const QString& provider = {}) const;
    // The place the fields name now, if complete (no marks: that is the form's work).
    std::optional<Location> location() const;
    // Shows a location (a project item's, a comparison row's); edited() follows each change.
    void setLocation(const Location& location);
    // The first start's place: that region when the catalog has it, else the first provider's first.
    void setStartingRegion(const QString& provider, const QString& region);
    // A picked country gives its code; anything typed is left to the model's place lookup.
    QString countryCode() const;
    // The region list shows each region's intensity on this basis.
    void setBasis(IntensityBasis basis);
    // The year of the run: the region and country lists show each place's figure for it.
    void setYear(std::optional<int> year);

    void save(QSettings& settings) const;
    void restore(QSettings& settings);

signals:
    // The person (or setLocation) changed the place.
    void edited();

private:
    void fillRegions();
    void labelCountries();
    void whereChanged();

    const Catalog& m_catalog;
    IntensityBasis m_basis = Basis::kDefault;
    std::optional<int> m_year;
    QComboBox* m_where = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_label = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_country = nullptr;
    QLineEdit* m_intensity = nullptr;
};

}  // namespace mlcarbon
