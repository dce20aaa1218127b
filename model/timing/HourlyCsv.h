#pragma once
#include "HourlySeries.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// A file the person cannot import: names the file, the line and what is wrong.
class HourlyCsvError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads an hourly intensity series the person brings: an Electricity Maps CSV export (columns
// "Datetime (UTC)", "Carbon Intensity gCO₂eq/kWh (LCA)" or "(life cycle)" and/or "(direct)", and
// "Zone Id"), or a plain "datetime,gco2_per_kwh" file. Rows are whole UTC hours (a time with an
// offset is moved to UTC), one after another without gaps or repeats, within one calendar year,
// at least 24 of them, each intensity within the grid-intensity rule (0 to 1500 g).
class HourlyCsv {
public:
    static constexpr int kMinHours = 24;

    // `zone` names the series of a plain file (an export names its own in "Zone Id"; a given zone
    // wins). One series per basis the file has; throws HourlyCsvError.
    static std::vector<HourlySeries> read(std::string_view text, const std::string& path, const std::string& zone = {});
};

}  // namespace mlcarbon
