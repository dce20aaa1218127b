#include "WhenSection.h"

#include "NumberFormat.h"
#include "WhenReport.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mlcarbon {

namespace {

QString h(const std::string& s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

}  // namespace

QString WhenSection::html(const Estimate& e, const WhenResult& r, int imageHeight)
{
    using NF = NumberFormat;
    QString out = QStringLiteral("<h2 style=\"page-break-before: always\">When to run</h2><p>");
    for (const std::string& line : WhenReport::headline(e, r))
        out += h(line) + QStringLiteral("<br>");
    out += QStringLiteral("</p><img src=\"%1\" width=620 height=%2><table class=grid><tr><th>Schedule</th><th>Runs "
                          "(local time)</th><th class=num>g/kWh</th><th class=num>Emissions</th><th "
                          "class=num>Saving</th></tr>")
               .arg(QString::fromLatin1(kImageName))
               .arg(imageHeight);
    for (const WhenReport::Row& row : WhenReport::rows(r)) {

        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=num>%3</td><td class=num>%4</td><td "
                              "class=num>%5</td></tr>")
                   .arg(h(row.label), h(row.runs), h(NF::significant(row.meanGPerKwh)), h(NF::mass(row.kg)),
                        h(WhenReport::savingText(row)));
    }
    out += QStringLiteral("</table>");
    if (!r.plan.paused)
        out += QStringLiteral("<p>Pause and resume: %1.</p>").arg(h(r.plan.pausedNone));
    if (const std::string d = WhenReport::distributionText(r); !d.empty())
        out += QStringLiteral("<p>%1</p>").arg(h(d));
    for (const std::string& n : r.notes)
        out += QStringLiteral("<p class=small>Note: %1.</p>").arg(h(n));
    return out + QStringLiteral("<p class=small>%1</p>").arg(h(WhenReport::notice(r)));
}

QImage WhenSection::curve(const WhenResult& r, QSize size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    if (r.curve.empty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(10);
    p.setFont(font);
    const int bandHeight = 9;
    const int bands = 3;  // the height is the same with or without a paused schedule
    const QRectF plot(44, 8, size.width() - 52, size.height() - 30 - bands * (bandHeight + 4));
    double top = 0;
    for (const WhenHour& hour : r.curve)
        top = std::max(top, hour.gPerKwh);
    top = top > 0 ? top * 1.1 : 1;
    const double hours = static_cast<double>(r.curve.size());
    auto x = [&](double hour) { return plot.left() + plot.width() * hour / hours; };
    auto y = [&](double g) { return plot.bottom() - plot.height() * g / top; };
    // Axes: intensity on the left, every few hours along the bottom in local time.
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    for (int i = 0; i <= 4; ++i) {
        const double g = top / 1.1 * i / 4;
        p.drawLine(QPointF(plot.left(), y(g)), QPointF(plot.right(), y(g)));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y(g) - 6, plot.left() - 4, 12), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(NumberFormat::significant(g, 2)));
        p.setPen(QColor(0xbb, 0xbb, 0xbb));
    }
    const int step = r.curve.size() <= 36 ? 3 : r.curve.size() <= 72 ? 6 : r.curve.size() <= 168 ? 12 : 24;
    p.setPen(Qt::black);
    for (std::size_t i = 0; i < r.curve.size(); i += static_cast<std::size_t>(step)) {
        const CalendarHours::DateTime& t = r.curve[i].local;
        const QString label =
            QStringLiteral("%1:%2").arg(t.hour, 2, 10, QLatin1Char('0')).arg(t.minute, 2, 10, QLatin1Char('0'));
        p.drawText(QRectF(x(double(i)) - 20, plot.bottom() + 2, 40, 12), Qt::AlignCenter, label);
    }
    // The hourly intensity as steps.
    QPainterPath path;
    path.moveTo(x(0), y(r.curve.front().gPerKwh));
    for (std::size_t i = 0; i < r.curve.size(); ++i) {
        path.lineTo(x(double(i)), y(r.curve[i].gPerKwh));
        path.lineTo(x(double(i + 1)), y(r.curve[i].gPerKwh));
    }
    p.setPen(QPen(QColor(0x21, 0x96, 0xf3), 1.6));
    p.drawPath(path);
    // The schedules as bands under the axis, labelled.
    const QColor colours[] = {QColor(0xd3, 0x2f, 0x2f), QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0)};
    const std::vector<WhenReport::Row> rows = WhenReport::rows(r);  // the schedules' names, in their order
    const std::vector<const TimingSchedule*> schedules = r.plan.schedules();
    for (std::size_t k = 0; k < schedules.size(); ++k) {
        const double by = plot.bottom() + 18 + static_cast<double>(k) * (bandHeight + 4);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, by - 2, plot.left() - 4, bandHeight + 4), Qt::AlignRight | Qt::AlignVCenter,
                   QString::fromStdString(rows[k].label).section(QLatin1Char(' '), 0, 0));
        for (const auto& [start, length] : schedules[k]->runs)
            p.fillRect(QRectF(x(start), by, x(start + length) - x(start), bandHeight), colours[k]);
    }
    p.end();
    return image;
}

}  // namespace mlcarbon
