#include "DatabaseFile.h"

#include "DataError.h"
#include "EntryReader.h"
#include "InputRules.h"
#include "JsonFile.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <set>
#include <sstream>

namespace mlcarbon {

using nlohmann::json;

namespace {

std::string entryLabel(size_t index, const json& e, const char* idKey, const char* idKey2 = nullptr)
{
    std::string label = "entry " + std::to_string(index + 1);
    auto idOf = [&](const char* k) -> std::string {
        if (e.is_object() && e.contains(k) && e.at(k).is_string())
            return e.at(k).get<std::string>();
        return {};
    };
    std::string id = idOf(idKey);
    if (idKey2 && !idOf(idKey2).empty())
        id = id + "/" + idOf(idKey2);
    if (!id.empty())
        label += " ('" + id + "')";
    return label;
}

// "peak_flop_per_s": {"bf16": 3.12e14, "fp32": 1.95e13}: dense FLOP/s by precision, with its source.
void readPeakFlops(const EntryReader& r, Hardware& h)
{
    if (!r.has("peak_flop_per_s"))
        return;
    const json& peaks = r.object().at("peak_flop_per_s");
    if (!peaks.is_object())
        r.fail("peak_flop_per_s: " + peaks.dump() + " is not an object of precision: FLOP/s");
    for (const auto& [key, value] : peaks.items()) {
        const auto p = Kinds::precision(key);
        if (!p) {
            std::string list;
            for (const auto& k : Kinds::keys<Precision>())
                list += (list.empty() ? "" : ", ") + k;
            r.fail("peak_flop_per_s." + key + ": '" + key + "' is not a precision; allowed " + list);
        }
        h.peakFlops[static_cast<std::size_t>(*p)] = r.numberValue(
            value, "peak_flop_per_s." + key, DatabaseFile::kMinPeakFlops, DatabaseFile::kMaxPeakFlops, " FLOP/s");
    }
    h.peakFlopsSource = r.text("peak_flops_source");
    h.peakFlopsSourceId = r.optionalText("peak_flops_source_id");
    h.peakFlopsNote = r.optionalText("peak_flops_note");
}

// A product footprint with its source and year; a die area with its note where it is not one die.
void readEmbodied(const EntryReader& r, Hardware& h)
{
    h.embodiedKg = r.optionalNumber("embodied_kg", DatabaseFile::kMinEmbodiedKg, DatabaseFile::kMaxEmbodiedKg, " kg");
    if (h.embodiedKg) {
        h.embodiedYear = r.year("embodied_year");
        h.embodiedSource = r.text("embodied_source");
    }
    h.embodiedNote = r.optionalText("embodied_note");
    h.dieAreaMm2 = r.optionalNumber("die_area_mm2", 1, 100000, " mm2");
    h.dieAreaNote = r.optionalText("die_area_note");
}

Hardware readHardware(const EntryReader& r, bool cpuFile)
{
    Hardware h;
    h.id = r.text("id");
    if (h.id.find_first_of(" \t/") != std::string::npos)
        r.fail("id: '" + h.id + "' contains a space or '/'");
    h.name = r.text("name");
    h.vendor = r.optionalText("vendor");
    const std::string kind = r.oneOf("kind", Kinds::keys<HardwareKind>());
    h.kind = *Kinds::hardwareKind(kind);
    if (cpuFile != (h.kind == HardwareKind::Cpu))
        r.fail(std::string("kind: '") + kind + "' does not belong in a " + (cpuFile ? "cpus" : "accelerators")
               + " file");
    h.tdpW = r.number("tdp_w", DatabaseFile::kMinTdpW, DatabaseFile::kMaxTdpW, " W");
    h.memoryGb = r.optionalNumber("memory_gb", 0.001, 1e6, " GB");
    if (auto cores = r.optionalNumber("cores", 1, 100000, " cores"))
        h.cores = static_cast<int>(*cores);
    h.year = r.optionalYear("year");
    h.source = r.text("source");
    h.sourceId = r.optionalText("source_id");
    h.sourceYear = r.year("source_year");
    h.url = r.optionalText("url");
    h.note = r.optionalText("note");
    h.tdpAlternatives =
        r.alternatives("tdp_alternatives", "tdp_w", DatabaseFile::kMinTdpW, DatabaseFile::kMaxTdpW, " W", true);
    readPeakFlops(r, h);
    readEmbodied(r, h);
    return h;
}

GridZone readZone(const EntryReader& r)
{
    GridZone z;
    z.code = r.text("code");
    z.name = r.text("name");
    z.type = *Kinds::zoneType(r.oneOf("type", Kinds::keys<ZoneType>()));
    z.country = r.optionalText("country");
    z.countryName = r.optionalText("country_name");
    z.gPerKwh = r.number("g_per_kwh", DatabaseFile::kMinIntensity, DatabaseFile::kMaxIntensity, " gCO2e/kWh");
    z.year = r.year("year");
    z.basis = r.basis("basis");
    z.basisNote = r.optionalText("basis_note");
    z.source = r.text("source");
    z.sourceId = r.optionalText("source_id");
    z.license = r.optionalText("license");
    z.alternatives = r.intensityAlternatives("intensity_alternatives");
    z.history = r.intensityHistory("intensity_history");
    z.waterOffsiteLPerKwh = r.optionalNumber("water_offsite_l_per_kwh", 0, DatabaseFile::kMaxWaterOffsite, " L/kWh");
    if (z.waterOffsiteLPerKwh) {
        z.waterOffsiteYear = r.year("water_offsite_year");
        z.waterOffsiteSource = r.text("water_offsite_source");
    }
    z.note = r.optionalText("note");
    return z;
}

CloudRegion readRegion(const EntryReader& r)
{
    CloudRegion c;
    c.provider = r.text("provider");
    c.region = r.text("region");
    c.name = r.text("name");
    c.country = r.text("country");
    c.subdivision = r.optionalText("subdivision");
    c.subdivisionName = r.optionalText("subdivision_name");
    c.city = r.optionalText("city");
    c.zone = r.optionalText("zone");
    c.gPerKwh = r.number("g_per_kwh", DatabaseFile::kMinIntensity, DatabaseFile::kMaxIntensity, " gCO2e/kWh");
    c.year = r.year("year");
    c.basis = r.basis("basis");
    c.basisNote = r.optionalText("basis_note");
    c.source = r.text("source");
    c.sourceId = r.optionalText("source_id");
    c.license = r.optionalText("license");
    c.pue = r.optionalNumber("pue", DatabaseFile::kMinPue, DatabaseFile::kMaxPue, "");
    if (c.pue) {
        c.pueYear = r.year("pue_year");
        c.pueSource = r.text("pue_source");
        c.pueSourceId = r.optionalText("pue_source_id");
    }
    c.offsetPct = r.optionalNumber("offset_pct", 0, 100, " %");
    if (c.offsetPct) {
        c.offsetYear = r.year("offset_year");
        c.offsetSource = r.text("offset_source");
    }
    c.cfePct = r.optionalNumber("cfe_pct", 0, 100, " %");
    c.alternatives = r.intensityAlternatives("intensity_alternatives");
    c.history = r.intensityHistory("intensity_history");
    c.wue = r.optionalNumber("wue_l_per_kwh", 0, DatabaseFile::kMaxWue, " L/kWh");
    if (c.wue) {
        c.wueYear = r.year("wue_year");
        c.wueSource = r.text("wue_source");
    }
    c.note = r.optionalText("note");
    return c;
}

Provider readProvider(const EntryReader& r)
{
    Provider p;
    p.id = r.text("id");
    p.name = r.text("name");
    p.kind = *Kinds::providerKind(r.oneOf("kind", Kinds::keys<ProviderKind>()));
    p.pue = r.optionalNumber("pue", DatabaseFile::kMinPue, DatabaseFile::kMaxPue, "");
    if (p.pue) {
        p.pueYear = r.year("pue_year");
        p.pueSource = r.text("pue_source");
        p.pueSourceId = r.optionalText("pue_source_id");
    } else if (p.kind == ProviderKind::OnPremise) {
        r.fail("pue: missing (the on-premise default PUE is required)");
    }
    p.pueAlternatives = r.alternatives("pue_alternatives", "pue", DatabaseFile::kMinPue, DatabaseFile::kMaxPue, "");
    p.offsetPct = r.optionalNumber("offset_pct", 0, 100, " %");
    if (p.offsetPct) {
        p.offsetYear = r.year("offset_year");
        p.offsetSource = r.text("offset_source");
    }
    p.wue = r.optionalNumber("wue_l_per_kwh", 0, DatabaseFile::kMaxWue, " L/kWh");
    if (p.wue) {
        p.wueYear = r.year("wue_year");
        p.wueSource = r.text("wue_source");
    }
    p.wueAlternatives = r.alternatives("wue_alternatives", "wue_l_per_kwh", 0, DatabaseFile::kMaxWue, " L/kWh");
    return p;
}

PublishedRun readPublishedRun(const EntryReader& r, const json& e)
{
    PublishedRun p;
    p.id = r.text("id");
    p.name = r.text("name");
    p.hardware = r.text("hardware");
    p.hardwareAsReported = r.optionalText("hardware_as_reported");
    p.paramsBillion = r.optionalNumber("params_billion", 0, 1e6, "");
    p.count = r.optionalNumber("count", 1, 1e9, " devices");
    if (p.count && std::floor(*p.count) != *p.count)
        r.fail("count: " + shortNumber(*p.count) + " is not a whole number of devices");
    p.deviceHours = r.optionalNumber("device_hours", 1e-6, 1e12, " h");
    // A preset opens as a project whose hours per device follow the input rules (found by fuzzing).
    if (p.deviceHours && *p.deviceHours / p.count.value_or(1) > InputRules::kMaxHours)
        r.fail("device_hours: " + shortNumber(*p.deviceHours) + " over " + shortNumber(p.count.value_or(1))
               + " devices is more than 1e9 hours each");
    p.powerW = r.optionalNumber("power_w", 1, 10000, " W");
    p.pue = r.optionalNumber("pue", DatabaseFile::kMinPue, DatabaseFile::kMaxPue, "");
    p.gPerKwh = r.optionalNumber("g_per_kwh", DatabaseFile::kMinIntensity, DatabaseFile::kMaxIntensity, " gCO2e/kWh");
    p.reportedEnergyMwh = r.optionalNumber("reported_energy_mwh", 0, 1e9, " MWh");
    p.reportedTco2e = r.optionalNumber("reported_tco2e", 0, 1e9, " t");
    p.locationAsReported = r.optionalText("location_as_reported");
    if (!e.contains("default_location") || !e.at("default_location").is_object())
        r.fail("default_location: missing (an object with kind and code)");
    EntryReader loc(e.at("default_location"), "", "");
    try {
        p.defaultKind = *Kinds::locationKind(loc.oneOf("kind", {"cloud", "zone"}));
        p.defaultCode = loc.text("code");
        p.defaultProvider = p.defaultKind == LocationKind::Cloud ? loc.text("provider") : std::string();
        p.defaultNote = loc.optionalText("note");
    } catch (const DataError& err) {
        r.fail("default_location." + err.problem());
    }
    p.emissionsBasis = r.optionalText("emissions_basis");
    p.source = r.text("source");
    p.year = r.optionalYear("year");
    p.modelId = r.optionalText("model_id");
    p.runYear = r.optionalYear("run_year");
    p.runYearNote = r.optionalText("run_year_note");
    if (p.runYear && p.runYearNote.empty())
        r.fail("run_year_note: missing (which year run_year is: a non-empty string is required)");
    p.tier = r.optionalText("tier");
    p.note = r.optionalText("note");
    return p;
}

PublishedModel readPublishedModel(const EntryReader& r)
{
    PublishedModel m;
    m.id = r.text("id");
    m.name = r.text("name");
    m.organization = r.optionalText("organization");
    m.country = r.optionalText("country");
    m.countries = r.optionalTexts("countries");
    m.publicationDate = r.text("publication_date");
    m.year = r.year("year", DatabaseFile::kMinModelYear);
    if (m.publicationDate.size() < 4 || m.publicationDate.compare(0, 4, std::to_string(m.year)) != 0)
        r.fail("publication_date: '" + m.publicationDate + "' is not in the year " + std::to_string(m.year));
    m.domain = r.optionalText("domain");
    m.reference = r.optionalText("reference");
    m.link = r.optionalText("link");
    // Ranges: what Epoch's table spans, with room; beyond them a value is a typo.
    m.parameters = r.optionalNumber("parameters_count", 1, 1e16, "");
    m.computeFlop = r.optionalNumber("compute_flop", 1, 1e30, " FLOP");
    m.computeLowFlop = r.optionalNumber("compute_low_flop", 1, 1e30, " FLOP");
    m.computeHighFlop = r.optionalNumber("compute_high_flop", 1, 1e30, " FLOP");
    m.datasetSize = r.optionalNumber("dataset_size_count", 0, 1e18, "");
    m.trainingHours = r.optionalNumber("training_hours", 1e-3, InputRules::kMaxHours, " h");
    m.hardwareCount = r.optionalNumber("hardware_count", 1, 1e7, " devices");
    if (m.hardwareCount && std::floor(*m.hardwareCount) != *m.hardwareCount)
        r.fail("hardware_count: " + shortNumber(*m.hardwareCount) + " is not a whole number of devices");
    m.mfu = r.optionalNumber("mfu_fraction", 1e-3, 1, "");
    m.chipHours = r.optionalNumber("chip_hours", 1e-3, 1e12, " h");
    m.powerDrawW = r.optionalNumber("power_draw_w", 1, 1e10, " W");
    m.hardwareName = r.optionalText("hardware_name");
    m.hardware = r.optionalText("hardware");
    if (!m.hardware.empty() && m.hardwareName.empty())
        r.fail("hardware_name: missing (the text the hardware id was mapped from)");
    m.hardwareNote = r.optionalText("hardware_note");
    if (r.has("precision"))
        m.precision = *Kinds::precision(r.oneOf("precision", Kinds::keys<Precision>()));
    m.precisionNote = r.optionalText("precision_note");
    m.cloudVendor = r.optionalText("cloud_vendor");
    m.dataCenter = r.optionalText("data_center");
    m.confidence = r.optionalText("confidence");
    m.estimationMethod = r.optionalText("estimation_method");
    m.source = r.text("source");
    m.sourceId = r.text("source_id");
    return m;
}

ReferenceValue readReference(const EntryReader& r)
{
    ReferenceValue v;
    v.id = r.text("id");
    v.value = r.number("value", 0, 1e12, "");
    v.unit = r.text("unit");
    v.year = r.year("year");
    v.source = r.text("source");
    return v;
}

}  // namespace

std::string DatabaseFile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Accelerators: return "accelerators";
    case Kind::Cpus: return "cpus";
    case Kind::Reference: return "reference";
    case Kind::Providers: return "providers";
    case Kind::CloudRegions: return "cloud_regions";
    case Kind::GridZones: return "grid_zones";
    case Kind::PublishedRuns: return "published_runs";
    case Kind::PublishedModels: return "published_models";
    }
    return {};
}

namespace {

using Kind = DatabaseFile::Kind;

Kind kindOf(const EntryReader& top, const std::string& path)
{
    static const std::pair<const char*, Kind> kinds[] = {
        {"accelerators", Kind::Accelerators},    {"cpus", Kind::Cpus},
        {"reference", Kind::Reference},          {"providers", Kind::Providers},
        {"cloud_regions", Kind::CloudRegions},   {"grid_zones", Kind::GridZones},
        {"published_runs", Kind::PublishedRuns}, {"published_models", Kind::PublishedModels},
    };
    std::string kind = top.text("kind");
    for (const auto& [name, k] : kinds) {
        if (kind == name)
            return k;
    }
    throw DataError(path, "",
                    "kind: '" + kind
                        + "' is not one of accelerators, cpus, reference, providers, cloud_regions, grid_zones, "
                          "published_runs, published_models");
}

// The "sources" table: id -> title, licence, attribution, snapshot year.
void readSources(const json& root, const std::string& path, DatabaseFile& file)
{
    if (root.contains("sources")) {
        const json& sources = root.at("sources");
        if (!sources.is_object())
            throw DataError(path, "", "sources: not an object");
        for (const auto& [id, s] : sources.items()) {
            if (!s.is_object())
                throw DataError(path, "source '" + id + "'", "not an object");
            EntryReader r(s, path, "source '" + id + "'");
            SourceInfo info;
            info.id = id;
            info.title = r.text("title");
            info.license = r.optionalText("license");
            info.attribution = r.optionalText("attribution");
            info.snapshotYear = r.has("snapshot_year") ? r.year("snapshot_year") : 0;
            file.sources.push_back(info);
        }
    }
}

// Every entry, read by the reader of the file's kind; ids unique within the file.
void readEntries(const json& root, const std::string& path, DatabaseFile& file)
{
    if (!root.contains("entries") || !root.at("entries").is_array())
        throw DataError(path, "", "entries: missing or not an array");
    const json& entries = root.at("entries");
    std::set<std::string> seen;
    auto unique = [&](const std::string& id, const std::string& label) {
        if (!seen.insert(id).second)
            throw DataError(path, label, "duplicate id '" + id + "' in the same file");
    };
    for (size_t i = 0; i < entries.size(); ++i) {
        const json& e = entries[i];
        const bool region = file.kind == Kind::CloudRegions;
        const char* idKey = file.kind == Kind::GridZones ? "code" : region ? "provider" : "id";
        std::string label = entryLabel(i, e, idKey, region ? "region" : nullptr);
        if (!e.is_object())
            throw DataError(path, label, "not a JSON object");
        EntryReader r(e, path, label);
        switch (file.kind) {
        case Kind::Accelerators:
        case Kind::Cpus: {
            Hardware h = readHardware(r, file.kind == Kind::Cpus);
            h.file = path;
            unique(h.id, label);
            file.hardware.push_back(std::move(h));
            break;
        }
        case Kind::Reference: {
            ReferenceValue v = readReference(r);
            v.file = path;
            unique(v.id, label);
            file.references.push_back(std::move(v));
            break;
        }
        case Kind::Providers: {
            Provider p = readProvider(r);
            p.file = path;
            unique(p.id, label);
            file.providers.push_back(std::move(p));
            break;
        }
        case Kind::CloudRegions: {
            CloudRegion c = readRegion(r);
            c.file = path;
            unique(c.key(), label);
            file.regions.push_back(std::move(c));
            break;
        }
        case Kind::PublishedRuns: {
            PublishedRun p = readPublishedRun(r, e);
            p.file = path;
            unique(p.id, label);
            file.publishedRuns.push_back(std::move(p));
            break;
        }
        case Kind::PublishedModels: {
            PublishedModel m = readPublishedModel(r);
            m.file = path;
            unique(m.id, label);
            file.publishedModels.push_back(std::move(m));
            break;
        }
        case Kind::GridZones: {
            GridZone z = readZone(r);
            z.file = path;
            unique(z.code, label);
            file.zones.push_back(std::move(z));
            break;
        }
        }
    }
}

}  // namespace

DatabaseFile DatabaseFile::parse(std::string_view bytes, const std::string& path)
{
    DatabaseFile file;
    file.path = path;
    JsonFile::Header header;
    try {
        header = JsonFile::read(bytes, "mlcarbon-database");
    } catch (const JsonFile::Problem& p) {
        throw DataError(path, "", p.what());
    }
    const json& root = header.root;
    EntryReader top(root, path, "");
    if (header.version > kFormatVersion)
        throw DataError(path, "",
                        "version " + std::to_string(header.version) + " is newer than this mlcarbon reads ("
                            + std::to_string(kFormatVersion) + "); update mlcarbon");
    file.kind = kindOf(top, path);
    readSources(root, path, file);
    readEntries(root, path, file);
    return file;
}

}  // namespace mlcarbon
