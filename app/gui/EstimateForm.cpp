#include "EstimateForm.h"

#include "BasisBox.h"
#include "FilterAsYouType.h"
#include "HardwareListModel.h"
#include "InputError.h"
#include "InputRules.h"
#include "LocationPicker.h"
#include "NumberFormat.h"
#include "QtText.h"
#include "TrainingCompute.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlcarbon {

EstimateForm::EstimateForm(const Catalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    addHardwareRows(form);
    addLineEdit(form, QStringLiteral("count"), tr("De&vices"), tr("1"),
                tr("How many devices ran the job (whole number)."));
    m_form = form;
    addDurationRow(form);
    addComputeRows(form);
    addYearRow(form);
    addPlaceRows(form);
    addAdvanced(outer);
    showStartingJob();
    setTabOrders();
    WheelGuard::install(this);
}

void EstimateForm::addHardwareRows(QFormLayout* form)
{
    // Hardware: the whole database, type to filter.
    m_hardwareModel = new HardwareListModel(m_catalog, this);
    m_hardware = new QComboBox(this);
    // Size policy first: measuring 6,000 labels for a size hint took 50 ms of start-up.
    m_hardware->setMinimumContentsLength(12);
    m_hardware->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hardware->setModel(m_hardwareModel);
    filterAsYouType(m_hardware);
    m_hardware->setToolTip(
        tr("Type any part of a name (\"a100 80gb\", \"TPU v4\", \"EPYC 7763\") to filter %1 devices.")
            .arg(m_catalog.hardware().size()));
    m_fields.insert(QStringLiteral("hardware"), m_hardware);
    form->addRow(tr("&Hardware"), m_hardware);
    m_hardwareInfo = new WrappedLabel(this);
    m_hardwareInfo->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_hardwareInfo);
    addErrorRow(form, QStringLiteral("hardware"));
    connect(m_hardware, &QComboBox::currentTextChanged, this, &EstimateForm::hardwareEdited);
}

void EstimateForm::addDurationRow(QFormLayout* form)
{
    auto* duration = new QWidget(this);
    auto* durationLayout = new QHBoxLayout(duration);
    durationLayout->setContentsMargins(0, 0, 0, 0);
    auto* hours = new QLineEdit(duration);
    hours->setObjectName(QStringLiteral("hours"));
    hours->setPlaceholderText(tr("e.g. 24"));
    hours->setToolTip(tr("How long each device ran."));
    m_durationUnit = new QComboBox(duration);
    m_durationUnit->addItem(tr("hours"));
    m_durationUnit->addItem(tr("days"));
    durationLayout->addWidget(hours, 1);
    durationLayout->addWidget(m_durationUnit);
    m_fields.insert(QStringLiteral("hours"), hours);
    auto* durationLabel = new QLabel(tr("&Duration"), this);
    durationLabel->setBuddy(hours);
    form->addRow(durationLabel, duration);
    addErrorRow(form, QStringLiteral("hours"));
    connect(hours, &QLineEdit::textChanged, this, &EstimateForm::changed);
    connect(m_durationUnit, &QComboBox::currentIndexChanged, this, &EstimateForm::changed);
}

void EstimateForm::addComputeRows(QFormLayout* form)
{
    // The work as papers report it: training compute, or parameters and tokens (6 N D).
    m_work = new QComboBox(this);
    m_work->setObjectName(QStringLiteral("work"));
    m_work->addItem(tr("Duration (hours or days)"));
    m_work->addItem(tr("Training compute (FLOP)"));
    m_work->addItem(tr("Parameters x tokens"));
    m_work->addItem(tr("Part of each day (hours a day x days)"));
    m_work->setToolTip(tr("What you know of the work: how long it ran, its training compute (the hours then "
                          "follow from the device's peak FLOP/s and the MFU), or, for a service that need not run "
                          "all day, the hours it runs each day and for how many days."));
    m_fields.insert(QStringLiteral("work"), m_work);
    form->insertRow(form->rowCount() - 2, tr("W&ork"), m_work);  // above the duration and its error row
    addLineEdit(form, QStringLiteral("hours-per-day"), tr("Hours a d&ay"), tr("e.g. 8"),
                tr("Hours the devices run each day, greater than 0 and at most 24."));
    addLineEdit(form, QStringLiteral("days"), tr("&Days"), tr("e.g. 30"),
                tr("Days the job runs that long; the hours are hours a day x days."));
    addLineEdit(form, QStringLiteral("flop"), tr("&Compute"), tr("FLOP, e.g. 3.14e23"),
                tr("Training compute in FLOP, as the paper or Epoch AI reports it."));
    addLineEdit(form, QStringLiteral("params"), tr("Pa&rameters"), tr("e.g. 7B or 7e9"),
                tr("Parameters of the model; for a mixture of experts, the parameters active per token. FLOP = 6 x "
                   "parameters x tokens (Kaplan et al. 2020; Hoffmann et al. 2022)."));
    addLineEdit(form, QStringLiteral("tokens"), tr("&Tokens"), tr("e.g. 2T or 2e12"),
                tr("Training tokens (the dataset size times the epochs)."));
    const auto median = m_catalog.reference("mfu_median");
    const auto low = m_catalog.reference("mfu_low");
    const auto high = m_catalog.reference("mfu_high");
    addLineEdit(
        form, QStringLiteral("mfu"), tr("&MFU"),
        median ? tr("%1 (median of published runs)").arg(qs(NumberFormat::significant(median->value, 2))) : QString(),
        median && low && high
            ? tr("Model FLOP utilisation: the share of the peak FLOP/s the training achieved, greater than 0 "
                 "and at most 1. Empty: %1, the median of %2; its quartiles %3 to %4 bound the range.")
                  .arg(qs(NumberFormat::significant(median->value, 2)), qs(median->source),
                       qs(NumberFormat::significant(low->value, 2)), qs(NumberFormat::significant(high->value, 2)))
            : tr("Model FLOP utilisation: the share of the peak FLOP/s the training achieved."));
    m_mfuWarning = new WrappedLabel(this);
    m_mfuWarning->setObjectName(QStringLiteral("mfuWarning"));
    QPalette pal = m_mfuWarning->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x9a, 0x5b, 0x00));
    m_mfuWarning->setPalette(pal);
    m_mfuWarning->hide();
    form->addRow(QString(), m_mfuWarning);
    m_precision = new QComboBox(this);
    m_precision->setObjectName(QStringLiteral("precision"));
    for (Precision p : {Precision::Bf16, Precision::Fp8, Precision::Fp16, Precision::Fp32})
        m_precision->addItem(qs(TrainingCompute::label(p)), QString::fromLatin1(Kinds::key(p).data()));
    m_precision->setToolTip(tr("The numeric format of the training: the peak FLOP/s at it is used (Epoch AI's "
                               "dense figures). A device without a figure at it cannot be estimated from compute."));
    m_fields.insert(QStringLiteral("precision"), m_precision);
    form->addRow(tr("&Precision"), m_precision);
    addErrorRow(form, QStringLiteral("precision"));
    connect(m_work, &QComboBox::currentIndexChanged, this, [this] {
        showWorkRows();
        emit changed();
    });
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EstimateForm::changed);
    showWorkRows();
}

void EstimateForm::addYearRow(QFormLayout* form)
{
    // The newest year any place has a figure for, down to the oldest the rules allow.
    int newest = 0;
    for (const GridZone& z : m_catalog.zones()) {
        newest = std::max(newest, z.year);
        if (!z.history.empty())
            newest = std::max(newest, z.history.back().year.value_or(0));
    }
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->addItem(tr("Newest figures"), 0);
    for (int y = newest; y >= InputRules::kMinYear; --y)
        m_year->addItem(QString::number(y), y);
    m_year->setToolTip(tr("The year the job ran: each place's grid figure of that year. A place with none for it "
                          "uses its nearest year's, and the result says so. Newest figures: each place's latest."));
    m_fields.insert(QStringLiteral("year"), m_year);
    form->addRow(tr("&Year of the run"), m_year);
    addErrorRow(form, QStringLiteral("year"));
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const int y = m_year->currentData().toInt();
        m_place->setYear(y > 0 ? std::optional<int>(y) : std::nullopt);  // the lists show that year's figures
        emit changed();
    });
}

void EstimateForm::showWorkRows()
{
    const auto work = static_cast<Work>(m_work->currentIndex());
    const bool compute = work == Work::Flop || work == Work::ParamsTokens;
    const bool schedule = work == Work::Schedule;
    m_form->setRowVisible(field(QStringLiteral("hours"))->parentWidget(), !schedule);  // the hours and their unit
    m_form->setRowVisible(field(QStringLiteral("hours-per-day")), schedule);
    m_form->setRowVisible(field(QStringLiteral("days")), schedule);
    m_form->setRowVisible(field(QStringLiteral("flop")), work == Work::Flop);
    m_form->setRowVisible(field(QStringLiteral("params")), work == Work::ParamsTokens);
    m_form->setRowVisible(field(QStringLiteral("tokens")), work == Work::ParamsTokens);
    m_form->setRowVisible(field(QStringLiteral("mfu")), compute);
    m_form->setRowVisible(m_precision, compute);
    if (!compute)
        m_mfuWarning->hide();
    auto* hours = qobject_cast<QLineEdit*>(field(QStringLiteral("hours")));
    hours->setPlaceholderText(compute ? tr("optional: from the compute") : tr("e.g. 24"));
}

void EstimateForm::addPlaceRows(QFormLayout* form)
{
    // Location: a provider and its regions, own hardware in a country, or a known intensity.
    m_place = new LocationPicker(m_catalog, this);
    m_fields.insert(QStringLiteral("provider"), m_place->whereBox());
    form->addRow(tr("&Where"), m_place->whereBox());
    addErrorRow(form, QStringLiteral("provider"));
    m_fields.insert(QStringLiteral("region"), m_place->regionBox());
    m_fields.insert(QStringLiteral("country"), m_place->countryBox());
    m_fields.insert(QStringLiteral("intensity"), m_place->intensityEdit());
    form->addRow(m_place->label(), m_place);
    for (const char* f : {"region", "country", "intensity"})
        addErrorRow(form, QString::fromLatin1(f));
    connect(m_place, &LocationPicker::edited, this, &EstimateForm::placeEdited);
}

void EstimateForm::addAdvanced(QVBoxLayout* outer)
{
    // Advanced: every field empty means "the database default", shown as the placeholder.
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setText(tr("&Advanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    outer->addWidget(m_advancedToggle);
    m_advanced = new QWidget(this);
    auto* advanced = new QFormLayout(m_advanced);
    advanced->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advanced->setContentsMargins(0, 0, 0, 0);
    addLineEdit(
        advanced, QStringLiteral("pue"), tr("&PUE"), QString(),
        tr("Power usage effectiveness of the data centre, 1.0 to 3.0. Empty: the region's, else the provider's, "
           "else the on-premise default."));
    addLineEdit(advanced, QStringLiteral("utilization"), tr("&Utilisation"), tr("1 (full TDP)"),
                tr("Average share of the TDP drawn, greater than 0 and at most 1."));
    addLineEdit(advanced, QStringLiteral("power-w"), tr("&Measured power"), tr("W per device (replaces TDP)"),
                tr("Measured average power per device in W, if you have it; it replaces TDP x utilisation."));
    addLineEdit(advanced, QStringLiteral("host-cpu-w"), tr("Host &CPU"), tr("W per device, 0"),
                tr("Power of the host CPU attributed to each device, in W."));
    const auto memory = m_catalog.reference("memory_w_per_gb");
    addLineEdit(advanced, QStringLiteral("host-memory-gb"), tr("Host m&emory"), tr("GB per device, 0"),
                memory ? tr("Host memory attributed to each device, in GB (%1 W/GB: %2, %3).")
                             .arg(qs(NumberFormat::exact(memory->value)), qs(memory->source))
                             .arg(memory->year)
                       : tr("Host memory attributed to each device, in GB."));
    addLineEdit(advanced, QStringLiteral("offset"), tr("&Offset / renewable match"), QString(),
                tr("Share of emissions the provider offsets or matches with renewables, 0 to 100 %. Empty: the "
                   "provider data. It changes the market-based figure only."));
    m_basis = new BasisBox(this);
    m_fields.insert(QStringLiteral("basis"), m_basis);
    advanced->addRow(tr("&Basis"), m_basis);
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] {
        m_place->setBasis(basis());  // the region list shows intensities on the basis
        emit basisChanged(basis());
        emit changed();
    });
    addBeyondElectricity(advanced);
    outer->addWidget(m_advanced);
    outer->addStretch(1);
    // A figure the person types again replaces the one a what-if edit dropped: its note goes.
    for (const char* name : {"pue", "power-w", "offset", "wue"}) {
        connect(qobject_cast<QLineEdit*>(field(QString::fromLatin1(name))), &QLineEdit::textEdited, this,
                [this, name] { WhatIf::forget(m_notes, name); });
    }
    connect(m_advancedToggle, &QToolButton::toggled, this, &EstimateForm::setAdvancedVisible);
    setAdvancedVisible(false);
}

void EstimateForm::addBeyondElectricity(QFormLayout* advanced)
{
    auto* title = new QLabel(tr("<b>Embodied and water</b>"), this);
    advanced->addRow(title);
    m_embodied = new QCheckBox(tr("Show the &embodied emissions (scope 3)"), this);
    m_embodied->setObjectName(QStringLiteral("embodied"));
    m_embodied->setChecked(true);
    m_embodied->setToolTip(tr("The job's share of the manufacturing emissions of its devices, shown apart from the "
                              "operational figure and never added to it."));
    advanced->addRow(m_embodied);
    addLineEdit(advanced, QStringLiteral("lifetime-years"), tr("Device &lifetime"), tr("years (3 cloud, 5 own)"),
                tr("Years the devices are in service, greater than 0 and at most 30. Empty: 3 years in the cloud, 5 "
                   "for own hardware (Green Algorithms); the range spans the 3 to 6 years the sources assume."));
    addLineEdit(advanced, QStringLiteral("active-share"), tr("Acti&ve share"), tr("0.5 cloud, 0.2 own"),
                tr("Share of the lifetime the devices are in use, greater than 0 and at most 1. Empty: 0.5 in the "
                   "cloud, 0.2 for own hardware (Green Algorithms)."));
    m_embodiedHost = new QCheckBox(tr("Include the &host server's share"), this);
    m_embodiedHost->setObjectName(QStringLiteral("embodied-host"));
    m_embodiedHost->setToolTip(
        tr("Add each accelerator's share of its host server (chassis, motherboard, CPUs, memory, storage): an 8-GPU "
           "server without its GPUs (EcoLogits' p5.48xlarge archetype, %1) over its 8 GPUs.")
            .arg(qs(NumberFormat::mass(m_catalog.reference("embodied_host_server_kg")
                                           ? m_catalog.reference("embodied_host_server_kg")->value
                                           : 0))));
    advanced->addRow(m_embodiedHost);
    m_embodiedTotal = new QCheckBox(tr("Show a total o&f operational and embodied"), this);
    m_embodiedTotal->setObjectName(QStringLiteral("embodied-total"));
    m_embodiedTotal->setToolTip(tr("Also show the location-based operational emissions plus the embodied share as "
                                   "one figure. The two stay apart otherwise."));
    advanced->addRow(m_embodiedTotal);
    m_water = new QCheckBox(tr("Show the &water"), this);
    m_water->setObjectName(QStringLiteral("water"));
    m_water->setChecked(true);
    m_water->setToolTip(tr("Water consumed on site (cooling, IT energy x WUE) and off site (to generate the "
                           "electricity, energy x PUE x the country's water intensity)."));
    advanced->addRow(m_water);
    addLineEdit(advanced, QStringLiteral("wue"), tr("&WUE"), QString(),
                tr("On-site water usage effectiveness, 0 to 20 L/kWh. Empty: the region's, else the provider's, else "
                   "the industry default."));
    addLineEdit(advanced, QStringLiteral("requests"), tr("Re&quests served"), tr("serving only"),
                tr("Requests an inference job served (1M, 230768): gives the figures per request."));
    addLineEdit(advanced, QStringLiteral("served-tokens"), tr("Tokens ser&ved"), tr("serving only"),
                tr("Tokens an inference job served (5B): gives the figures per 1,000 tokens."));
    m_fields.insert(QStringLiteral("embodied"), m_embodied);
    m_fields.insert(QStringLiteral("embodied-host"), m_embodiedHost);
    m_fields.insert(QStringLiteral("embodied-total"), m_embodiedTotal);
    m_fields.insert(QStringLiteral("water"), m_water);
    for (QCheckBox* box : {m_embodied, m_embodiedHost, m_embodiedTotal, m_water})
        connect(box, &QCheckBox::toggled, this, &EstimateForm::changed);
    // The host share and the total are parts of the embodied line: off with it.
    connect(m_embodied, &QCheckBox::toggled, this, [this](bool on) {
        m_embodiedHost->setEnabled(on);
        m_embodiedTotal->setEnabled(on);
    });
}

void EstimateForm::showStartingJob()
{
    // A working example on first start: a newcomer sees a result at once and edits from there.
    m_hardware->setCurrentIndex(m_hardwareModel->rowOf(QStringLiteral("nvidia-a100-sxm4-80-gb")));
    qobject_cast<QLineEdit*>(field(QStringLiteral("count")))->setText(QStringLiteral("8"));
    qobject_cast<QLineEdit*>(field(QStringLiteral("hours")))->setText(QStringLiteral("24"));
    m_place->setStartingRegion(QStringLiteral("gcp"), QStringLiteral("us-central1"));
}

void EstimateForm::setTabOrders()
{
    setTabOrder(m_hardware, field(QStringLiteral("count")));
    setTabOrder(field(QStringLiteral("count")), m_work);
    setTabOrder(m_work, field(QStringLiteral("hours")));
    setTabOrder(field(QStringLiteral("hours")), m_durationUnit);
    setTabOrder(m_durationUnit, field(QStringLiteral("hours-per-day")));
    setTabOrder(field(QStringLiteral("hours-per-day")), field(QStringLiteral("days")));
    setTabOrder(field(QStringLiteral("days")), field(QStringLiteral("flop")));
    setTabOrder(field(QStringLiteral("flop")), field(QStringLiteral("params")));
    setTabOrder(field(QStringLiteral("params")), field(QStringLiteral("tokens")));
    setTabOrder(field(QStringLiteral("tokens")), field(QStringLiteral("mfu")));
    setTabOrder(field(QStringLiteral("mfu")), m_precision);
    setTabOrder(m_precision, m_year);
    setTabOrder(m_year, m_place->whereBox());
    setTabOrder(m_place->whereBox(), m_place->regionBox());
    setTabOrder(m_place->regionBox(), m_place->countryBox());
    setTabOrder(m_place->countryBox(), m_place->intensityEdit());
    setTabOrder(m_place->intensityEdit(), m_advancedToggle);
}

QLineEdit* EstimateForm::addLineEdit(QFormLayout* form, const QString& name, const QString& label,
                                     const QString& placeholder, const QString& tip)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    form->addRow(label, edit);
    m_fields.insert(name, edit);
    addErrorRow(form, name);
    connect(edit, &QLineEdit::textChanged, this, &EstimateForm::changed);
    return edit;
}

void EstimateForm::addErrorRow(QFormLayout* form, const QString& name)
{
    auto* error = new WrappedLabel(this);
    error->setObjectName(name + QStringLiteral("Error"));
    // Red that reads on light and dark palettes alike.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette pal = error->palette();
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    error->setPalette(pal);
    error->hide();
    form->addRow(QString(), error);
    m_errors.insert(name, error);
}

void EstimateForm::setAdvancedVisible(bool visible)
{
    m_advanced->setVisible(visible);
    m_advancedToggle->setChecked(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

bool EstimateForm::advancedVisible() const
{
    return m_advancedToggle->isChecked();
}

void EstimateForm::apply(const WhatIfEdit& edit)
{
    if (edit.notes.empty())
        return;
    QSignalBlocker block(this);
    for (const WhatIfNote& note : edit.notes) {
        if (auto* f = qobject_cast<QLineEdit*>(field(qs(note.field))))
            f->clear();
    }
    // Notes add up from the job last loaded (a preset: other hardware, then another place).
    WhatIf::addNotes(m_notes, edit.notes);
}

void EstimateForm::hardwareEdited()
{
    if (!m_restoring && m_applied)
        apply(WhatIf::withHardware(*m_applied, hardwareQuery().toStdString()));
    emit changed();
}

void EstimateForm::placeEdited()
{
    if (!m_restoring && m_applied) {
        if (auto to = m_place->location())
            apply(WhatIf::movedTo(*m_applied, *to));
    }
    emit changed();
}

IntensityBasis EstimateForm::basis() const
{
    return m_basis->basis();
}

void EstimateForm::setBasis(IntensityBasis basis)
{
    m_basis->setBasis(basis);
}

QStringList EstimateForm::notes() const
{
    QStringList out;
    for (const WhatIfNote& n : m_notes)
        out << qs(n.text);
    return out;
}

// A copy on purpose (see the header): the move it starts may rebuild the row the caller passed.
// cppcheck-suppress passedByValue
void EstimateForm::setLocation(Location location)
{
    m_place->setLocation(location);
    placeEdited();  // a row chosen in the comparison is a move: the same rule as typing it
}

void EstimateForm::setHardware(const QString& id)
{
    if (const int row = m_hardwareModel->rowOf(id); row >= 0)
        m_hardware->setCurrentIndex(row);  // hardwareEdited applies the what-if rule
}

void EstimateForm::setInput(const EstimateInput& in)
{
    {
        QSignalBlocker block(this);
        m_restoring = true;  // an item shown is not an edit: no what-if rule, no notes
        // A database id picks its list row; a name as typed (a hand-edited file) stays as typed.
        const int row = m_hardwareModel->rowOf(qs(in.hardware));
        if (row >= 0)
            m_hardware->setCurrentIndex(row);
        else
            m_hardware->setEditText(qs(in.hardware));
        auto set = [this](const char* name, const std::optional<double>& value) {
            qobject_cast<QLineEdit*>(field(QString::fromLatin1(name)))
                ->setText(value ? qs(NumberFormat::exact(*value)) : QString());
        };
        set("count", in.count);
        m_work->setCurrentIndex(static_cast<int>(in.flop                  ? Work::Flop
                                                 : in.params || in.tokens ? Work::ParamsTokens
                                                 : in.hoursPerDay         ? Work::Schedule
                                                                          : Work::Duration));
        set("hours-per-day", in.hoursPerDay);
        set("days", in.days());
        set("hours", in.hours > 0 || !in.computeBased() ? std::optional<double>(in.hours) : std::nullopt);
        set("flop", in.flop);
        set("params", in.params);
        set("tokens", in.tokens);
        set("mfu", in.mfu);
        m_precision->setCurrentIndex(m_precision->findData(QString::fromLatin1(Kinds::key(in.precision).data())));
        m_year->setCurrentIndex(std::max(0, m_year->findData(in.year.value_or(0))));
        m_durationUnit->setCurrentIndex(0);  // items store hours
        set("pue", in.pue);
        set("utilization", in.utilization);
        set("power-w", in.powerW);
        set("host-cpu-w", in.hostCpuW);
        set("host-memory-gb", in.hostMemoryGb);
        set("offset", in.offsetPct);
        set("lifetime-years", in.lifetimeYears);
        set("active-share", in.activeShare);
        set("wue", in.wue);
        set("requests", in.requests);
        set("served-tokens", in.servedTokens);
        m_embodied->setChecked(in.embodied);
        m_embodiedHost->setChecked(in.embodiedHost);
        m_embodiedTotal->setChecked(in.embodiedTotal);
        m_water->setChecked(in.water);
        setLocation(in.location);
        m_restoring = false;
        m_applied = in;
        m_notes.clear();
    }
    emit changed();
}

void EstimateForm::clearErrors()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        it.value()->hide();
    for (QWidget* w : std::as_const(m_fields)) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            w->setStyleSheet(QString());
        }
    }
    m_problems.clear();
}

void EstimateForm::markError(const QString& name, const QString& reason)
{
    const QString key = m_fields.contains(name) ? name : QStringLiteral("hardware");
    QWidget* w = m_fields.value(key);
    // A style sheet on this widget only: one on the whole window cost 60 ms of start-up.
    w->setProperty("invalid", true);
    w->setStyleSheet(QStringLiteral("%1 { border: 2px solid #d32f2f; border-radius: 3px; }")
                         .arg(QString::fromLatin1(w->metaObject()->className())));
    QLabel* label = m_errors.value(key);
    label->setText(reason);
    label->show();
    m_problems.insert(key, reason);
}

QStringList EstimateForm::problems() const
{
    QStringList out;
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it)
        out << it.key() + QStringLiteral(": ") + it.value();
    out.sort();
    return out;
}

QString EstimateForm::hardwareQuery() const
{
    // A picked list item resolves by id; anything typed goes to the model's name lookup.
    const int row = m_hardware->findText(m_hardware->currentText(), Qt::MatchFixedString);
    if (row >= 0)
        return m_hardware->itemData(row, HardwareListModel::IdRole).toString();
    return m_hardware->currentText().trimmed();
}

std::optional<EstimateInput> EstimateForm::input()
{
    clearErrors();
    EstimateInput in;
    auto text = [&](const char* name) {
        auto* edit = qobject_cast<QLineEdit*>(field(QString::fromLatin1(name)));
        return edit ? edit->text().toStdString() : std::string();
    };
    // Each field is read on its own so that every bad one is marked, not only the first.
    auto read = [&](auto parse) {
        try {
            parse();
        } catch (const InputError& e) {
            markError(qs(e.field()), qs(e.reason()));
        }
    };
    in.hardware = hardwareQuery().toStdString();
    in.basis = basis();
    if (in.hardware.empty())
        markError(QStringLiteral("hardware"), tr("choose or type a device"));
    const auto work = static_cast<Work>(m_work->currentIndex());
    if (work == Work::Schedule) {
        double perDay = 0;
        double days = 0;
        read([&] { perDay = InputRules::hoursPerDay(text("hours-per-day")); });
        read([&] { days = InputRules::days(text("days")); });
        if (perDay > 0 && days > 0) {
            read([&] {
                in.hours = InputRules::scheduledHours(perDay, days);
                in.hoursPerDay = perDay;
            });
        }
    } else if (work == Work::Duration || !text("hours").empty()) {  // with compute the hours are optional
        read([&] {
            in.hours = InputRules::hours(text("hours"));
            if (m_durationUnit->currentIndex() == 1)
                in.hours = InputRules::hours(NumberFormat::exact(in.hours * 24));  // days: the same bound in hours
        });
    }
    if (work == Work::Flop)
        read([&] { in.flop = InputRules::flop(text("flop")); });
    if (work == Work::ParamsTokens) {
        read([&] { in.params = InputRules::params(text("params")); });
        read([&] { in.tokens = InputRules::tokens(text("tokens")); });
    }
    if (work == Work::Flop || work == Work::ParamsTokens) {
        read([&] {
            if (!text("mfu").empty())
                in.mfu = InputRules::mfu(text("mfu"));
        });
        in.precision = Kinds::precision(m_precision->currentData().toString().toStdString()).value_or(Precision::Bf16);
    }
    if (const int year = m_year->currentData().toInt(); year > 0)
        in.year = year;
    read([&] { in.count = text("count").empty() ? 1 : InputRules::count(text("count")); });
    // Optional fields: empty means "the database default".
    auto optional = [&](const char* name, double (*parse)(std::string_view), std::optional<double>& target) {
        read([&] {
            if (!text(name).empty())
                target = parse(text(name));
        });
    };
    optional("pue", &InputRules::pue, in.pue);
    optional(
        "utilization", [](std::string_view t) { return InputRules::utilization(t); }, in.utilization);
    optional("power-w", &InputRules::powerW, in.powerW);
    optional("host-cpu-w", &InputRules::hostCpuW, in.hostCpuW);
    optional("host-memory-gb", &InputRules::hostMemoryGb, in.hostMemoryGb);
    optional("offset", &InputRules::offsetPct, in.offsetPct);
    in.embodied = m_embodied->isChecked();
    in.embodiedHost = m_embodiedHost->isChecked();
    in.embodiedTotal = m_embodiedTotal->isChecked();
    in.water = m_water->isChecked();
    optional("lifetime-years", &InputRules::lifetimeYears, in.lifetimeYears);
    optional("active-share", &InputRules::activeShare, in.activeShare);
    optional("wue", &InputRules::wue, in.wue);
    optional("requests", &InputRules::requests, in.requests);
    optional("served-tokens", &InputRules::servedTokens, in.servedTokens);
    switch (m_place->kind()) {
    case Location::Kind::Zone: {
        const QString code = m_place->countryCode();
        if (code.isEmpty())
            markError(QStringLiteral("country"), tr("choose or type a country or region"));
        in.location = Location::gridZone(code.toStdString());
        break;
    }
    case Location::Kind::Custom:
        read([&] { in.location = Location::custom(InputRules::intensity(text("intensity"))); });
        break;
    case Location::Kind::Cloud:
    case Location::Kind::None:  // nothing chosen: a cloud place without a provider, which the model marks
        in.location = Location::cloud(m_place->provider().toStdString(), m_place->regionId().toStdString());
        break;
    }
    if (!m_problems.isEmpty())
        return std::nullopt;
    m_applied = in;
    return in;
}

void EstimateForm::showDefaults(const Estimate& e)
{
    auto placeholder = [&](const char* name, const QString& value, const Provenance& p) {
        auto* edit = qobject_cast<QLineEdit*>(field(QString::fromLatin1(name)));
        edit->setPlaceholderText(value);
        QString tip = edit->toolTip().section(QStringLiteral("\n\nDefault"), 0, 0);
        edit->setToolTip(tip
                         + tr("\n\nDefault now: %1 - %2%3")
                               .arg(value, qs(p.source), p.year ? QStringLiteral(" (%1)").arg(*p.year) : QString()));
    };
    if (!e.pueGiven)
        placeholder("pue", qs(NumberFormat::significant(e.pue)), e.pueSource);
    m_mfuWarning->hide();
    if (e.compute.used) {
        auto* hours = qobject_cast<QLineEdit*>(field(QStringLiteral("hours")));
        auto* mfu = qobject_cast<QLineEdit*>(field(QStringLiteral("mfu")));
        if (e.compute.mfuImplied) {
            mfu->setPlaceholderText(tr("%1 implied by the hours").arg(qs(NumberFormat::significant(e.compute.mfu))));
            if (e.compute.mfuImplausible) {
                m_mfuWarning->setText(tr("The compute and the hours imply an MFU of %1: implausible (outside %2 "
                                         "to 1). Check the compute, the hours and the device count.")
                                          .arg(qs(NumberFormat::significant(e.compute.mfu)),
                                               qs(NumberFormat::significant(TrainingCompute::kMinPlausibleMfu))));
                m_mfuWarning->show();
            }
        } else {
            hours->setPlaceholderText(tr("%1 h from the compute").arg(qs(NumberFormat::significant(e.hours))));
            mfu->setPlaceholderText(
                e.compute.mfuGiven
                    ? QString()
                    : tr("%1 (median of published runs)").arg(qs(NumberFormat::significant(e.compute.mfu, 2))));
        }
    }
    if (!e.input.offsetPct)
        placeholder("offset", qs(NumberFormat::significant(e.offsetPct)) + QStringLiteral(" %"), e.offsetSource);
    if (e.water && !e.input.wue && e.water->onsiteNone.empty())
        placeholder("wue", qs(NumberFormat::significant(e.water->wue)) + tr(" L/kWh"), e.water->wueSource);
    if (e.embodied && !e.input.lifetimeYears)
        placeholder("lifetime-years", tr("%1 years").arg(qs(NumberFormat::significant(e.embodied->lifetimeYears))),
                    e.embodied->lifetimeSource);
    if (e.embodied && !e.input.activeShare)
        placeholder("active-share", qs(NumberFormat::significant(e.embodied->activeShare)),
                    e.embodied->activeShareSource);
    m_hardwareInfo->setText(tr("%1 %2, TDP %3 W%4. Source: %5")
                                .arg(qs(e.hardware.vendor), QString::fromUtf8(Kinds::key(e.hardware.kind)).toUpper(),
                                     qs(NumberFormat::significant(e.hardware.tdpW)),
                                     e.hardware.year ? tr(", released %1").arg(*e.hardware.year) : QString(),
                                     qs(e.hardware.source)));
}

void EstimateForm::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("input"));
    settings.setValue(QStringLiteral("hardware"), m_hardware->currentText());
    settings.setValue(QStringLiteral("durationUnit"), m_durationUnit->currentIndex());
    settings.setValue(QStringLiteral("work"), m_work->currentIndex());
    settings.setValue(QStringLiteral("precision"), m_precision->currentData());
    settings.setValue(QStringLiteral("runYear"), m_year->currentData());
    m_place->save(settings);
    settings.setValue(QStringLiteral("advanced"), advancedVisible());
    settings.setValue(QStringLiteral("basis"), QString::fromUtf8(Basis::key(basis()).data()));
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            settings.setValue(it.key(), edit->text());
    }
    settings.endGroup();
}

void EstimateForm::restore(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("input"));
    if (auto b = Basis::parse(settings.value(QStringLiteral("basis")).toString().toStdString());
        b && *b != IntensityBasis::Unspecified) {
        QSignalBlocker block(this);
        setBasis(*b);
    }
    if (settings.contains(QStringLiteral("hardware"))) {
        QSignalBlocker block(this);
        m_restoring = true;
        m_hardware->setEditText(settings.value(QStringLiteral("hardware")).toString());
        m_durationUnit->setCurrentIndex(settings.value(QStringLiteral("durationUnit")).toInt());
        m_work->setCurrentIndex(std::clamp(settings.value(QStringLiteral("work")).toInt(), 0, m_work->count() - 1));
        m_precision->setCurrentIndex(std::max(0, m_precision->findData(settings.value(QStringLiteral("precision")))));
        m_year->setCurrentIndex(std::max(0, m_year->findData(settings.value(QStringLiteral("runYear")).toInt())));
        m_place->restore(settings);
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
            if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
                edit->setText(settings.value(it.key()).toString());
        }
        setAdvancedVisible(settings.value(QStringLiteral("advanced")).toBool());
        m_restoring = false;
    }
    settings.endGroup();
    emit changed();
}

}  // namespace mlcarbon
