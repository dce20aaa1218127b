#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, CRLF
// line ends, UTF-8. A text field that a spreadsheet would run as a formula (starting with
// = + - @ tab or CR, and not a finite decimal number such as -5) gets a leading apostrophe;
// numbers are written as numbers. One rule for every CSV mlcarbon writes (reports and batch).
class CsvWriter {
public:
    void addText(std::string_view text);
    void addNumber(double value);  // empty cell when not finite
    void addEmpty();
    void endRow();
    const std::string& text() const { return m_text; }

    // Appends one cell, quoted and made inert as above: the batch output's fast path uses it too.
    static void appendCell(std::string& out, std::string_view cell);
    // Would a spreadsheet run this cell as a formula? "-5" and "-0.5" are numbers, "-inf", "-2+3" are not.
    static bool isFormula(std::string_view cell);

private:
    std::string m_text;
    bool m_rowStarted = false;
    void separator();
};

}  // namespace mlcarbon
