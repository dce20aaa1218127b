#include "AboutDialog.h"

#include "QtText.h"
#include "Version.h"

#include <set>

namespace mlcarbon {

AboutDialog::AboutDialog(const Catalog& catalog, QWidget* parent)
    : QMessageBox(QMessageBox::Information, tr("About mlcarbon"), text(catalog), QMessageBox::NoButton, parent)
{
    // As QMessageBox::about(): the icon is the window's (the application's), at most 64 px.
    const QIcon icon = windowIcon();
    setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))));
}

QString AboutDialog::text(const Catalog& catalog)
{
    std::set<int> intensityYears;
    for (const auto& r : catalog.regions())
        intensityYears.insert(r.year);
    // One line per attribution: two source snapshots of one project share theirs. Web figures have
    // no attribution of their own; each entry cites its page.
    QString sources;
    std::set<std::string> seen;
    for (const auto& s : catalog.sources()) {
        const std::string credit = s.id == "web" ? s.title : s.attribution.empty() ? s.title : s.attribution;
        if (!seen.insert(credit).second)
            continue;
        sources += QStringLiteral("<li>%1</li>").arg(html(credit));
    }
    QString years;
    for (int y : intensityYears)
        years += (years.isEmpty() ? QString() : QStringLiteral(", ")) + QString::number(y);
    return tr("<h3>mlcarbon %1</h3><p>Energy and carbon footprint of machine-learning compute, offline, every number "
              "with its source.</p><p><b>Data</b>: %2 devices, %3 cloud regions (grid intensity vintages %4), %5 grid "
              "zones. The regions database is available under the Open Database License 1.0 (Electricity Maps).</p>"
              "<p><b>Hourly data</b> (the When tab): contains hourly carbon-intensity data from Electricity Maps "
              "(https://www.electricitymaps.com), 2021-2023, made available under the Open Database License 1.0 "
              "(https://opendatacommons.org/licenses/odbl/1-0/).</p>"
              "<p><b>Sources</b></p><ul>%6</ul>")
        .arg(QStringLiteral(MLCARBON_VERSION))
        .arg(catalog.hardware().size())
        .arg(catalog.regions().size())
        .arg(years)
        .arg(catalog.zones().size())
        .arg(sources);
}

}  // namespace mlcarbon
