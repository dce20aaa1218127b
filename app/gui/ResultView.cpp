#include "ResultView.h"

#include "EstimateReport.h"
#include "ImpactReport.h"
#include "NumberFormat.h"
#include "QtText.h"
#include "RangeRule.h"
#include "TrainingCompute.h"
#include "WrappedLabel.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mlcarbon {

namespace {

QLabel* makeLabel(QWidget* parent, const char* name)
{
    auto* l = new WrappedLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);  // not a tab stop: Tab walks the inputs
    l->setTextFormat(Qt::RichText);
    return l;
}

QGroupBox* section(QWidget* parent, const QString& title, QLabel* body)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(body);
    return box;
}

}  // namespace

ResultView::ResultView(QWidget* parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_problem = makeLabel(page, "problem");
    m_problem->hide();
    layout->addWidget(m_problem);

    m_content = new QWidget(page);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_emissions = makeLabel(m_content, "emissions");
    QFont big = m_emissions->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_emissions->setFont(big);
    m_energy = makeLabel(m_content, "energy");
    QFont medium = m_energy->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_energy->setFont(medium);
    m_range = makeLabel(m_content, "range");
    m_market = makeLabel(m_content, "market");
    m_basis = makeLabel(m_content, "basis");
    m_notes = makeLabel(m_content, "notes");
    m_work = makeLabel(m_content, "work");
    content->addWidget(m_emissions);
    content->addWidget(m_energy);
    content->addWidget(m_range);
    content->addWidget(m_market);
    content->addWidget(m_basis);
    content->addWidget(m_work);
    content->addWidget(m_notes);

    m_breakdown = makeLabel(m_content, "breakdown");
    m_formula = makeLabel(m_content, "formula");
    m_formula->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_equivalents = makeLabel(m_content, "equivalents");
    m_beyond = makeLabel(m_content, "beyond");
    m_sources = makeLabel(m_content, "sources");
    m_sources->setOpenExternalLinks(false);
    m_beyondSection = section(m_content, tr("Embodied and water (not in the figure above)"), m_beyond);
    content->addWidget(m_beyondSection);
    content->addWidget(section(m_content, tr("Breakdown"), m_breakdown));
    content->addWidget(section(m_content, tr("Formula"), m_formula));
    content->addWidget(section(m_content, tr("Equivalent to"), m_equivalents));
    content->addWidget(section(m_content, tr("Sources"), m_sources));
    layout->addWidget(m_content);
    layout->addStretch(1);
    setWidget(page);
}

bool ResultView::showsResult() const
{
    return !m_content->isHidden();
}

void ResultView::showProblems(const QStringList& problems)
{
    m_content->hide();
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("No estimate yet: fix or fill in these fields."));
    for (const QString& p : problems)
        html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    m_problem->setText(html + QStringLiteral("</ul>"));
    m_problem->show();
    m_emissions->clear();
    m_energy->clear();
}

void ResultView::showWork(const Estimate& e)
{
    using NF = NumberFormat;
    const ComputeWork& w = e.compute;
    m_work->setVisible(w.used);
    if (!w.used) {
        // A job of hours a day x days says so, since the form's hours field is not shown for it.
        const std::string schedule = EstimateReport::scheduleText(e);
        if (schedule.empty())
            m_work->clear();
        else
            m_work->setText(tr("Ran %1: %2 h per device.").arg(html(schedule), html(EstimateReport::hoursText(e))));
        m_work->setToolTip(QString());
        return;
    }
    QString flop = html(NF::large(w.flop)) + tr(" FLOP");
    if (w.fromParamsTokens)
        flop += tr(" = 6 x %1 parameters x %2 tokens")
                    .arg(html(NF::large(*e.input.params)), html(NF::large(*e.input.tokens)));
    QString mfu;
    if (w.mfuImplied) {
        mfu = tr("MFU %1 implied by the compute and the hours").arg(html(NF::significant(w.mfu)));
        if (w.mfuImplausible)
            mfu += tr(": <b>implausible</b> (outside %1 to 1)")
                       .arg(html(NF::significant(TrainingCompute::kMinPlausibleMfu)));
    } else if (w.mfuGiven) {
        mfu = tr("MFU %1 (given)").arg(html(NF::significant(w.mfu)));
    } else {
        mfu = tr("MFU %1, the median of published runs (range %2 to %3)")
                  .arg(html(NF::significant(w.mfu)), html(NF::significant(w.mfuBounds.low)),
                       html(NF::significant(w.mfuBounds.high)));
    }
    QString text = tr("Training compute %1 on a peak of %2 TFLOP/s per device (%3).")
                       .arg(flop, html(NF::significant(w.peakFlops / 1e12)), html(TrainingCompute::label(w.precision)))
                   + QStringLiteral("<br>") + mfu + QStringLiteral(".");
    if (!w.mfuImplied)
        text += QStringLiteral("<br>")
                + tr("%1 device-hours (range %2 to %3); %4 h on %5 devices.")
                      .arg(html(NF::significant(w.deviceHours)), html(NF::significant(w.deviceHoursBounds.low)),
                           html(NF::significant(w.deviceHoursBounds.high)), html(NF::significant(e.hours)),
                           html(NF::integer(e.count)));
    m_work->setText(text);
    m_work->setToolTip(html(TrainingCompute::text()));
}

void ResultView::showEstimate(const Estimate& e, const std::vector<Equivalent>& equivalents)
{
    using NF = NumberFormat;
    m_problem->hide();
    m_content->show();
    m_emissions->setText(html(NF::mass(e.emissionsKg)));
    m_emissions->setToolTip(tr("Location-based emissions: energy x grid intensity"));
    m_energy->setText(html(NF::energy(e.energyKwh)) + tr(" of electricity at ")
                      + html(EstimateReport::locationLabel(e)));
    const QString what =
        e.input.year && !e.intensityGiven
            ? tr("lowest and highest power, PUE and grid intensity on this basis for %1")
                  .arg(e.intensitySource.year.value_or(0))
            : tr("lowest and highest power, PUE and grid intensity on this basis that the data record from %1 on")
                  .arg(RangeRule::kOldestYear);
    const QString mfu =
        e.compute.used && !e.compute.mfuImplied && !e.compute.mfuGiven ? tr(", and the MFU range") : QString();
    m_range->setText(tr("Range %1 to %2 (%5%6; energy %3 to %4)")
                         .arg(html(NF::mass(e.emissionsLowKg)), html(NF::mass(e.emissionsHighKg)),
                              html(NF::energy(e.energyLowKwh)), html(NF::energy(e.energyHighKwh)), what, mfu));
    m_range->setToolTip(html(RangeRule::text()));
    if (e.offsetPct > 0)
        m_market->setText(tr("Market-based: %1 (offset / renewable match %2 %, %3). Shown apart, not instead.")
                              .arg(html(NF::mass(e.marketEmissionsKg)), html(NF::significant(e.offsetPct)),
                                   html(e.offsetSource.source)));
    else
        m_market->setText(tr("No offset or renewable match applies: market-based = location-based."));

    if (e.intensityGiven)
        m_basis->setText(tr("Grid intensity %1 gCO2e/kWh as given.").arg(html(EstimateReport::intensityText(e))));
    else
        m_basis->setText(tr("Grid intensity %1 gCO2e/kWh (%2), %3.")
                             .arg(html(EstimateReport::intensityText(e)))
                             .arg(e.intensitySource.year.value_or(0))
                             .arg(e.basisFallback() ? tr("<b>%1</b> basis: this place has no %2 figure")
                                                          .arg(html(Basis::label(e.intensityBasis)),
                                                               html(Basis::label(e.requestedBasis)))
                                                    : tr("%1 basis").arg(html(Basis::label(e.intensityBasis)))));
    if (e.yearFallback())
        m_basis->setText(m_basis->text() + QLatin1Char(' ')
                         + tr("<b>Year of the run %1: no figure for it; the %2 figure is used.</b>")
                               .arg(*e.input.year)
                               .arg(e.intensitySource.year.value_or(0)));
    else if (e.input.year && !e.intensityGiven)
        m_basis->setText(m_basis->text() + QLatin1Char(' ') + tr("Year of the run: %1.").arg(*e.input.year));
    m_basis->setToolTip(html(Basis::meaning(e.intensityGiven ? e.requestedBasis : e.intensityBasis)));
    showWork(e);
    QString notes;
    const std::string pueNote = EstimateReport::pueOriginNote(e.pueOrigin);
    if (!pueNote.empty())
        notes += QStringLiteral("<li>") + tr("PUE %1: %2.").arg(html(EstimateReport::pueText(e)), html(pueNote))
                 + QStringLiteral("</li>");
    for (const std::string& n : e.notes)
        notes += QStringLiteral("<li>") + html(n) + QStringLiteral("</li>");
    for (const std::string& a : e.assumptions)
        notes += QStringLiteral("<li>") + tr("Assumed: %1").arg(html(a)) + QStringLiteral("</li>");
    m_notes->setText(notes.isEmpty() ? QString() : QStringLiteral("<ul>") + notes + QStringLiteral("</ul>"));
    m_notes->setVisible(!notes.isEmpty());

    auto row = [](const QString& label, const std::string& value, const QString& note = {}) {
        return QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td><td>&nbsp;&nbsp;%3</td></tr>")
            .arg(label, html(value), note);
    };
    QString power = e.measuredPower
                        ? tr("%1 W measured average").arg(html(EstimateReport::powerWText(e)))
                        : tr("%1 W = TDP %2 W x utilisation %3")
                              .arg(html(EstimateReport::powerWText(e)), html(NF::significant(e.hardware.tdpW)),
                                   html(NF::significant(e.utilization)));
    m_breakdown->setText(
        QStringLiteral("<table>") + row(tr("Devices"), NF::energy(e.deviceKwh), power)
        + row(tr("Host (CPU, memory)"), NF::energy(e.hostKwh),
              tr("%1 W per device").arg(html(NF::significant(e.hostW))))
        + row(tr("Data-centre overhead"), NF::energy(e.overheadKwh), tr("PUE %1").arg(html(EstimateReport::pueText(e))))
        + row(tr("<b>Total</b>"), NF::energy(e.energyKwh),
              tr("x %1 gCO2e/kWh").arg(html(EstimateReport::intensityText(e))))
        + QStringLiteral("</table>"));
    m_formula->setText(html(EstimateReport::energyFormula(e)) + QStringLiteral("<br>")
                       + html(EstimateReport::emissionsFormula(e)));

    // Embodied, water and the serving figures: the model's lines, in a section of their own.
    QString beyond;
    for (const auto& [label, text] : ImpactReport::resultLines(e))
        beyond += QStringLiteral("<tr><td valign=top><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                      .arg(html(label), html(text));
    m_beyond->setText(QStringLiteral("<table>") + beyond + QStringLiteral("</table>"));
    m_beyondSection->setVisible(!beyond.isEmpty());

    QString eq;
    for (const auto& q : equivalents)
        eq += QStringLiteral("<li>%1 %2 <small>(%3 %4, %5)</small></li>")
                  .arg(html(NF::significant(q.amount)), html(q.label), html(NF::significant(q.constant)),
                       html(q.constantUnit))
                  .arg(q.year);
    m_equivalents->setText(eq.isEmpty() ? tr("No equivalence constants in the data.")
                                        : QStringLiteral("<ul>") + eq + QStringLiteral("</ul>"));

    QString sources = QStringLiteral("<table>");
    for (const auto& [label, text] : EstimateReport::sources(e))
        sources += QStringLiteral("<tr><td valign=top><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                       .arg(html(label), html(text));
    m_sources->setText(sources + QStringLiteral("</table>"));
}

}  // namespace mlcarbon
