#pragma once
#include "IntensityBasis.h"
#include "Kinds.h"

#include <optional>
#include <string>

namespace mlcarbon {

// Where the job ran: a cloud region, a grid zone (country or subdivision), or an intensity
// the user states. Exactly one is set; see InputRules::validate.
struct Location {
    using Kind = LocationKind;
    Kind kind = Kind::None;
    std::string provider;         // Cloud
    std::string region;           // Cloud
    std::string zone;             // Zone: ISO 3166-1 alpha-2, ISO 3166-2 or grid zone code
    double intensityGPerKwh = 0;  // Custom

    static Location cloud(std::string provider, std::string region)
    {
        Location l;
        l.kind = Kind::Cloud;
        l.provider = std::move(provider);
        l.region = std::move(region);
        return l;
    }
    static Location gridZone(std::string code)
    {
        Location l;
        l.kind = Kind::Zone;
        l.zone = std::move(code);
        return l;
    }
    static Location custom(double gPerKwh)
    {
        Location l;
        l.kind = Kind::Custom;
        l.intensityGPerKwh = gPerKwh;
        return l;
    }
    bool operator==(const Location&) const = default;
};

// What a person states about one job. Unset optionals take the database defaults.
struct EstimateInput {
    std::string hardware;  // id or name as typed
    double count = 1;
    double hours = 0;
    // A job that runs part of each day (a service that need not run at night): `hours` is then
    // hoursPerDay x days (InputRules::scheduledHours), and the days are hours / hoursPerDay.
    std::optional<double> hoursPerDay;
    Location location;
    std::optional<double> pue;
    std::optional<double> utilization;     // (0, 1]; 1 when unset
    std::optional<double> utilizationLow;  // optional stated bounds of the utilisation
    std::optional<double> utilizationHigh;
    std::optional<double> powerW;            // measured average power per device
    std::optional<double> offsetPct;         // 0..100
    std::optional<double> hostCpuW;          // host CPU power per device
    std::optional<double> hostMemoryGb;      // host memory per device
    IntensityBasis basis = Basis::kDefault;  // basis of the grid intensity (a custom intensity is as given)
    std::optional<int> year;                 // the year of the run: the grid figure of that year (IntensityChoice)

    // The work as training compute instead of (or beside) hours: FLOP, or parameters x tokens
    // (6 N D, TrainingCompute). Without hours, the hours follow from the device's peak FLOP/s at
    // `precision` and the MFU; with hours, the MFU is implied and checked.
    std::optional<double> flop;
    std::optional<double> params;  // for a mixture-of-experts model, the active parameters
    std::optional<double> tokens;
    std::optional<double> mfu;  // (0, 1]; the published runs' median when unset
    Precision precision = Precision::Bf16;

    // Beyond the electricity: shown apart, never folded into the emissions (EmbodiedChoice, WaterChoice).
    bool embodied = true;                 // the job's share of its devices' manufacturing emissions
    bool embodiedHost = false;            // add each device's share of its host server (an archetype's)
    bool embodiedTotal = false;           // also show operational + embodied as one total (only when asked)
    std::optional<double> lifetimeYears;  // of the devices; the sources' default for the place when unset
    std::optional<double> activeShare;    // share of the lifetime the devices are in use, (0, 1]
    bool water = true;
    std::optional<double> wue;  // on-site L/kWh; the region's, else the provider's, else the industry's
    // Serving: what an inference job served, for the figures per request and per 1,000 tokens.
    std::optional<double> requests;
    std::optional<double> servedTokens;

    bool computeBased() const { return flop || (params && tokens); }
    // The days of a job given as hours a day x days; none otherwise.
    std::optional<double> days() const
    {
        return hoursPerDay && *hoursPerDay > 0 ? std::optional<double>(hours / *hoursPerDay) : std::nullopt;
    }

    bool operator==(const EstimateInput&) const = default;  // the GUI writes an item back only when it changed
};

}  // namespace mlcarbon
