#include "LocationPicker.h"

#include "FilterAsYouType.h"
#include "InputError.h"
#include "InputRules.h"
#include "IntensityChoice.h"
#include "NumberFormat.h"
#include "QtText.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlcarbon {

LocationPicker::LocationPicker(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    m_where = new QComboBox(this);
    auto addWhere = [this](const QString& label, Location::Kind kind, const QString& provider = {}) {
        m_where->addItem(label, static_cast<int>(kind));  // KindRole is Qt::UserRole
        m_where->setItemData(m_where->count() - 1, provider, ProviderRole);
    };
    for (const auto& p : catalog.providers()) {
        if (p.kind == ProviderKind::Cloud)
            addWhere(qs(p.name), Location::Kind::Cloud, qs(p.id));
    }
    m_where->insertSeparator(m_where->count());
    addWhere(tr("Own hardware in a country or region"), Location::Kind::Zone);
    addWhere(tr("Known grid intensity"), Location::Kind::Custom);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_region = new QComboBox(m_stack);
    // Long region and provider names must not widen the form beyond its panel.
    for (QComboBox* box : {m_where, m_region}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    m_country = new QComboBox(m_stack);
    m_country->setMinimumContentsLength(12);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const auto& z : catalog.zones())
        m_country->addItem(QString(), qs(z.code));
    labelCountries();
    filterAsYouType(m_country);
    m_intensity = new QLineEdit(m_stack);
    m_intensity->setPlaceholderText(tr("gCO2e/kWh, e.g. 415"));
    m_intensity->setToolTip(tr("The grid carbon intensity you know, in gCO2e/kWh (0 to 1500)."));
    m_stack->addWidget(m_region);
    m_stack->addWidget(m_country);
    m_stack->addWidget(m_intensity);
    m_label = new QLabel(tr("&Region"), this);
    m_label->setBuddy(m_region);
    connect(m_where, &QComboBox::currentIndexChanged, this, &LocationPicker::whereChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &LocationPicker::edited);
    connect(m_country, &QComboBox::currentTextChanged, this, &LocationPicker::edited);
    connect(m_intensity, &QLineEdit::textChanged, this, &LocationPicker::edited);
}

Location::Kind LocationPicker::kind() const
{
    const QVariant kind = m_where->currentData(KindRole);
    return kind.isValid() ? static_cast<Location::Kind>(kind.toInt()) : Location::Kind::None;
}

QString LocationPicker::provider() const
{
    return m_where->currentData(ProviderRole).toString();
}

int LocationPicker::whereRow(Location::Kind kind, const QString& provider) const
{
    for (int row = 0; row < m_where->count(); ++row) {
        const QVariant rowKind = m_where->itemData(row, KindRole);
        if (rowKind.isValid() && static_cast<Location::Kind>(rowKind.toInt()) == kind
            && (kind != Location::Kind::Cloud || m_where->itemData(row, ProviderRole).toString() == provider))
            return row;
    }
    return -1;
}

void LocationPicker::setBasis(IntensityBasis basis)
{
    m_basis = basis;
    fillRegions();
    labelCountries();
}

void LocationPicker::setYear(std::optional<int> year)
{
    if (year == m_year)
        return;
    m_year = year;
    fillRegions();
    labelCountries();
}

// Each zone with the figure an estimate there would use (basis and year), as the regions show it.
void LocationPicker::labelCountries()
{
    QSignalBlocker block(m_country);
    const QString typed = m_country->lineEdit() ? m_country->lineEdit()->text() : QString();
    const int current = m_country->currentIndex();
    const QString before = current >= 0 ? m_country->itemText(current) : QString();
    const auto& zones = m_catalog.zones();
    for (int i = 0; i < m_country->count() && i < static_cast<int>(zones.size()); ++i) {
        const GridZone& z = zones[static_cast<std::size_t>(i)];
        QString label = qs(z.name) + QStringLiteral(" (") + qs(z.code) + QStringLiteral(")");
        if (!z.countryName.empty())
            label = qs(z.countryName) + QStringLiteral(" / ") + label;
        const IntensityChoice c = IntensityChoice::of(m_catalog, z, m_basis, m_year);
        m_country->setItemText(i, label + QStringLiteral("  ") + qs(NumberFormat::significant(c.gPerKwh))
                                      + tr(" g/kWh, %1").arg(c.year)
                                      + (c.fallback() ? QStringLiteral(" *") : QString()));
    }
    // The shown text follows the relabelled item, unless the person is typing a filter.
    if (current >= 0 && m_country->lineEdit() && typed == before)
        m_country->lineEdit()->setText(m_country->itemText(current));
    else if (current >= 0)
        m_country->setCurrentIndex(current);
}

void LocationPicker::fillRegions()
{
    const QString previous = m_region->currentData().toString();
    QSignalBlocker block(m_region);
    m_region->clear();
    if (kind() == Location::Kind::Cloud) {
        for (const CloudRegion* r : m_catalog.regionsOf(provider().toStdString())) {
            const IntensityChoice c = IntensityChoice::of(m_catalog, *r, m_basis, m_year);
            m_region->addItem(qs(r->region) + QStringLiteral(" - ") + qs(r->name) + QStringLiteral("  (")
                                  + qs(NumberFormat::significant(c.gPerKwh)) + tr(" g/kWh, %1)").arg(c.year)
                                  + (c.fallback() ? QStringLiteral(" *") : QString()),
                              qs(r->region));
            m_region->setItemData(m_region->count() - 1,
                                  tr("Grid intensity %1 gCO2e/kWh (%2), %3: %4")
                                      .arg(qs(NumberFormat::significant(c.gPerKwh)))
                                      .arg(c.year)
                                      .arg(qs(c.basisText()), qs(c.source)),
                                  Qt::ToolTipRole);
        }
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(previous)));
}

void LocationPicker::whereChanged()
{
    if (kind() == Location::Kind::Zone) {
        m_stack->setCurrentWidget(m_country);
        m_label->setText(tr("&Country"));
        m_label->setBuddy(m_country);
    } else if (kind() == Location::Kind::Custom) {
        m_stack->setCurrentWidget(m_intensity);
        m_label->setText(tr("&Intensity"));
        m_label->setBuddy(m_intensity);
    } else {
        fillRegions();
        m_stack->setCurrentWidget(m_region);
        m_label->setText(tr("&Region"));
        m_label->setBuddy(m_region);
    }
    emit edited();
}

QString LocationPicker::countryCode() const
{
    // A picked list item gives its code; anything typed goes to the model's place lookup.
    const int row = m_country->findText(m_country->currentText(), Qt::MatchFixedString);
    if (row >= 0)
        return m_country->itemData(row).toString();
    // A list label of another year or basis ("France (FR)  33.4 g/kWh, 2024", as a saved window keeps it):
    // its code, not the whole label.
    static const QRegularExpression label(QStringLiteral("\\(([A-Za-z0-9-]+)\\)\\s+[0-9.e+]+ g/kWh"));
    if (const QRegularExpressionMatch m = label.match(m_country->currentText()); m.hasMatch())
        return m.captured(1);
    return m_country->currentText().trimmed();
}

std::optional<Location> LocationPicker::location() const
{
    if (kind() == Location::Kind::Zone) {
        const QString code = countryCode();
        return code.isEmpty() ? std::nullopt : std::optional(Location::gridZone(code.toStdString()));
    }
    if (kind() == Location::Kind::Custom) {
        try {
            return Location::custom(InputRules::intensity(m_intensity->text().toStdString()));
        } catch (const InputError&) {
            return std::nullopt;
        }
    }
    if (m_region->currentIndex() < 0)
        return std::nullopt;
    return Location::cloud(provider().toStdString(), regionId().toStdString());
}

void LocationPicker::setLocation(const Location& location)
{
    switch (location.kind) {
    case Location::Kind::Cloud:
        m_where->setCurrentIndex(whereRow(Location::Kind::Cloud, qs(location.provider)));
        fillRegions();
        m_region->setCurrentIndex(m_region->findData(qs(location.region)));
        break;
    case Location::Kind::Zone:
        m_where->setCurrentIndex(whereRow(Location::Kind::Zone));
        if (const int row = m_country->findData(qs(location.zone)); row >= 0)
            m_country->setCurrentIndex(row);
        else
            m_country->setEditText(qs(location.zone));  // a name or code the lookup resolves, or marks
        break;
    case Location::Kind::Custom:
        m_where->setCurrentIndex(whereRow(Location::Kind::Custom));
        m_intensity->setText(qs(NumberFormat::exact(location.intensityGPerKwh)));
        break;
    case Location::Kind::None: break;
    }
}

void LocationPicker::setStartingRegion(const QString& provider, const QString& region)
{
    m_where->setCurrentIndex(std::max(0, whereRow(Location::Kind::Cloud, provider)));
    whereChanged();
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
}

QString LocationPicker::regionId() const
{
    return m_region->currentData().toString();
}

// The settings keep the Where choice as the text earlier versions wrote ("cloud:gcp", "zone",
// "custom"), so that a choice saved by one version restores in another.
void LocationPicker::save(QSettings& settings) const
{
    const QString where = kind() == Location::Kind::Cloud ? QStringLiteral("cloud:") + provider()
                                                          : QString::fromUtf8(Kinds::key(kind()).data());
    settings.setValue(QStringLiteral("where"), where);
    settings.setValue(QStringLiteral("region"), m_region->currentData().toString());
    settings.setValue(QStringLiteral("country"), m_country->currentText());
}

void LocationPicker::restore(QSettings& settings)
{
    const QString saved = settings.value(QStringLiteral("where")).toString();
    const auto savedKind = saved.startsWith(QStringLiteral("cloud:")) ? std::optional(Location::Kind::Cloud)
                                                                      : Kinds::locationKind(saved.toStdString());
    const int where = savedKind ? whereRow(*savedKind, saved.mid(6)) : -1;
    if (where >= 0)
        m_where->setCurrentIndex(where);
    whereChanged();
    const int region = m_region->findData(settings.value(QStringLiteral("region")).toString());
    if (region >= 0)
        m_region->setCurrentIndex(region);
    m_country->setEditText(settings.value(QStringLiteral("country")).toString());
}

}  // namespace mlcarbon
