#pragma once
// Plain records of the databases. Each number carries where it came from (source text, year,
// and the file it was loaded from), because every figure mlcarbon shows must be traceable.
#include "IntensityBasis.h"
#include "Kinds.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// One figure as some source gives it; used for the alternatives that feed the low-high range.
struct SourcedValue {
    double value = 0;
    std::optional<int> year;       // empty when the source does not date the figure
    std::string sourceId;          // key into the file's "sources" table
    bool measuredAverage = false;  // "basis": "average" in the file: a measured average, not a rated TDP
};

// One grid-intensity figure of a place as some source gives it, with its basis.
struct IntensityValue {
    double gPerKwh = 0;
    std::optional<int> year;  // empty when the source does not date the figure: history only
    std::string sourceId;     // key into the file's "sources" table
    IntensityBasis basis = IntensityBasis::Unspecified;
    std::string note;
};

struct Hardware {
    std::string id;
    std::string name;
    std::string vendor;
    HardwareKind kind = HardwareKind::Gpu;
    double tdpW = 0;
    std::optional<double> memoryGb;
    std::optional<int> cores;
    std::optional<int> year;  // release year
    std::string source;
    std::string sourceId;
    int sourceYear = 0;  // year of the source snapshot
    std::string url;
    std::string note;
    std::vector<SourcedValue> tdpAlternatives;
    // Dense peak FLOP/s by precision (index: Precision); empty where no source gives one.
    std::array<std::optional<double>, 4> peakFlops{};
    std::string peakFlopsSource;
    std::string peakFlopsSourceId;
    std::string peakFlopsNote;  // where a figure is of another kind (a board of several GPUs, ...)
    // Manufacturing (embodied) emissions: a vendor's product footprint per device, where published;
    // else the die area feeds a per-area model, unless dieAreaNote says it is not one device's die.
    std::optional<double> embodiedKg;
    std::optional<int> embodiedYear;
    std::string embodiedSource;
    std::string embodiedNote;
    std::optional<double> dieAreaMm2;
    std::string dieAreaNote;
    std::string file;  // database file the entry was loaded from

    std::optional<double> peak(Precision p) const { return peakFlops[static_cast<std::size_t>(p)]; }
};

struct GridZone {
    std::string code;  // ISO 3166-1 alpha-2, ISO 3166-2, or an Electricity Maps zone id
    std::string name;
    ZoneType type = ZoneType::Country;
    std::string country;
    std::string countryName;  // ISO 3166 name when it differs from name ("USA" -> "United States")
    double gPerKwh = 0;       // the figure the source table chose; see IntensityChoice for the one used
    int year = 0;
    IntensityBasis basis = IntensityBasis::Unspecified;
    std::string basisNote;  // the source's own words, e.g. "Google: average operational grid emissions"
    std::string source;
    std::string sourceId;
    std::string license;
    std::vector<IntensityValue> alternatives;
    std::vector<IntensityValue> history;  // yearly figures by source and basis, in order of preference
    // Water consumed to generate a kWh of the country's grid electricity (off-site water, L/kWh).
    std::optional<double> waterOffsiteLPerKwh;
    int waterOffsiteYear = 0;
    std::string waterOffsiteSource;
    std::string note;
    std::string file;
};

struct CloudRegion {
    std::string provider;
    std::string region;
    std::string name;
    std::string country;
    std::string subdivision;  // ISO 3166-2 code when known
    std::string subdivisionName;
    std::string city;
    std::string zone;
    double gPerKwh = 0;  // the figure the source table chose; see IntensityChoice for the one used
    int year = 0;
    IntensityBasis basis = IntensityBasis::Unspecified;
    std::string basisNote;
    std::string source;
    std::string sourceId;
    std::string license;
    std::optional<double> pue;
    int pueYear = 0;
    std::string pueSource;
    std::string pueSourceId;
    std::optional<double> offsetPct;
    int offsetYear = 0;
    std::string offsetSource;
    std::optional<double> cfePct;
    std::optional<double> wue;  // on-site water, L/kWh of IT energy, the provider's figure for the region
    int wueYear = 0;
    std::string wueSource;
    std::vector<IntensityValue> alternatives;
    std::vector<IntensityValue> history;  // the region's own yearly figures (Google); else its zone's apply
    std::string note;
    std::string file;

    std::string key() const { return provider + "/" + region; }
};

struct Provider {
    std::string id;
    std::string name;
    ProviderKind kind = ProviderKind::Cloud;
    std::optional<double> pue;
    int pueYear = 0;
    std::string pueSource;
    std::string pueSourceId;
    std::vector<SourcedValue> pueAlternatives;
    std::optional<double> offsetPct;
    int offsetYear = 0;
    std::string offsetSource;
    std::optional<double> wue;  // fleet WUE (L/kWh); on the on-premise entry, the industry default
    int wueYear = 0;
    std::string wueSource;
    std::vector<SourcedValue> wueAlternatives;
    std::string file;
};

struct ReferenceValue {
    std::string id;
    double value = 0;
    std::string unit;
    int year = 0;
    std::string source;
    std::string file;
};

// A published training run as its authors reported it (hardware_db/published_runs.json).
// Every number is the paper's; an empty optional means the paper does not give it.
struct PublishedRun {
    std::string id;
    std::string name;
    std::string hardware;  // database id
    std::string hardwareAsReported;
    std::optional<double> paramsBillion;
    std::optional<double> count;
    std::optional<double> deviceHours;
    std::optional<double> powerW;
    std::optional<double> pue;
    std::optional<double> gPerKwh;
    std::optional<double> reportedEnergyMwh;
    std::optional<double> reportedTco2e;
    std::string locationAsReported;
    LocationKind defaultKind = LocationKind::Zone;  // Cloud or Zone: mlcarbon's reading of the place, for defaults
    std::string defaultProvider;
    std::string defaultCode;
    std::string defaultNote;
    std::string emissionsBasis;
    std::string source;       // the citation of every number above
    std::optional<int> year;  // the cited source's year
    // The run in the published-models catalog, where one entry is the same run (a reviewed list in
    // the generator), and the year of the run mlcarbon takes: that model's publication year, else
    // the cited source's year; runYearNote says which.
    std::string modelId;
    std::optional<int> runYear;
    std::string runYearNote;
    std::string tier;
    std::string note;
    std::string file;
};

// A published model from Epoch AI's ML systems database (hardware_db/published_models.json):
// what Epoch records about its training, every value as Epoch gives it; an empty optional or
// string means Epoch records none.
struct PublishedModel {
    std::string id;
    std::string name;
    std::string organization;
    std::string country;                 // ISO code of the first organisation's country
    std::vector<std::string> countries;  // every organisation's, when several
    std::string publicationDate;         // yyyy-mm-dd
    int year = 0;                        // of publication
    std::string domain;
    std::string reference;  // the paper's title
    std::string link;
    std::optional<double> parameters;
    std::optional<double> computeFlop;
    std::optional<double> computeLowFlop;
    std::optional<double> computeHighFlop;
    std::optional<double> datasetSize;  // datapoints (tokens for language models)
    std::optional<double> trainingHours;
    std::optional<double> hardwareCount;
    std::optional<double> mfu;
    std::optional<double> chipHours;
    std::optional<double> powerDrawW;  // Epoch's estimate for the whole cluster
    std::string hardwareName;          // Epoch's text
    std::string hardware;              // database id, when the name maps to a device
    std::string hardwareNote;
    std::optional<Precision> precision;
    std::string precisionNote;
    std::string cloudVendor;
    std::string dataCenter;
    std::string confidence;
    std::string estimationMethod;
    std::string source;
    std::string sourceId;
    std::string file;
};

// Bibliographic record of one source, from a database file's "sources" table.
struct SourceInfo {
    std::string id;
    std::string title;
    std::string license;
    std::string attribution;
    int snapshotYear = 0;
};

}  // namespace mlcarbon
