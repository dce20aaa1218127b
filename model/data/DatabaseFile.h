#pragma once
#include "Records.h"

#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// The validated content of one database JSON file (bundled or a user override).
// parse() checks the format, every entry's fields, types and ranges, and unique ids,
// and throws DataError naming the file, the entry and the problem.
struct DatabaseFile {
    enum class Kind {
        Accelerators,
        Cpus,
        Reference,
        Providers,
        CloudRegions,
        GridZones,
        PublishedRuns,
        PublishedModels
    };

    std::string path;  // label shown to the user: "built-in hardware_db/cpus.json" or a file path
    Kind kind = Kind::Accelerators;
    std::vector<SourceInfo> sources;
    std::vector<Hardware> hardware;
    std::vector<ReferenceValue> references;
    std::vector<Provider> providers;
    std::vector<CloudRegion> regions;
    std::vector<GridZone> zones;
    std::vector<PublishedRun> publishedRuns;
    std::vector<PublishedModel> publishedModels;

    static DatabaseFile parse(std::string_view bytes, const std::string& path);
    static std::string kindName(Kind kind);

    // Validation limits; the database tests and the error messages use the same numbers.
    static constexpr double kMinTdpW = 1;
    static constexpr double kMaxTdpW = 3000;
    static constexpr double kMinIntensity = 0;
    static constexpr double kMaxIntensity = 1500;
    static constexpr double kMinPeakFlops = 1e9;      // 1 GFLOP/s
    static constexpr double kMaxPeakFlops = 1e18;     // 1 EFLOP/s per device
    static constexpr double kMinEmbodiedKg = 0.1;     // a device's manufacturing footprint
    static constexpr double kMaxEmbodiedKg = 100000;  // a whole rack-scale system
    static constexpr double kMinPue = 1.0;
    static constexpr double kMaxPue = 3.0;
    // Water: an on-site WUE and the off-site water of a kWh of grid electricity, L/kWh.
    static constexpr double kMaxWue = 20;
    static constexpr double kMaxWaterOffsite = 100;
    static constexpr int kMinYear = 2000;
    static constexpr int kMinModelYear = 1950;  // published models go back to the first learning machines
    // The year this file was compiled, from __DATE__ ("Mmm dd yyyy"; SOURCE_DATE_EPOCH sets it for
    // reproducible builds). Values may be dated up to the year after it: a figure published for next
    // year (a user's override with next year's utility disclosure) still loads, without a constant
    // that expires.
    static constexpr int kBuildYear =
        (__DATE__[7] - '0') * 1000 + (__DATE__[8] - '0') * 100 + (__DATE__[9] - '0') * 10 + (__DATE__[10] - '0');
    static constexpr int kMaxYear = kBuildYear + 1;
    static constexpr int kFormatVersion = 1;
};

}  // namespace mlcarbon
