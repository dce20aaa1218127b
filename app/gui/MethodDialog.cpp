#include "MethodDialog.h"

#include "MethodText.h"
#include "QtText.h"

namespace mlcarbon {

MethodDialog::MethodDialog(const Catalog& catalog, IntensityBasis basis, QWidget* parent)
    : QMessageBox(parent)
{
    setWindowTitle(tr("Method"));
    setTextFormat(Qt::RichText);
    // The rules and defaults come from the model (MethodText), so the window states none of its own.
    QString page = tr("<h3>How mlcarbon estimates</h3>");
    for (const auto& [heading, text] : MethodText::sections(catalog, basis))
        page += QStringLiteral("<p><b>%1.</b> %2</p>").arg(html(heading), html(text));
    page += tr("<p>The README's Method section lists every default with its source.</p>");
    setText(page);
}

}  // namespace mlcarbon
