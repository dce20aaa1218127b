#pragma once
#include "BatchEstimator.h"
#include "Calculator.h"

#include <cstddef>
#include <functional>
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mlcarbon {

// The log cannot be used at all (no header, an unusable header, an unreadable file).
class BatchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The sink refused the output (a full disk, a closed pipe): the caller knows which file and why.
class BatchOutputError : public BatchError {
public:
    BatchOutputError()
        : BatchError("the output cannot be written")
    {
    }
};

struct BatchSummary {
    std::size_t rows = 0;  // data rows read (blank lines not counted)
    std::size_t good = 0;
    std::size_t skipped = 0;
    double energyKwh = 0;  // of the good rows
    double emissionsKg = 0;
    double embodiedKg = 0;  // of the good rows with an embodied figure, apart from the emissions
    double waterL = 0;
    std::size_t bytesRead = 0;
    std::size_t distinctJobs = 0;    // hardware/place/PUE combinations estimated in full
    std::size_t otherBasis = 0;      // good rows whose place has no figure on the basis asked for
    std::size_t otherYear = 0;       // good rows whose place has no figure for the row's year
    std::size_t implausibleMfu = 0;  // good rows whose compute and hours imply an MFU outside 0.05-1
};

// Streams a job log through BatchEstimator: reads a block, writes a block, so memory does not
// grow with the number of rows. The output is the input's columns (passed through, formula-like
// text neutralised) plus energy_kwh, emissions_kg, intensity_basis, status, embodied_kg and water_l
// (empty where the device has no embodied figure); a last row holds
// the totals. A row on another basis than the one asked for says so in its status.
class BatchRunner {
public:
    using Sink = std::function<bool(std::string_view bytes)>;                       // false: stop, the write failed
    using Problem = std::function<void(std::size_t line, const std::string& why)>;  // a skipped row

    // Throws BatchError for an unusable file; returns what was read and estimated.
    // blockBytes: the read block and the output flush size (smaller in tests and the fuzzer, so that
    // block edges fall everywhere and a run allocates little).
    static BatchSummary run(const Calculator& calculator, std::istream& in, const Sink& out, const Problem& problem,
                            std::size_t blockBytes = std::size_t(1) << 20, const BatchOptions& options = {});
};

}  // namespace mlcarbon
