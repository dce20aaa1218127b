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
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlcarbon {

namespace {

const char* kZoneItem = "zone";
const char* kCustomItem = "custom";

}  // namespace

LocationPicker::LocationPicker(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    m_where = new QComboBox(this);
    for (const auto& p : catalog.providers()) {
        if (p.kind == ProviderKind::Cloud)
            m_where->addItem(qs(p.name), qs("cloud:" + p.id));
    }
    m_where->insertSeparator(m_where->count());
    m_where->addItem(tr("Own hardware in a country or region"), QString::fromLatin1(kZoneItem));
    m_where->addItem(tr("Known grid intensity"), QString::fromLatin1(kCustomItem));

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
    for (const auto& z : catalog.zones()) {
        QString label = qs(z.name) + QStringLiteral(" (") + qs(z.code) + QStringLiteral(")");
        if (!z.countryName.empty())
            label = qs(z.countryName) + QStringLiteral(" / ") + label;
        m_country->addItem(label + QStringLiteral("  ") + qs(NumberFormat::significant(z.gPerKwh)) + tr(" g/kWh"),
                           qs(z.code));
    }
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

void LocationPicker::setBasis(IntensityBasis basis)
{
    m_basis = basis;
    fillRegions();
}

void LocationPicker::fillRegions()
{
    const QString previous = m_region->currentData().toString();
    const QString where = m_where->currentData().toString();
    QSignalBlocker block(m_region);
    m_region->clear();
    if (where.startsWith(QStringLiteral("cloud:"))) {
        const std::string provider = where.mid(6).toStdString();
        for (const CloudRegion* r : m_catalog.regionsOf(provider)) {
            const IntensityChoice c = IntensityChoice::of(m_catalog, *r, m_basis);
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
    const QString where = m_where->currentData().toString();
    if (where == QLatin1String(kZoneItem)) {
        m_stack->setCurrentWidget(m_country);
        m_label->setText(tr("&Country"));
        m_label->setBuddy(m_country);
    } else if (where == QLatin1String(kCustomItem)) {
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
    return row >= 0 ? m_country->itemData(row).toString() : m_country->currentText().trimmed();
}

std::optional<Location> LocationPicker::location() const
{
    const QString where = m_where->currentData().toString();
    if (where == QLatin1String(kZoneItem)) {
        const QString code = countryCode();
        return code.isEmpty() ? std::nullopt : std::optional(Location::gridZone(code.toStdString()));
    }
    if (where == QLatin1String(kCustomItem)) {
        try {
            return Location::custom(InputRules::intensity(m_intensity->text().toStdString()));
        } catch (const InputError&) {
            return std::nullopt;
        }
    }
    if (m_region->currentIndex() < 0)
        return std::nullopt;
    return Location::cloud(where.mid(6).toStdString(), m_region->currentData().toString().toStdString());
}

void LocationPicker::setLocation(const Location& location)
{
    switch (location.kind) {
    case Location::Kind::Cloud:
        m_where->setCurrentIndex(m_where->findData(qs("cloud:" + location.provider)));
        fillRegions();
        m_region->setCurrentIndex(m_region->findData(qs(location.region)));
        break;
    case Location::Kind::Zone:
        m_where->setCurrentIndex(m_where->findData(QString::fromLatin1(kZoneItem)));
        if (const int row = m_country->findData(qs(location.zone)); row >= 0)
            m_country->setCurrentIndex(row);
        else
            m_country->setEditText(qs(location.zone));  // a name or code the lookup resolves, or marks
        break;
    case Location::Kind::Custom:
        m_where->setCurrentIndex(m_where->findData(QString::fromLatin1(kCustomItem)));
        m_intensity->setText(qs(NumberFormat::exact(location.intensityGPerKwh)));
        break;
    case Location::Kind::None: break;
    }
}

void LocationPicker::setStartingRegion(const QString& provider, const QString& region)
{
    m_where->setCurrentIndex(std::max(0, m_where->findData(QStringLiteral("cloud:") + provider)));
    whereChanged();
    m_region->setCurrentIndex(std::max(0, m_region->findData(region)));
}

void LocationPicker::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("where"), m_where->currentData().toString());
    settings.setValue(QStringLiteral("region"), m_region->currentData().toString());
    settings.setValue(QStringLiteral("country"), m_country->currentText());
}

void LocationPicker::restore(QSettings& settings)
{
    const int where = m_where->findData(settings.value(QStringLiteral("where")).toString());
    if (where >= 0)
        m_where->setCurrentIndex(where);
    whereChanged();
    const int region = m_region->findData(settings.value(QStringLiteral("region")).toString());
    if (region >= 0)
        m_region->setCurrentIndex(region);
    m_country->setEditText(settings.value(QStringLiteral("country")).toString());
}

}  // namespace mlcarbon
