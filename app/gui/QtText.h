#pragma once
#include <QString>

#include <string>

namespace mlcarbon {

// The model's texts are UTF-8 std::string; the widgets take QString. Two conversions, so that a
// call site says whether its text lands in rich text (escaped) or in plain text (as it is).

// The text as it is: for plain-text labels, item models, tooltips and the arguments of tr().
QString qs(const std::string& text);

// The text with <, >, & and " escaped, for a rich-text label: a name with "<" stays a name.
QString html(const std::string& text);

}  // namespace mlcarbon
