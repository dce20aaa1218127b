#include "CatalogTables.h"

#include "EstimateReport.h"
#include "IntensityChoice.h"
#include "PublishedModelJob.h"
#include "PueChoice.h"
#include "TextMatch.h"

namespace mlcarbon {

namespace {

TableCell optionalNumber(const std::optional<double>& v)
{
    return v ? TableCell::of(*v) : TableCell::null();
}

TableCell optionalYear(const std::optional<int>& v)
{
    return v ? TableCell::integer(*v) : TableCell::null();
}

TableCell textOrNull(const std::string& s)
{
    return s.empty() ? TableCell::null() : TableCell::of(s);
}

}  // namespace

Table CatalogTables::hardware(const std::vector<const Hardware*>& items)
{
    Table t;
    t.columns = {{"id", "Id", ""},     {"name", "Name", ""},     {"vendor", "Vendor", ""},
                 {"kind", "Kind", ""}, {"tdp_w", "TDP", "W"},    {"memory_gb", "Memory", "GB"},
                 {"year", "Year", ""}, {"source", "Source", ""}, {"file", "File", ""}};
    for (const Hardware* h : items) {
        t.rows.push_back({TableCell::of(h->id), TableCell::of(h->name), textOrNull(h->vendor),
                          TableCell::of(std::string(Kinds::key(h->kind))), TableCell::of(h->tdpW),
                          optionalNumber(h->memoryGb), optionalYear(h->year), TableCell::of(h->source),
                          TableCell::of(h->file)});
    }
    return t;
}

Table CatalogTables::regions(const Catalog& catalog, const std::vector<const CloudRegion*>& items, IntensityBasis basis)
{
    Table t;
    t.columns = {{"provider", "Provider", ""},
                 {"region", "Region", ""},
                 {"name", "Name", ""},
                 {"country", "Country", ""},
                 {"subdivision", "Subdivision", ""},
                 {"intensity_g_per_kwh", "Intensity", "gCO2e/kWh"},
                 {"year", "Year", ""},
                 {"basis", "Basis", ""},
                 {"basis_fallback", "Other basis", ""},
                 {"source", "Source", ""},
                 {"pue", "PUE", ""},
                 {"pue_origin", "PUE origin", ""},
                 {"pue_source", "PUE source", ""},
                 {"file", "File", ""}};
    for (const CloudRegion* r : items) {
        const IntensityChoice c = IntensityChoice::of(catalog, *r, basis);
        const PueChoice pue = PueChoice::of(catalog, catalog.provider(r->provider), r);
        t.rows.push_back({TableCell::of(r->provider), TableCell::of(r->region), TableCell::of(r->name),
                          TableCell::of(r->country), textOrNull(r->subdivision), TableCell::of(c.gPerKwh),
                          TableCell::integer(c.year), TableCell::of(std::string(Basis::key(c.basis))),
                          TableCell::boolean(c.fallback()), TableCell::of(c.source), TableCell::of(pue.pue),
                          TableCell::of(EstimateReport::pueOriginKey(pue.origin)), TableCell::of(pue.source.source),
                          TableCell::of(r->file)});
    }
    return t;
}

Table CatalogTables::zones(const Catalog& catalog, const std::vector<const GridZone*>& items, IntensityBasis basis)
{
    Table t;
    t.columns = {{"code", "Code", ""},
                 {"name", "Name", ""},
                 {"type", "Type", ""},
                 {"intensity_g_per_kwh", "Intensity", "gCO2e/kWh"},
                 {"year", "Year", ""},
                 {"basis", "Basis", ""},
                 {"basis_fallback", "Other basis", ""},
                 {"source", "Source", ""},
                 {"file", "File", ""}};
    for (const GridZone* z : items) {
        const IntensityChoice c = IntensityChoice::of(catalog, *z, basis);
        t.rows.push_back({TableCell::of(z->code), TableCell::of(z->name),
                          TableCell::of(std::string(Kinds::key(z->type))), TableCell::of(c.gPerKwh),
                          TableCell::integer(c.year), TableCell::of(std::string(Basis::key(c.basis))),
                          TableCell::boolean(c.fallback()), TableCell::of(c.source), TableCell::of(z->file)});
    }
    return t;
}

Table CatalogTables::providers(const Catalog& catalog, const std::vector<const Provider*>& items)
{
    Table t;
    t.columns = {{"id", "Id", ""},
                 {"name", "Name", ""},
                 {"pue", "PUE", ""},
                 {"pue_year", "PUE year", ""},
                 {"regions", "Regions", ""},
                 {"offset_pct", "Offset", "%"},
                 {"pue_source", "PUE source", ""}};
    for (const Provider* p : items) {
        t.rows.push_back({TableCell::of(p->id), TableCell::of(p->name), optionalNumber(p->pue),
                          p->pue ? TableCell::integer(p->pueYear) : TableCell::null(),
                          TableCell::integer(static_cast<double>(catalog.regionsOf(p->id).size())),
                          optionalNumber(p->offsetPct), textOrNull(p->pueSource)});
    }
    return t;
}

Table CatalogTables::presets(const std::vector<PublishedRun>& runs, const std::string& search)
{
    Table t;
    t.columns = {{"id", "Id", ""},
                 {"name", "Name", ""},
                 {"hardware", "Hardware", ""},
                 {"count", "Devices", ""},
                 {"device_hours", "Device-hours", "h"},
                 {"reported_energy_mwh", "Energy", "MWh"},
                 {"reported_tco2e", "Emissions", "tCO2e"},
                 {"tier", "Tier", ""},
                 {"source", "Source", ""}};
    const std::string key = TextMatch::key(search);
    for (const auto& p : runs) {
        if (!key.empty() && TextMatch::key(p.name + p.id + p.source).find(key) == std::string::npos)
            continue;
        t.rows.push_back({TableCell::of(p.id), TableCell::of(p.name), TableCell::of(p.hardware),
                          optionalNumber(p.count), optionalNumber(p.deviceHours), optionalNumber(p.reportedEnergyMwh),
                          optionalNumber(p.reportedTco2e), TableCell::of(p.tier), TableCell::of(p.source)});
    }
    return t;
}

Table CatalogTables::models(const Catalog& catalog, const std::vector<const PublishedModel*>& models)
{
    Table t;
    t.columns = {{"id", "Id", ""},
                 {"name", "Name", ""},
                 {"organization", "Organisation", ""},
                 {"year", "Year", ""},
                 {"hardware", "Hardware", ""},
                 {"count", "Devices", ""},
                 {"training_hours", "Hours", "h"},
                 {"compute_flop", "Compute", "FLOP"},
                 {"estimable", "Estimates from", ""}};
    for (const PublishedModel* m : models) {
        const ModelJob job = PublishedModelJob::of(catalog, *m);
        const std::string from = !job.estimable()                    ? "missing: " + job.missing.front()
                                 : job.work == ModelJob::Work::Hours ? std::string("hours")
                                                                     : std::string("compute");
        const std::string hardware = !m->hardware.empty()      ? m->hardware
                                     : m->hardwareName.empty() ? std::string()
                                                               : m->hardwareName + " (not in the database)";
        t.rows.push_back({TableCell::of(m->id), TableCell::of(m->name), TableCell::of(m->organization),
                          TableCell::integer(m->year), TableCell::of(hardware), optionalNumber(m->hardwareCount),
                          optionalNumber(m->trainingHours), optionalNumber(m->computeFlop), TableCell::of(from)});
    }
    return t;
}

Table CatalogTables::comparison(const std::vector<RankedRegion>& rows)
{
    Table t;
    t.columns = {{"rank", "#", ""},
                 {"provider", "Provider", ""},
                 {"region", "Region / zone", ""},
                 {"name", "Name", ""},
                 {"country", "Country", ""},
                 {"intensity_g_per_kwh", "Intensity", "gCO2e/kWh"},
                 {"intensity_year", "Year", ""},
                 {"basis", "Basis", ""},
                 {"basis_fallback", "Other basis", ""},
                 {"year_fallback", "Nearest year", ""},
                 {"pue", "PUE", ""},
                 {"pue_origin", "PUE origin", ""},
                 {"energy_kwh", "Energy", "kWh"},
                 {"emissions_kg", "Emissions", "kg CO2e"},
                 {"saving_kg", "Saving", "kg CO2e"},
                 {"saving_pct", "Saving", "%"},
                 {"chosen", "Chosen", ""},
                 {"water_l", "Water", "L"}};
    int rank = 0;
    for (const RankedRegion& r : rows) {
        t.rows.push_back({TableCell::integer(++rank),
                          r.provider.empty() ? TableCell::null() : TableCell::of(r.provider), TableCell::of(r.code),
                          TableCell::of(r.name), TableCell::of(r.country), TableCell::of(r.intensity),
                          TableCell::integer(r.intensityYear), TableCell::of(basisCell(r)),
                          TableCell::boolean(r.basisFallback), TableCell::boolean(r.yearFallback), TableCell::of(r.pue),
                          TableCell::of(EstimateReport::pueOriginKey(r.pueOrigin)), TableCell::of(r.energyKwh),
                          TableCell::of(r.emissionsKg), TableCell::of(r.savingKg), optionalNumber(r.savingPct),
                          TableCell::boolean(r.chosen), optionalNumber(r.waterL)});
    }
    return t;
}

Table CatalogTables::hardwareComparison(const std::vector<RankedHardware>& rows)
{
    Table t;
    t.columns = {{"rank", "#", ""},
                 {"id", "Id", ""},
                 {"name", "Name", ""},
                 {"vendor", "Vendor", ""},
                 {"kind", "Kind", ""},
                 {"year", "Released", ""},
                 {"memory_gb", "Memory", "GB"},
                 {"peak_tflop_per_s", "Peak", "TFLOP/s"},
                 {"power_w", "Power", "W"},
                 {"device_hours", "Device-hours", ""},
                 {"hours", "Hours", "h"},
                 {"energy_kwh", "Energy", "kWh"},
                 {"emissions_kg", "Emissions", "kg CO2e"},
                 {"saving_kg", "Saving", "kg CO2e"},
                 {"saving_pct", "Saving", "%"},
                 {"chosen", "Chosen", ""},
                 {"embodied_per_device_kg", "Embodied/device", "kg CO2e"},
                 {"embodied_kg", "Embodied", "kg CO2e"}};
    int rank = 0;
    for (const RankedHardware& r : rows) {
        const Hardware& h = *r.hardware;
        t.rows.push_back({TableCell::integer(++rank), TableCell::of(h.id), TableCell::of(h.name), textOrNull(h.vendor),
                          TableCell::of(std::string(Kinds::key(h.kind))),
                          h.year ? TableCell::integer(*h.year) : TableCell::null(), optionalNumber(h.memoryGb),
                          TableCell::of(r.peakFlops / 1e12), TableCell::of(r.powerW), TableCell::of(r.deviceHours),
                          TableCell::of(r.hours), TableCell::of(r.energyKwh), TableCell::of(r.emissionsKg),
                          TableCell::of(r.savingKg), optionalNumber(r.savingPct), TableCell::boolean(r.chosen),
                          optionalNumber(r.embodiedPerDeviceKg), optionalNumber(r.embodiedKg)});
    }
    return t;
}

std::string CatalogTables::basisCell(const RankedRegion& row)
{
    return std::string(Basis::key(row.basis)) + (row.basisFallback ? "*" : "");
}

std::string CatalogTables::yearLine(const std::vector<RankedRegion>& rows, std::optional<int> year)
{
    if (!year)
        return {};
    const std::string y = std::to_string(*year);
    const std::size_t other = RegionRanking::yearFallbackCount(rows);
    std::string s = " Year of the run: " + y + "; ";
    if (other == 0)
        return s + "every row has a figure for " + y + ".";
    return s + std::to_string(other) + " of " + std::to_string(rows.size()) + (other == 1 ? " row has" : " rows have")
           + " no figure for " + y + " and use" + (other == 1 ? "s its" : " their")
           + " nearest year's (marked nearest).";
}

std::string CatalogTables::hardwarePlaceLine(const Estimate& e)
{
    const std::string year = EstimateReport::yearText(e);
    return "Every device at " + EstimateReport::locationLabel(e) + (year.empty() ? "" : ", year of the run " + year)
           + ": " + EstimateReport::intensityText(e) + " gCO2e/kWh ("
           + (e.intensitySource.year ? std::to_string(*e.intensitySource.year) + ", " : "")
           + EstimateReport::basisText(e) + "), PUE " + EstimateReport::pueText(e) + ".";
}

std::string CatalogTables::basisLine(const std::vector<RankedRegion>& rows, IntensityBasis requested)
{
    const std::size_t other = RegionRanking::fallbackCount(rows);
    std::string s = "Grid intensity on the " + Basis::label(requested) + " basis";
    if (other == 0)
        return s + " for every row.";
    return s + "; " + std::to_string(other) + " of " + std::to_string(rows.size())
           + (other == 1 ? " row has" : " rows have") + " no " + Basis::label(requested) + " figure and use"
           + (other == 1 ? "s" : "") + " another basis (marked *).";
}

}  // namespace mlcarbon
