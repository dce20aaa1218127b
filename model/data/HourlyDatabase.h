#pragma once
#include "HourlySeries.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// The hourly series by zone, year and basis: the bundled ones (regions_db/hourly_index.json says what each
// series of regions_db/hourly.bin is) and those the person imported. Read only by what needs them (the
// "when" command, the When tab), never at start.
class HourlyDatabase {
public:
    struct Source {
        std::string title;
        std::string license;
        std::string attribution;
    };

    // Reads the index and the binary and checks that they agree (every series the index names, in its order,
    // with its hours and its mean); throws DataError naming the file and the entry.
    static HourlyDatabase parse(std::string_view index, const std::string& indexPath, std::string_view binary,
                                const std::string& binaryPath);

    // An imported series replaces a bundled one of the same zone, year and basis.
    void add(HourlySeries series);
    const HourlySeries* find(const std::string& zone, int year, IntensityBasis basis) const;
    // The years a zone has on a basis, oldest first.
    std::vector<int> years(const std::string& zone, IntensityBasis basis) const;
    std::vector<std::string> zones() const;
    bool empty() const { return m_series.empty(); }
    std::size_t size() const { return m_series.size(); }
    const std::map<std::string, Source>& sources() const { return m_sources; }

private:
    std::vector<HourlySeries> m_series;
    std::map<std::string, Source> m_sources;
};

}  // namespace mlcarbon
