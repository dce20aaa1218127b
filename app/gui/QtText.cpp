#include "QtText.h"

namespace mlcarbon {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

}  // namespace mlcarbon
