#include "TableWriter.h"

#include "CsvWriter.h"
#include "NumberFormat.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace mlcarbon {

namespace {

nlohmann::ordered_json cellJson(const TableCell& c)
{
    switch (c.type) {
    case TableCell::Type::Null: return nullptr;
    case TableCell::Type::Text: return c.text;
    case TableCell::Type::Number:
        return std::isfinite(c.number) ? nlohmann::ordered_json(c.number) : nlohmann::ordered_json(nullptr);
    case TableCell::Type::Integer: return static_cast<long long>(c.number);
    case TableCell::Type::Bool: return c.flag;
    }
    return nullptr;
}

// Display width of UTF-8 text: code points, with East Asian wide characters counted twice.
std::size_t displayWidth(const std::string& s)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        width += len >= 3 ? 2 : 1;
        i += len;
    }
    return width;
}

}  // namespace

std::string TableWriter::json(const Table& table)
{
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            object[table.columns[i].key] = cellJson(row[i]);
        array.push_back(std::move(object));
    }
    return array.dump(2) + "\n";
}

std::string TableWriter::csv(const Table& table)
{
    CsvWriter out;
    for (const auto& c : table.columns)
        out.addText(c.key);
    out.endRow();
    for (const auto& row : table.rows) {
        for (const auto& cell : row) {
            switch (cell.type) {
            case TableCell::Type::Null: out.addEmpty(); break;
            case TableCell::Type::Text: out.addText(cell.text); break;
            case TableCell::Type::Number:
            case TableCell::Type::Integer: out.addNumber(cell.number); break;
            case TableCell::Type::Bool: out.addText(cell.flag ? "true" : "false"); break;
            }
        }
        out.endRow();
    }
    return out.text();
}

std::string TableWriter::text(const Table& table, const std::vector<std::string>& textColumns)
{
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        if (textColumns.empty()
            || std::find(textColumns.begin(), textColumns.end(), table.columns[i].key) != textColumns.end())
            shown.push_back(i);
    }
    std::vector<std::vector<std::string>> cells;
    std::vector<bool> numeric(table.columns.size(), false);
    std::vector<std::string> header;
    for (std::size_t i : shown) {
        const auto& c = table.columns[i];
        header.push_back(c.unit.empty() ? c.label : c.label + " (" + c.unit + ")");
    }
    cells.push_back(header);
    for (const auto& row : table.rows) {
        std::vector<std::string> line;
        for (std::size_t i : shown) {
            const TableCell& cell = row[i];
            switch (cell.type) {
            case TableCell::Type::Null: line.emplace_back("-"); break;
            case TableCell::Type::Text: line.push_back(cell.text); break;
            case TableCell::Type::Number:
                numeric[i] = true;
                line.push_back(NumberFormat::significant(cell.number));
                break;
            case TableCell::Type::Integer:
                numeric[i] = true;
                line.push_back(NumberFormat::integer(cell.number));
                break;
            case TableCell::Type::Bool: line.emplace_back(cell.flag ? "yes" : ""); break;
            }
        }
        cells.push_back(std::move(line));
    }
    std::vector<std::size_t> widths(shown.size(), 0);
    for (const auto& line : cells) {
        for (std::size_t j = 0; j < line.size(); ++j)
            widths[j] = std::max(widths[j], displayWidth(line[j]));
    }
    std::string out;
    for (const auto& line : cells) {
        std::string text;
        for (std::size_t j = 0; j < line.size(); ++j) {
            std::string pad(widths[j] - displayWidth(line[j]), ' ');
            bool right = numeric[shown[j]];
            std::string cell = right ? pad + line[j] : line[j] + (j + 1 < line.size() ? pad : "");
            text += (j ? "  " : "") + cell;
        }
        text.erase(text.find_last_not_of(' ') + 1);  // no trailing blanks when the last cell is empty
        out += text + "\n";
    }
    return out;
}

}  // namespace mlcarbon
