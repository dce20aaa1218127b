#pragma once
#include "Calculator.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mlcarbon {

// One row of a job log estimated: energy and emissions, or why the row cannot be used.
struct BatchRow {
    bool ok = false;
    double energyKwh = 0;
    double emissionsKg = 0;
    IntensityBasis basis = Basis::kDefault;  // of the intensity used
    bool basisFallback = false;              // the place has no figure on the basis asked for
    bool intensityGiven = false;             // an intensity column: as given
    bool yearFallback = false;               // no figure for the row's year: the nearest year's
    std::string yearNote;                    // "2024 figure; none for 2019 in the data" when yearFallback
    bool mfuImplausible = false;             // compute and hours given: the MFU they imply is outside 0.05-1
    std::optional<double> embodiedKg;        // the devices' embodied share; empty without a figure
    std::optional<double> waterL;
    std::string error;  // "column: reason" when !ok
};

// What applies to every row of a log: the basis of the intensities, and the lines beyond the
// electricity (on by default, as for one estimate). A basis alone converts, the usual case.
struct BatchOptions {
    BatchOptions() = default;
    BatchOptions(IntensityBasis b)  // NOLINT(google-explicit-constructor): a basis is a whole set of options
        : basis(b)
    {
    }
    IntensityBasis basis = Basis::kDefault;
    bool embodied = true;
    bool embodiedHost = false;
    bool water = true;
};

// The columns of a job log (header names, any order, case-insensitive) and the estimate of one
// row. The year of the run is the `year` column, else the year (UTC) of `start`. The work is the
// hours (or start and end), or the training compute: `flop`, or `params` and `tokens` (6 N D),
// at `precision` (bf16 by default) with `mfu` (the published median by default); compute and
// hours together imply an MFU, checked. Rows that share hardware, place, PUE, utilisation, power,
// precision and year share one Calculator call:
// energy and emissions are linear in devices x hours, so a row costs two number parses and a
// hash lookup, never a scan of the hardware list.
class BatchEstimator {
public:
    enum Column {
        Hardware,
        Count,
        Hours,
        Start,
        End,
        Provider,
        Region,
        Country,
        Intensity,
        Pue,
        Utilization,
        PowerW,
        Label,
        Year,
        Flop,
        Params,
        Tokens,
        Mfu,
        Precision,
        ColumnCount
    };

    // Every row's intensity is taken on the options' basis (a place without a figure on it is marked);
    // embodied and water are left empty when the options turn them off.
    explicit BatchEstimator(const Calculator& calculator, BatchOptions options = {});

    // Maps the header; "" when usable, else why not (missing or repeated columns).
    std::string readHeader(const std::vector<std::string_view>& names);
    BatchRow estimate(const std::vector<std::string_view>& fields);
    // Hours between two ISO 8601 timestamps (2024-05-01T10:00:00Z, +02:00 offsets, a space for T;
    // no zone means UTC). Throws InputError naming the field.
    static double hoursBetween(std::string_view start, std::string_view end);
    static const char* columnName(Column c);
    int columnOf(Column c) const { return m_index[c]; }
    std::size_t distinctJobs() const { return m_cache.size(); }

private:
    struct Rate {
        double kwhPerDeviceHour = 0;
        double kgPerDeviceHour = 0;
        // Embodied and water are linear in device-hours too (EmbodiedChoice, WaterChoice).
        std::optional<double> embodiedKgPerDeviceHour;
        std::optional<double> waterLPerDeviceHour;
        IntensityBasis basis = Basis::kDefault;
        bool basisFallback = false;
        bool intensityGiven = false;
        bool yearFallback = false;
        std::string yearNote;
        std::optional<double> peakFlops;  // at the row's precision
        std::string peakError;            // why a compute-based row cannot use this device
        double defaultMfu = 0;
        std::string error;
    };
    std::string_view field(const std::vector<std::string_view>& fields, Column c) const;
    const Rate& rateFor(const std::vector<std::string_view>& fields, std::optional<int> year);
    std::optional<int> yearOf(const std::vector<std::string_view>& fields) const;

    const Calculator& m_calculator;
    BatchOptions m_options;
    int m_index[ColumnCount];
    std::vector<Column> m_keyColumns;  // the columns present that decide a row's rate
    std::unordered_map<std::string, Rate> m_cache;
    std::string m_key;  // reused: no allocation per row once warm
};

}  // namespace mlcarbon
