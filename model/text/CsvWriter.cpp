#include "CsvWriter.h"

#include "NumberFormat.h"

#include <cmath>

namespace mlcarbon {

std::string CsvWriter::neutralise(std::string_view text)
{
    if (!text.empty()) {
        char c = text.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            std::string out(1, '\'');
            out.append(text);
            return out;
        }
    }
    return std::string(text);
}

std::string CsvWriter::quote(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
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
    m_text += quote(neutralise(text));
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
