#include "MethodDialog.h"

#include "MethodText.h"

namespace mlcarbon {

MethodDialog::MethodDialog(const Catalog& catalog, IntensityBasis basis, QWidget* parent)
    : QMessageBox(parent)
{
    setWindowTitle(tr("Method"));
    setTextFormat(Qt::RichText);
    // The rules and defaults come from the model (MethodText), so the window states none of its own.
    QString html = tr("<h3>How mlcarbon estimates</h3>");
    for (const auto& [heading, text] : MethodText::sections(catalog, basis))
        html += QStringLiteral("<p><b>%1.</b> %2</p>")
                    .arg(QString::fromStdString(heading).toHtmlEscaped(), QString::fromStdString(text).toHtmlEscaped());
    html += tr("<p>The README's Method section lists every default with its source.</p>");
    setText(html);
}

}  // namespace mlcarbon
