#pragma once
#include "EstimateInput.h"
#include "Records.h"

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// Where one figure of an estimate came from.
struct Provenance {
    std::string source;       // human-readable source, or "given by the user"
    std::optional<int> year;  // vintage of the figure
    std::string file;         // database file, empty when given by the user
    std::string sourceId;     // key of the source in the database's sources table, when known
};

// Where the PUE of an estimate or a comparison row came from. Only Given and Region are figures
// for that very place; the others are defaults and are marked wherever the PUE is shown.
enum class PueOrigin {
    Given,             // the user's figure
    Region,            // the region's own published PUE
    ProviderFleet,     // the provider's fleet average (no figure for the region)
    OnPremiseDefault,  // own hardware, or a provider with no PUE in the data
};

// A PUE that is not a figure for that very place (a provider's fleet value, the own-hardware
// default): marked wherever it is shown.
inline bool isDefault(PueOrigin origin)
{
    return origin == PueOrigin::ProviderFleet || origin == PueOrigin::OnPremiseDefault;
}

struct Bounds {
    double low = 0;
    double high = 0;

    void widen(double v)
    {
        low = v < low ? v : low;
        high = v > high ? v : high;
    }
};

// The manufacturing (embodied, scope 3) emissions of one device, as the data gives them.
struct EmbodiedFigure {
    enum class Origin { None, ProductFootprint, DieAreaModel };
    Origin origin = Origin::None;
    double perDeviceKg = 0;
    Bounds perDeviceBounds;  // every published figure that applies to the device
    Provenance source;
    std::string none;  // why there is no figure: shown as such, never as 0

    bool known() const { return origin != Origin::None; }
};

// Each device's share of its host server's embodied emissions (chassis, motherboard, CPUs, memory,
// storage, power supplies): a stated server archetype's figure over the devices it holds.
struct EmbodiedHost {
    double serverKg = 0;  // the archetype's server without its devices
    double devicesPerServer = 0;
    double perDeviceKg = 0;  // serverKg / devicesPerServer
    Bounds perDeviceBounds;  // across the archetypes in the data
    Provenance source;
    Provenance devicesSource;
    Provenance lowSource;
    double kg = 0;  // the job's share, amortised as the device's
    Bounds bounds;
};

// A job's share of its devices' embodied emissions.
struct EmbodiedShare {
    EmbodiedFigure figure;
    std::optional<EmbodiedHost> host;  // when asked for and the device is an accelerator
    std::string hostNone;              // why a host share asked for is not there; else empty
    double lifetimeYears = 0;
    double activeShare = 0;
    bool lifetimeGiven = false;
    bool activeShareGiven = false;
    Provenance lifetimeSource;
    Provenance activeShareSource;
    double deviceKg = 0;  // the devices' own share
    double kg = 0;        // the devices' share, plus the host's when it is there
    Bounds bounds;        // across the figures and the lifetimes the sources assume
};

// Where the on-site WUE of an estimate came from; like the PUE, only Given and Region are figures
// for that very place, the others are marked wherever the water is shown.
enum class WueOrigin {
    Given,            // the user's figure
    Region,           // the provider's published figure for the region
    ProviderFleet,    // the provider's fleet figure (no figure for the region)
    IndustryDefault,  // own hardware, or a provider with no WUE in the data
};

// The water of a job (WaterChoice): on-site = IT energy x WUE (cooling water evaporated at the data
// centre), off-site = IT energy x PUE x the country's water intensity of electricity (water used to
// generate it). Litres consumed (not returned), never folded into the emissions.
struct WaterUse {
    double wue = 0;  // L/kWh of IT energy
    WueOrigin wueOrigin = WueOrigin::IndustryDefault;
    Provenance wueSource;
    std::string onsiteNone;  // why there is no on-site figure (no default in the data); else empty
    Bounds wueBounds;
    std::optional<double> offsiteLPerKwh;  // of grid electricity; none for places without a figure
    Provenance offsiteSource;
    std::string offsiteNone;  // why there is no off-site figure: shown as such, never as 0
    double itKwh = 0;         // devices + host, before the PUE
    double onsiteL = 0;
    double offsiteL = 0;
    Bounds bounds;               // litres, across the WUE figures and the energy range
    double drinkingLPerDay = 0;  // an adult's daily drinking water, for the equivalent; 0 when not in the data
    Provenance drinkingSource;

    double litres() const { return onsiteL + offsiteL; }
};

// What a serving (inference) job served, and the figures per request and per 1,000 tokens.
struct ServingFigures {
    std::optional<double> requests;
    std::optional<double> tokens;
    double kwhPerRequest = 0;
    double gPerRequest = 0;  // location-based gCO2e
    double waterMlPerRequest = 0;
    double kwhPer1kTokens = 0;
    double gPer1kTokens = 0;
    double waterMlPer1kTokens = 0;
};

// Operational plus embodied emissions, shown only where the person asks for one total.
struct CombinedTotal {
    double kg = 0;
    Bounds bounds;
};

// The resolved place of an estimate.
struct ResolvedLocation {
    Location::Kind kind = Location::Kind::None;
    std::string provider;      // id, cloud only
    std::string providerName;  // cloud only
    std::string region;        // cloud only
    std::string zone;          // zone code (grid zone, or the region's zone when known)
    std::string name;          // display name
    std::string country;       // ISO 3166-1 alpha-2 when known
    std::string subdivision;   // ISO 3166-2 when known
};

// How a compute-based estimate turned training compute into device time (TrainingCompute).
struct ComputeWork {
    bool used = false;  // the input gave training compute
    double flop = 0;
    bool fromParamsTokens = false;  // flop = 6 x params x tokens
    Precision precision = Precision::Bf16;
    double peakFlops = 0;  // per device at the precision
    Provenance peakSource;
    double mfu = 0;           // as used: given, the published median, or implied by given hours
    bool mfuGiven = false;    // the user's figure
    bool mfuImplied = false;  // hours were given: the MFU follows from them
    bool mfuImplausible = false;
    Provenance mfuSource;
    Bounds mfuBounds;        // the published quartiles when the MFU is the default
    double deviceHours = 0;  // as used
    Bounds deviceHoursBounds;
};

// Result of one estimate: every number used, where it came from, and the outcome.
struct Estimate {
    EstimateInput input;
    Hardware hardware;
    ResolvedLocation location;

    double count = 0;
    double hours = 0;  // wall-clock hours: given, or from the compute over `count` devices
    ComputeWork compute;
    bool measuredPower = false;  // powerW from the user instead of TDP x utilisation
    double utilization = 1;
    double powerW = 0;  // per device, as used
    double hostCpuW = 0;
    double hostMemoryGb = 0;
    double memoryWPerGb = 0;
    Provenance memorySource;
    double hostW = 0;  // per device: hostCpuW + hostMemoryGb x memoryWPerGb

    double pue = 1;
    bool pueGiven = false;
    PueOrigin pueOrigin = PueOrigin::OnPremiseDefault;
    Provenance pueSource;
    double intensity = 0;  // gCO2e/kWh
    bool intensityGiven = false;
    IntensityBasis requestedBasis = Basis::kDefault;
    IntensityBasis intensityBasis = Basis::kDefault;  // of the figure used; differs when the place has none on
                                                      // the requested basis (never for a given intensity)
    Provenance intensitySource;
    double offsetPct = 0;
    Provenance offsetSource;

    double deviceKwh = 0;
    double hostKwh = 0;
    double overheadKwh = 0;  // (device + host) x (PUE - 1)
    double energyKwh = 0;
    double emissionsKg = 0;        // location-based
    double marketEmissionsKg = 0;  // location-based x (1 - offset)

    Bounds powerBounds;  // W per device
    Bounds pueBounds;
    Bounds intensityBounds;  // gCO2e/kWh
    double energyLowKwh = 0;
    double energyHighKwh = 0;
    double emissionsLowKg = 0;
    double emissionsHighKg = 0;

    // Beyond the electricity, each apart from the location-based figure and empty when turned off.
    std::optional<EmbodiedShare> embodied;  // scope 3: the job's share of its devices' manufacture
    std::optional<WaterUse> water;
    std::optional<ServingFigures> serving;  // when the input states requests or tokens served

    // What a what-if edit dropped from the inputs (e.g. a measured power when the hardware changed).
    std::vector<std::string> notes;
    // Inputs the person did not give and no database holds, taken as stated (a published model's
    // place and year of the run); every report lists them.
    std::vector<std::string> assumptions;

    // Operational (location-based) plus embodied emissions with their range, only when the input asks
    // for the total and the devices have an embodied figure: the two are otherwise kept apart.
    std::optional<CombinedTotal> totalWithEmbodied() const
    {
        if (!input.embodiedTotal || !embodied || !embodied->figure.known())
            return std::nullopt;
        return CombinedTotal{emissionsKg + embodied->kg,
                             {emissionsLowKg + embodied->bounds.low, emissionsHighKg + embodied->bounds.high}};
    }

    bool basisFallback() const { return !intensityGiven && intensityBasis != requestedBasis; }
    // The year of the run was given and the place has no figure for it: the nearest year's was used.
    bool yearFallback() const
    {
        return !intensityGiven && input.year && intensitySource.year && *intensitySource.year != *input.year;
    }
    // "2024 figure; none for 2019 in the data" when yearFallback(); else empty.
    std::string yearText() const
    {
        return yearFallback() ? Basis::yearFallbackText(*intensitySource.year, *input.year) : std::string();
    }
};

}  // namespace mlcarbon
