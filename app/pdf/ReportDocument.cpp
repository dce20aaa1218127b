#include "ReportDocument.h"

#include "AtomicFile.h"
#include "CatalogTables.h"
#include "EstimateReport.h"
#include "ImpactReport.h"
#include "MethodText.h"
#include "NumberFormat.h"
#include "ProjectBudget.h"
#include "ProjectReport.h"
#include "Version.h"
#include "WhenSection.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <set>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

QString h(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label, value);
}

const char* kStyle = R"(
  body { font-size: 10pt; }
  h1 { font-size: 17pt; margin-bottom: 2pt; }
  h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 4pt; }
  table.grid { border-collapse: collapse; margin-bottom: 6pt; }
  table.grid td, table.grid th { border: 1px solid #999; padding: 3px 6px; }
  table.grid th { background: #e8f0e8; text-align: left; }
  td.num, th.num { text-align: right; }
  .big { font-size: 15pt; font-weight: bold; }
  .small { font-size: 8.5pt; color: #444; }
  pre { font-size: 9pt; }
  table.cmp { font-size: 8.5pt; }
  td.nw { white-space: nowrap; border: 1px solid #999; padding: 3px 6px; }
  td.nwnum { white-space: nowrap; text-align: right; border: 1px solid #999; padding: 3px 6px; }
  th.nwnum { white-space: nowrap; text-align: right; }
)";

}  // namespace

QImage ReportDocument::chart(const std::vector<RankedRegion>& ranking, QSize size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    const auto rows = ReportData::shownRows(ranking);
    if (rows.empty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = QGuiApplication::font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    double maxKg = 0;
    qreal labelWidth = 0;
    std::vector<QString> labels;
    for (const RankedRegion* r : rows) {
        maxKg = std::max(maxKg, r->emissionsKg);
        QString label = QString::fromStdString(r->provider.empty() ? r->code : r->provider + " " + r->code);
        if (r->chosen)
            label += QStringLiteral(" (chosen)");
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label));
        labels.push_back(label);
    }
    const qreal left = labelWidth + 10, right = 90, top = 6, bottom = 6;
    const qreal barArea = size.width() - left - right;
    const qreal slot = (size.height() - top - bottom) / static_cast<qreal>(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RankedRegion& r = *rows[i];
        const qreal y = top + slot * static_cast<qreal>(i);
        const qreal w = maxKg > 0 ? barArea * r.emissionsKg / maxKg : 0;
        p.setPen(Qt::NoPen);
        p.setBrush(r.chosen ? QColor(0xef, 0x6c, 0x00) : QColor(0x2e, 0x7d, 0x32));
        p.drawRect(QRectF(left, y + slot * 0.15, std::max<qreal>(w, 1), slot * 0.7));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelWidth, slot), Qt::AlignRight | Qt::AlignVCenter, labels[i]);
        p.drawText(QRectF(left + w + 4, y, right + barArea - w, slot), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::fromStdString(NF::mass(r.emissionsKg)));
    }
    p.setPen(QColor(0x66, 0x66, 0x66));
    p.drawLine(QPointF(left, top), QPointF(left, size.height() - bottom));
    return image;
}

namespace {

// The first lines: version, date and what the databases hold.
QString headerHtml(const ReportData& data)
{
    std::set<int> vintages;
    if (data.catalog) {
        for (const auto& r : data.catalog->regions())
            vintages.insert(r.year);
    }
    QString vintageText;
    for (int y : vintages)
        vintageText += (vintageText.isEmpty() ? QString() : QStringLiteral(", ")) + QString::number(y);

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>Carbon footprint of ML compute</h1>");
    html +=
        QStringLiteral("<p class=small>Estimated with mlcarbon %1 on %2. Databases: %3 devices (Epoch AI, ML CO2 "
                       "Impact, Green Algorithms, CodeCarbon), %4 cloud regions (grid intensity vintages %5), %6 grid "
                       "zones.</p>")
            .arg(QStringLiteral(MLCARBON_VERSION), QDate::currentDate().toString(Qt::ISODate))
            .arg(data.catalog ? data.catalog->hardware().size() : 0)
            .arg(data.catalog ? data.catalog->regions().size() : 0)
            .arg(vintageText)
            .arg(data.catalog ? data.catalog->zones().size() : 0);

    return html;
}

// A project: its total, items, phases and the formula of each item.
QString projectHtml(const Project& project, const ProjectResult& r)
{
    QString html;
    html +=
        QStringLiteral("<h2>Project: %1</h2>").arg(h(project.name.empty() ? std::string("untitled") : project.name));
    if (!project.description.empty())
        html += QStringLiteral("<p class=small>%1</p>").arg(h(project.description));
    html += QStringLiteral("<p><span class=big>%1</span> &nbsp; location-based, %2 of electricity, %3 items<br>"
                           "Range %4 to %5 (lowest and highest power, PUE and grid intensity the sources report)")
                .arg(h(NF::mass(r.emissionsKg)), h(NF::energy(r.energyKwh)))
                .arg(r.items.size())
                .arg(h(NF::mass(r.emissionsLowKg)), h(NF::mass(r.emissionsHighKg)));
    if (r.marketEmissionsKg < r.emissionsKg)
        html += QStringLiteral("<br>Market-based: %1 (providers' offset / renewable-match claims; shown apart)")
                    .arg(h(NF::mass(r.marketEmissionsKg)));
    html += QStringLiteral("</p><h2>Items</h2><table class=\"grid cmp\" width=\"100%\"><tr><th>Item</th><th>Phase</th>"
                           "<th>Hardware</th><th class=num>Devices</th><th class=num>Hours</th><th>Location</th>"
                           "<th class=num>Energy</th><th class=num>Emissions</th><th class=num>Share</th></tr>");
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const Estimate& item = r.items[i];
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=num>%4</td><td class=num>%5</td>"
                           "<td>%6</td><td class=nwnum>%7</td><td class=nwnum>%8</td><td class=nwnum>%9 %</td></tr>")
                .arg(h(project.items[i].label), h(project.items[i].phase), h(item.hardware.name),
                     h(NF::integer(item.count)), h(NF::significant(item.hours)), h(EstimateReport::locationLabel(item)),
                     h(NF::energy(item.energyKwh)), h(NF::mass(item.emissionsKg)),
                     h(NF::significant(100.0 * r.shares[i])));
    }
    html += QStringLiteral(
                "<tr><td><b>Total</b></td><td></td><td></td><td></td><td></td><td></td>"
                "<td class=nwnum><b>%1</b></td><td class=nwnum><b>%2</b></td><td class=nwnum>100 %</td></tr></table>")
                .arg(h(NF::energy(r.energyKwh)), h(NF::mass(r.emissionsKg)));
    html += QStringLiteral("<h2>By phase</h2><table class=grid><tr><th>Phase</th><th class=num>Items</th>"
                           "<th class=num>Energy</th><th class=num>Emissions</th></tr>");
    for (const auto& [phase, total] : r.phases)
        html += QStringLiteral("<tr><td>%1</td><td class=num>%2</td><td class=num>%3</td><td class=num>%4</td></tr>")
                    .arg(h(phase))
                    .arg(total.items)
                    .arg(h(NF::energy(total.energyKwh)), h(NF::mass(total.emissionsKg)));
    html += QStringLiteral("</table>");
    if (const std::string beyond = ProjectReport::beyondText(r); !beyond.empty())
        html += QStringLiteral("<p>") + h(beyond).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                + QStringLiteral("</p>");
    if (const std::vector<BudgetUse> budgets = ProjectBudget::of(project, r); !budgets.empty()) {
        html += QStringLiteral("<h2>Carbon budget</h2><p>Location-based emissions against the budget set for the "
                               "project.</p><ul>");
        for (const BudgetUse& b : budgets)
            html += QStringLiteral("<li>%1%2</li>")
                        .arg(b.over() ? QStringLiteral("<b>Over budget</b>: ") : QString(), h(ProjectBudget::text(b)));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>Formula of each item</h2>");
    for (std::size_t i = 0; i < r.items.size(); ++i)
        html += QStringLiteral("<p><b>%1</b></p><pre>%2\n%3</pre>")
                    .arg(h(project.items[i].label), h(EstimateReport::energyFormula(r.items[i])),
                         h(EstimateReport::emissionsFormula(r.items[i])));
    return html;
}

// One job: result, inputs, breakdown and formula, equivalents.
QString estimateHtml(const Estimate& e, const std::vector<Equivalent>& equivalents)
{
    QString html;
    html += QStringLiteral("<h2>Result</h2><p><span class=big>%1</span> &nbsp; location-based, %2 of electricity<br>"
                           "Range %3 to %4 (lowest and highest power, PUE and grid intensity the sources report)")
                .arg(h(NF::mass(e.emissionsKg)), h(NF::energy(e.energyKwh)), h(NF::mass(e.emissionsLowKg)),
                     h(NF::mass(e.emissionsHighKg)));
    if (e.offsetPct > 0)
        html += QStringLiteral("<br>Market-based: %1 (offset / renewable match %2 %, provider claim; shown apart, not "
                               "instead)")
                    .arg(h(NF::mass(e.marketEmissionsKg)), h(NF::significant(e.offsetPct)));
    html += QStringLiteral("</p>");
    // Beyond the electricity: apart from the location-based figure, never added to it.
    if (const ImpactReport::Lines beyond = ImpactReport::resultLines(e); !beyond.empty()) {
        html +=
            QStringLiteral("<h2>Beyond the electricity</h2><p>Not included in the figure above.</p><table class=grid>");
        for (const auto& [label, text] : beyond)
            html += row(h(label), h(text));
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>Inputs</h2><table class=grid>");
    html += row(QStringLiteral("Hardware"),
                h(e.hardware.name)
                    + QStringLiteral(" (%1, TDP %2 W)")
                          .arg(h(std::string(Kinds::key(e.hardware.kind))), h(NF::significant(e.hardware.tdpW))));
    html += row(QStringLiteral("Devices"), h(NF::integer(e.count)));
    const std::string schedule = EstimateReport::scheduleText(e);
    html += row(QStringLiteral("Hours per device"),
                h(EstimateReport::hoursText(e) + (schedule.empty() ? "" : " (" + schedule + ")")));
    html += row(QStringLiteral("Power per device"),
                h(EstimateReport::powerWText(e))
                    + (e.measuredPower
                           ? QStringLiteral(" W, measured average")
                           : QStringLiteral(" W = TDP x utilisation %1").arg(h(NF::significant(e.utilization)))));
    if (e.hostW > 0)
        html += row(QStringLiteral("Host per device"), h(NF::significant(e.hostW)) + QStringLiteral(" W"));
    html += row(QStringLiteral("Location"), h(EstimateReport::locationLabel(e)));
    html += row(QStringLiteral("Grid intensity"),
                h(EstimateReport::intensityText(e)) + QStringLiteral(" gCO2e/kWh") + QStringLiteral(" (")
                    + (e.intensitySource.year ? QStringLiteral("%1, ").arg(*e.intensitySource.year) : QString())
                    + h(EstimateReport::basisText(e)) + QLatin1Char(')'));
    html += row(QStringLiteral("PUE"),
                h(EstimateReport::pueText(e)) + (e.pueGiven ? QStringLiteral(" (given)") : QString()));
    for (const std::string& a : e.assumptions)
        html += row(QStringLiteral("Assumed"), h(a));
    for (const std::string& n : e.notes)
        html += row(QStringLiteral("What-if"), h(n));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>Breakdown and formula</h2><table class=grid>"
                           "<tr><th>Part</th><th class=num>Energy</th></tr>");
    html += QStringLiteral("<tr><td>Devices</td><td class=num>%1</td></tr>").arg(h(NF::energy(e.deviceKwh)));
    html += QStringLiteral("<tr><td>Host (CPU, memory)</td><td class=num>%1</td></tr>").arg(h(NF::energy(e.hostKwh)));
    html += QStringLiteral("<tr><td>Data-centre overhead (PUE %1)</td><td class=num>%2</td></tr>")
                .arg(h(EstimateReport::pueText(e)), h(NF::energy(e.overheadKwh)));
    html += QStringLiteral("<tr><td><b>Total</b></td><td class=num><b>%1</b></td></tr></table>")
                .arg(h(NF::energy(e.energyKwh)));
    html += QStringLiteral("<pre>%1\n%2</pre>")
                .arg(h(EstimateReport::energyFormula(e)), h(EstimateReport::emissionsFormula(e)));

    if (!equivalents.empty()) {
        html += QStringLiteral("<h2>Equivalent to</h2><ul>");
        for (const auto& q : equivalents)
            html +=
                QStringLiteral("<li>%1 %2 <span class=small>(%3 %4, %5)</span></li>")
                    .arg(h(NF::significant(q.amount)), h(q.label), h(NF::significant(q.constant)), h(q.constantUnit))
                    .arg(q.year);
        html += QStringLiteral("</ul>");
    }
    return html;
}

// The cleaner places: the chart (an image resource) and the rows it shows.
QString comparisonHtml(const ReportData& data, const std::vector<const RankedRegion*>& shown, qreal textWidth,
                       int chartHeight)
{
    const Estimate& e = data.estimate;
    QString html;
    html +=
        QStringLiteral("<h2 style=\"page-break-before: always\">Cleaner regions for the %3</h2>"
                       "<p class=small>Each place with its own PUE and grid intensity (\"own\": own hardware "
                       "with the on-premise PUE); the chosen location in orange. %4 A PUE marked * is a "
                       "default, not a figure for that place.</p><p><img "
                       "src=\"mlcarbon:chart\" width=%1 height=%2></p>")
            .arg(static_cast<int>(textWidth))
            .arg(static_cast<int>(textWidth * chartHeight / 620.0))
            .arg(data.project ? QStringLiteral("whole project (every item moved there)") : QStringLiteral("same job"),
                 h(CatalogTables::basisLine(data.ranking, e.requestedBasis)
                   + CatalogTables::yearLine(data.ranking, e.input.year)));
    html += QStringLiteral("<table class=\"grid cmp\" width=\"100%\"><tr><th width=\"5%\">#</th>"
                           "<th width=\"10%\">Provider</th><th width=\"19%\">Region</th>"
                           "<th width=\"15%\">Location</th><th class=num width=\"18%\">gCO2e/kWh</th>"
                           "<th class=num width=\"8%\">PUE</th><th class=num width=\"14%\">Emissions</th>"
                           "<th class=nwnum width=\"11%\">Saving</th></tr>");
    for (const RankedRegion* r : shown) {
        const auto rank = (r - data.ranking.data()) + 1;
        // Region codes stay whole (europe-north2), so a reader can type them; the provider is its id.
        const QString provider = r->provider.empty() ? QStringLiteral("own") : h(r->provider);
        html += QStringLiteral("<tr><td class=nw>%1</td><td>%2</td><td class=nw>%3</td><td>%4</td>"
                               "<td class=num>%5 (%6)</td><td class=nwnum>%7</td><td class=nwnum>%8</td>"
                               "<td class=nwnum>%9</td></tr>")
                    .arg(rank)
                    .arg(r->chosen ? QStringLiteral("<b>%1</b>").arg(provider) : provider,
                         h(r->code) + (r->chosen ? QStringLiteral(" <b>(chosen)</b>") : QString()),
                         h(r->name + " (" + r->country + ")"), h(NF::significant(r->intensity)))
                    .arg(QString::number(r->intensityYear) + (r->yearFallback ? QStringLiteral(", nearest") : QString())
                         + QStringLiteral(", ") + h(CatalogTables::basisCell(*r)))
                    .arg(h(NF::significant(r->pue) + (isDefault(r->pueOrigin) ? "*" : "")), h(NF::mass(r->emissionsKg)),
                         r->savingPct ? h(NF::significant(*r->savingPct)) + QStringLiteral(" %") : QStringLiteral("-"));
    }
    html += QStringLiteral("</table>");
    return html;
}

// The cleaner hardware: the same training compute on every accelerator, at the job's place and year.
QString hardwareHtml(const ReportData& data, const std::vector<const RankedHardware*>& shown)
{
    const Estimate& e = data.estimate;
    QString html;
    // A page of its own, as the regions have: a table split over two pages would part the chosen row
    // from the rows it is compared with.
    html += QStringLiteral("<h2 style=\"page-break-before: always\">Cleaner hardware for the same work</h2>"
                           "<p class=small>%1 %2 Peak: dense TFLOP/s at that precision. The chosen device in bold; %3 "
                           "of %4 devices shown.</p>")
                .arg(h(HardwareRanking::assumption(e)), h(CatalogTables::hardwarePlaceLine(e)))
                .arg(shown.size())
                .arg(data.hardwareRanking.size());
    html += QStringLiteral("<table class=\"grid cmp\" width=\"100%\"><tr><th width=\"5%\">#</th>"
                           "<th width=\"29%\">Device</th><th class=num width=\"13%\">Peak<br>TFLOP/s</th>"
                           "<th class=num width=\"14%\">Device-<br>hours</th><th class=num width=\"13%\">Energy</th>"
                           "<th class=num width=\"15%\">Emissions</th><th class=num width=\"11%\">Saving</th></tr>");
    for (const RankedHardware* r : shown) {
        const auto rank = (r - data.hardwareRanking.data()) + 1;
        const QString name = h(r->hardware->name);
        html += QStringLiteral("<tr><td class=nw>%1</td><td>%2</td><td class=nwnum>%3</td><td class=nwnum>%4</td>"
                               "<td class=nwnum>%5</td><td class=nwnum>%6</td><td class=nwnum>%7</td></tr>")
                    .arg(rank)
                    .arg(r->chosen ? QStringLiteral("<b>%1 (chosen)</b>").arg(name) : name,
                         h(NF::significant(r->peakFlops / 1e12)), h(NF::significant(r->deviceHours)),
                         h(NF::energy(r->energyKwh)), h(NF::mass(r->emissionsKg)),
                         r->savingPct ? h(NF::significant(*r->savingPct)) + QStringLiteral(" %") : QStringLiteral("-"));
    }
    html += QStringLiteral("</table>");
    return html;
}

// Method, the sources of every value used, the data credits and what the estimate leaves out.
QString methodAndSourcesHtml(const ReportData& data)
{
    const Estimate& e = data.estimate;
    QString html;
    html += QStringLiteral("<h2 style=\"page-break-before: always\">Method</h2>");
    if (data.catalog) {
        for (const auto& [heading, text] : MethodText::sections(*data.catalog, e.requestedBasis))
            html += QStringLiteral("<p><b>%1.</b> %2</p>").arg(h(heading), h(text));
    }

    html += QStringLiteral("<h2>Sources of the values used</h2><table class=grid>");
    if (data.project) {
        const auto& items = data.project->result.items;
        for (std::size_t i = 0; i < items.size(); ++i) {
            for (const auto& [label, text] : EstimateReport::sources(items[i]))
                html += row(h(data.project->project.items[i].label + ": " + label), h(text));
        }
    } else {
        for (const auto& [label, text] : EstimateReport::sources(e))
            html += row(h(label), h(text));
    }
    html += QStringLiteral("</table>");
    if (data.catalog) {
        html += QStringLiteral("<p class=small>Data credits: ");
        std::set<std::string> seen;
        QStringList credits;
        for (const auto& s : data.catalog->sources()) {
            const std::string credit = s.id == "web" ? s.title : s.attribution.empty() ? s.title : s.attribution;
            if (seen.insert(credit).second)
                credits << h(credit);
        }
        html += credits.join(QStringLiteral("; ")) + QStringLiteral(".</p>");
    }
    html += QStringLiteral("<h2>What the estimate does not cover</h2><p>%1</p>").arg(h(MethodText::notCovered(e)));
    return html;
}

}  // namespace

std::unique_ptr<QTextDocument> ReportDocument::build(const ReportData& data, qreal textWidth, qreal imageScale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(QString::fromLatin1(kStyle));
    doc->setDocumentMargin(0);

    QString html = headerHtml(data);
    html += data.project ? projectHtml(data.project->project, data.project->result)
                         : estimateHtml(data.estimate, data.equivalents);
    const auto shown = ReportData::shownRows(data.ranking);
    const int chartHeight = 24 * static_cast<int>(std::max<std::size_t>(shown.size(), 1)) + 12;
    if (!shown.empty())
        html += comparisonHtml(data, shown, textWidth, chartHeight);
    if (const auto hardware = ReportData::shownHardwareRows(data.hardwareRanking); !hardware.empty())
        html += hardwareHtml(data, hardware);
    else if (!data.hardwareNote.empty())
        html += QStringLiteral("<p class=small>%1</p>").arg(h(data.hardwareNote));
    constexpr int kWhenHeight = 230;
    if (data.when && !data.project) {
        html += WhenSection::html(data.estimate, *data.when, kWhenHeight);
        doc->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(WhenSection::kImageName)),
                         WhenSection::curve(*data.when, QSize(620, kWhenHeight),
                                            std::max<qreal>(1.0, imageScale * textWidth / 620.0)));
    }
    html += methodAndSourcesHtml(data);
    html += QStringLiteral("</body></html>");

    // Drawn at 620 logical pixels wide and scaled to the text width: crisp on a 300 dpi page.
    doc->addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("mlcarbon:chart")),
        chart(data.ranking, QSize(620, chartHeight), std::max<qreal>(1.0, imageScale * textWidth / 620.0)));
    doc->setHtml(html);
    return doc;
}

int ReportDocument::render(const ReportData& data, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    // The painter's origin is the top left of the printable area; the page rect excludes margins.
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    QFont footerFont = QGuiApplication::font();
    footerFont.setPointSizeF(8);
    const qreal footerHeight = QFontMetricsF(footerFont, &device).height() * 2;
    // HTML sizes are CSS pixels, which the layout scales to the device's resolution.
    const qreal devicePerCss = device.logicalDpiX() / 96.0;
    auto doc = build(data, area.width() / devicePerCss, devicePerCss);
    doc->documentLayout()->setPaintDevice(&device);  // else the text comes out at screen size
    doc->setDefaultFont(QGuiApplication::font());
    doc->setPageSize(QSizeF(area.width(), area.height() - footerHeight));
    const int pages = doc->pageCount();
    const qreal pageHeight = doc->pageSize().height();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -pageHeight * i);
        doc->drawContents(&painter, QRectF(0, pageHeight * i, area.width(), pageHeight));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(
            QRectF(0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6),
            Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("mlcarbon %1 - page %2 of %3").arg(QStringLiteral(MLCARBON_VERSION)).arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}

QString ReportDocument::writePdf(const ReportData& data, const QString& path, QPageSize::PageSizeId pageSize)
{
    return AtomicFile::write(path, [&](QIODevice& device, QString& reason) {
        QPdfWriter writer(&device);
        writer.setPageSize(QPageSize(pageSize));
        writer.setPageMargins(QMarginsF(16, 16, 16, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Carbon footprint estimate (mlcarbon)"));
        writer.setCreator(QStringLiteral("mlcarbon " MLCARBON_VERSION));
        if (render(data, writer) == 0) {
            reason = QStringLiteral("the PDF could not be painted");
            return false;
        }
        auto* file = qobject_cast<QFileDevice*>(&device);
        if (file && file->error() != QFileDevice::NoError) {
            reason = file->errorString();
            return false;
        }
        return true;
    });
}

}  // namespace mlcarbon
