#include "CsvWriter.h"

#include "NumberFormat.h"

#include <charconv>
#include <cmath>

namespace mlcarbon {

namespace {

// A finite decimal number ("-inf" and "-nan" are text, and a spreadsheet must not run them).
bool isNumber(std::string_view s)
{
    double v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(v);
}

}  // namespace

bool CsvWriter::isFormula(std::string_view cell)
{
    if (cell.empty())
        return false;
    const char c = cell.front();
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') && !isNumber(cell);
}

void CsvWriter::appendCell(std::string& out, std::string_view cell)
{
    const bool formula = isFormula(cell);
    const bool quote = cell.find_first_of(",\"\r\n") != std::string_view::npos;
    if (!quote && !formula) {
        out.append(cell);  // the usual cell: copied whole
        return;
    }
    if (quote)
        out += '"';
    if (formula)
        out += '\'';
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_text += ',';
    m_rowStarted = true;
}

void CsvWriter::addText(std::string_view text)
{
    separator();
    appendCell(m_text, text);
}

void CsvWriter::addNumber(double value)
{
    separator();
    if (std::isfinite(value))
        m_text += NumberFormat::exact(value);
}

void CsvWriter::addEmpty()
{
    separator();
}

void CsvWriter::endRow()
{
    m_text += "\r\n";
    m_rowStarted = false;
}

}  // namespace mlcarbon
