#include "BatchRunner.h"

#include "BatchEstimator.h"
#include "CsvReader.h"
#include "CsvWriter.h"

#include <charconv>
#include <vector>

namespace mlcarbon {

namespace {

void appendNumber(std::string& out, double v)
{
    char buf[32];
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
    if (ec == std::errc())
        out.append(buf, ptr);
}

}  // namespace

// One function on purpose (~100 lines): the header, the row loop with its plain-row fast path and the
// totals row share the output buffer and the column map, and the loop runs once per row of logs with
// millions of rows (issue 19 profiles it).
BatchSummary BatchRunner::run(const Calculator& calculator, std::istream& in, const Sink& out, const Problem& problem,
                              std::size_t blockBytes, const BatchOptions& options)
{
    BatchSummary summary;
    CsvReader reader(in, blockBytes);
    BatchEstimator estimator(calculator, options);
    const IntensityBasis basis = options.basis;
    const std::string otherBasisNote = "no " + std::string(Basis::key(basis)) + " figure for this place";
    std::string status;
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
        CsvWriter::appendCell(buffer, name);
        buffer += ',';
    }
    buffer += "energy_kwh,emissions_kg,intensity_basis,status,embodied_kg,water_l\r\n";
    // Embodied and water come last, after the status, so that scripts reading the older columns keep working.
    auto appendBeyond = [&](const BatchRow& r) {
        buffer += ',';
        if (r.embodiedKg)
            appendNumber(buffer, *r.embodiedKg);
        buffer += ',';
        if (r.waterL)
            appendNumber(buffer, *r.waterL);
        buffer += "\r\n";
    };

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
            summary.otherYear += row.yearFallback ? 1 : 0;
            summary.implausibleMfu += row.mfuImplausible ? 1 : 0;
            summary.energyKwh += row.energyKwh;
            summary.emissionsKg += row.emissionsKg;
            summary.embodiedKg += row.embodiedKg.value_or(0);
            summary.waterL += row.waterL.value_or(0);
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
                    CsvWriter::appendCell(buffer, fields[i]);
                buffer += ',';
            }
        }
        if (row.ok) {
            appendNumber(buffer, row.energyKwh);
            buffer += ',';
            appendNumber(buffer, row.emissionsKg);
            buffer += ',';
            buffer += row.intensityGiven ? std::string_view("as_given") : Basis::key(row.basis);
            if (!row.basisFallback && !row.yearFallback && !row.mfuImplausible) {
                buffer += ",ok";
                appendBeyond(row);
            } else {
                status = "ok";
                auto note = [&](const std::string& text) { status.append(status == "ok" ? ": " : "; ").append(text); };
                if (row.basisFallback)
                    note(otherBasisNote);
                if (row.yearFallback)
                    note(row.yearNote);
                if (row.mfuImplausible)
                    note("the compute and the hours imply an MFU outside 0.05 to 1 (implausible)");
                buffer += ',';
                CsvWriter::appendCell(buffer, status);
                appendBeyond(row);
            }
        } else {
            buffer += ",,,";
            CsvWriter::appendCell(buffer, "skipped: " + why);
            buffer += ",,\r\n";
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
    buffer +=
        ",total of " + std::to_string(summary.good) + " rows (" + std::to_string(summary.skipped) + " skipped"
        + (summary.otherBasis ? "; " + std::to_string(summary.otherBasis) + " on another basis" : "")
        + (summary.otherYear ? "; " + std::to_string(summary.otherYear) + " with another year's figure" : "")
        + (summary.implausibleMfu ? "; " + std::to_string(summary.implausibleMfu) + " with an implausible MFU" : "")
        + "),";
    // Turned off, the totals are empty like the rows' cells: 0 would read as a figure.
    if (options.embodied)
        appendNumber(buffer, summary.embodiedKg);
    buffer += ',';
    if (options.water)
        appendNumber(buffer, summary.waterL);
    buffer += "\r\n";
    flush(true);
    summary.bytesRead = reader.bytesRead();
    summary.distinctJobs = estimator.distinctJobs();
    return summary;
}

}  // namespace mlcarbon
