#pragma once
#include "Estimate.h"
#include "Table.h"
#include "WhenQuery.h"

#include <string>
#include <utility>
#include <vector>

namespace mlcarbon {

// "When to run" as people read it and as scripts read it: the three schedules with their savings, the
// year's distribution, the curve (JSON, CSV) and the data's notice (Electricity Maps, ODbL).
class WhenReport {
public:
    // One row a schedule: {label, start (local), runs (local), mean g/kWh, emissions, saving}.
    struct Row {
        std::string label;
        std::string start;
        std::string runs;
        double meanGPerKwh = 0;
        double kg = 0;
        std::optional<double> savingKg;
        std::optional<double> savingPct;
    };
    static std::vector<Row> rows(const WhenResult& r);
    // "2.55 kg CO2e (13 %)", or "-" for starting now.
    static std::string savingText(const Row& row);
    // "starts 2023-03-15 00:00 (Europe/Berlin); may start until ...": the lines above the table.
    static std::vector<std::string> headline(const Estimate& e, const WhenResult& r);
    // "Started at every hour of 2023: flexible start saves a median ..."; empty without a distribution.
    static std::string distributionText(const WhenResult& r);
    static std::string notice(const WhenResult& r);
    static std::string text(const Estimate& e, const WhenResult& r);
    // The report section: the three schedules as a table, the year's distribution, the hours as a table of
    // local time and intensity (the curve), the notes and the notice.
    static std::string markdown(const Estimate& e, const WhenResult& r);
    static std::string json(const Estimate& e, const WhenResult& r);
    // The curve, an hour a row, with the hours each schedule runs marked 1.
    static std::string csv(const WhenResult& r);
    // The zones with hourly data (list hourly-zones): years, bases, time zone, flags; `search` filters by code.
    static Table zones(const HourlyDatabase& hours, const std::string& search = {});
};

}  // namespace mlcarbon
