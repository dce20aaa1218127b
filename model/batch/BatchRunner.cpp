#include "BatchRunner.h"

#include "BatchEstimator.h"
#include "CsvReader.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace mlcarbon {

namespace {

// A finite decimal number ("-inf" and "-nan" are text, and a spreadsheet must not run them).
bool isNumber(std::string_view s)
{
    double v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(v);
}

// A cell as RFC 4180 wants it, with text a spreadsheet would run as a formula made inert
// (CsvWriter's rule); numbers such as -5 stay numbers.
void appendCell(std::string& out, std::string_view cell)
{
    const bool formula =
        !cell.empty()
        && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r')
        && !isNumber(cell);
    bool quote = false;
    for (char c : cell) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
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

void appendNumber(std::string& out, double v)
{
    char buf[32];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    if (ec == std::errc())
        out.append(buf, ptr);
}

}  // namespace

BatchSummary BatchRunner::run(const Calculator& calculator, std::istream& in, const Sink& out, const Problem& problem,
                              std::size_t blockBytes, IntensityBasis basis)
{
    BatchSummary summary;
    CsvReader reader(in, blockBytes);
    BatchEstimator estimator(calculator, basis);
    const std::string otherBasisStatus = ",ok: no " + std::string(Basis::key(basis)) + " figure for this place\r\n";
    std::vector<std::string_view> fields;
    // The header: the first record that is not blank.
    bool header = false;
    while (reader.next(fields)) {
        if (!reader.error().empty())
            throw BatchError("line " + std::to_string(reader.line())
                             + ": the header cannot be read: " + reader.error());
        if (fields.size() == 1 && fields[0].empty())
            continue;
        header = true;
        break;
    }
    if (!header)
        throw BatchError("the file is empty: it needs a header line (hardware,count,hours,provider,region,...)");
    if (const std::string why = estimator.readHeader(fields); !why.empty())
        throw BatchError("line " + std::to_string(reader.line()) + ": " + why);
    const std::size_t columns = fields.size();

    std::string buffer;
    buffer.reserve(blockBytes);
    auto flush = [&](bool force) {
        if (buffer.size() >= blockBytes || (force && !buffer.empty())) {
            if (!out(buffer))
                throw BatchOutputError();
            buffer.clear();
        }
    };
    for (std::string_view name : fields) {
        appendCell(buffer, name);
        buffer += ',';
    }
    buffer += "energy_kwh,emissions_kg,intensity_basis,status\r\n";

    while (reader.next(fields)) {
        if (reader.error().empty() && fields.size() == 1 && fields[0].empty())
            continue;  // a blank line
        ++summary.rows;
        std::string why = reader.error();
        BatchRow row;
        if (why.empty() && fields.size() != columns)
            why = "the row has " + std::to_string(fields.size()) + " fields, the header " + std::to_string(columns);
        if (why.empty()) {
            row = estimator.estimate(fields);
            why = row.error;
        }
        if (!why.empty()) {
            ++summary.skipped;
            problem(reader.line(), why);
            if (!reader.error().empty())
                continue;  // nothing of the row could be read: it has no line in the output
        } else {
            ++summary.good;
            summary.otherBasis += row.basisFallback ? 1 : 0;
            summary.energyKwh += row.energyKwh;
            summary.emissionsKg += row.emissionsKg;
        }
        // A plain row (no quotes, no formula-like cell) is copied as read, in one piece.
        bool plain = !reader.raw().empty() && fields.size() == columns;
        for (std::size_t i = 0; plain && i < fields.size(); ++i) {
            const char c = fields[i].empty() ? 'x' : fields[i][0];
            plain = c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r';  // \r: found by fuzzing
        }
        if (plain) {
            buffer.append(reader.raw());
            buffer += ',';
        } else {
            // As wide as the header: a short row is padded, a long row's extra cells are left out
            // (the row is skipped and its line reported; found by the batch fuzzer).
            for (std::size_t i = 0; i < columns; ++i) {
                if (i < fields.size())
                    appendCell(buffer, fields[i]);
                buffer += ',';
            }
        }
        if (row.ok) {
            appendNumber(buffer, row.energyKwh);
            buffer += ',';
            appendNumber(buffer, row.emissionsKg);
            buffer += ',';
            buffer += row.intensityGiven ? std::string_view("as_given") : Basis::key(row.basis);
            buffer += row.basisFallback ? std::string_view(otherBasisStatus) : std::string_view(",ok\r\n");
        } else {
            buffer += ",,,";
            appendCell(buffer, "skipped: " + why);
            buffer += "\r\n";
        }
        flush(false);
    }
    for (std::size_t i = 0; i < columns; ++i)
        buffer += ',';
    appendNumber(buffer, summary.energyKwh);
    buffer += ',';
    appendNumber(buffer, summary.emissionsKg);
    buffer += ',';
    buffer += Basis::key(basis);
    buffer += ",total of " + std::to_string(summary.good) + " rows (" + std::to_string(summary.skipped) + " skipped"
              + (summary.otherBasis ? "; " + std::to_string(summary.otherBasis) + " on another basis" : "") + ")\r\n";
    flush(true);
    summary.bytesRead = reader.bytesRead();
    summary.distinctJobs = estimator.distinctJobs();
    return summary;
}

}  // namespace mlcarbon
