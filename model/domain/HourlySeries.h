#pragma once
#include "IntensityBasis.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace mlcarbon {

// One zone's grid intensity hour by hour (UTC), for choosing when to run. The bundled series are
// whole years of Electricity Maps data; an imported one may cover part of a year.
struct HourlySeries {
    static constexpr double kScale = 20;  // stored as round(g x 20) in 16 bits: 0.05 g steps to 3276.75 g

    std::string zone;
    int year = 0;
    IntensityBasis basis = IntensityBasis::Lifecycle;
    int firstHour = 0;                            // hour of the year (UTC) of stored[0]: 0 for a whole year
    std::vector<std::uint16_t> stored;            // one a UTC hour from firstHour on
    std::string source;                           // where the figures come from
    std::string sourceId;                         // key of the source (its licence and attribution)
    std::string file;                             // the file it was read from
    std::string timeZone;                         // IANA name, for showing the hours locally
    std::string timeZoneNote;                     // e.g. the zone spans time zones
    std::vector<std::pair<int, int>> utcOffsets;  // (UTC hour of the year from which, offset in minutes)
    bool flat = false;                            // no usable daily pattern (constant, or nearly)
    int estimatedHours = 0;                       // hours the source marks as estimated
    int suspectedFilledHours = 0;                 // hours in runs of 3 or more identical values (gaps filled upstream?)
    std::string note;
    bool imported = false;  // the user's file, not the bundled data

    int hours() const { return static_cast<int>(stored.size()); }
    int endHour() const { return firstHour + hours(); }  // one past the last hour held
    bool holds(int hourOfYear) const { return hourOfYear >= firstHour && hourOfYear < endHour(); }
    double at(int hourOfYear) const { return stored[static_cast<std::size_t>(hourOfYear - firstHour)] / kScale; }
    // The UTC offset in minutes at a UTC hour of the year (0 when the series has no time zone).
    int offsetMinutesAt(int hourOfYear) const
    {
        int offset = 0;
        for (const auto& [from, minutes] : utcOffsets) {
            if (from > hourOfYear)
                break;
            offset = minutes;
        }
        return offset;
    }
};

}  // namespace mlcarbon
