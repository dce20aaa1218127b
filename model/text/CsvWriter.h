#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF
// line ends, UTF-8. A text field that a spreadsheet would run as a formula (starting with
// = + - @ tab or CR) gets a leading apostrophe; numbers are written as numbers.
class CsvWriter {
public:
    void addText(std::string_view text);
    void addNumber(double value);  // empty cell when not finite
    void addEmpty();
    void endRow();
    const std::string& text() const { return m_text; }

    static std::string quote(std::string_view text);
    static std::string neutralise(std::string_view text);

private:
    std::string m_text;
    bool m_rowStarted = false;
    void separator();
};

}  // namespace mlcarbon
