#include "EstimateReport.h"

#include "CsvWriter.h"
#include "NumberFormat.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

std::string provenanceText(const Provenance& p)
{
    std::string s = p.source;
    if (p.year)
        s += " (" + std::to_string(*p.year) + ")";
    if (!p.file.empty())
        s += " [" + p.file + "]";
    return s;
}

nlohmann::ordered_json orNull(const std::string& s)
{
    return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

nlohmann::ordered_json yearOrNull(const std::optional<int>& y)
{
    return y ? nlohmann::ordered_json(*y) : nlohmann::ordered_json(nullptr);
}

// A figure the person gave is shown as given: whole numbers whole (10000000, not 1e+07), others
// in the shortest text that reads back to the same number.
std::string asGiven(double value)
{
    return std::floor(value) == value && std::fabs(value) < 1e15 ? NF::integer(value) : NF::exact(value);
}

std::string shown(double value, bool given)
{
    return given ? asGiven(value) : NF::significant(value);
}

std::string powerText(const Estimate& e)
{
    if (e.measuredPower)
        return asGiven(e.powerW) + " W per device (measured average, given by the user; TDP "
               + NF::significant(e.hardware.tdpW) + " W)";
    return NF::significant(e.powerW) + " W per device (TDP " + NF::significant(e.hardware.tdpW) + " W x utilisation "
           + NF::significant(e.utilization) + ")";
}

}  // namespace

std::string EstimateReport::locationLabel(const Estimate& e)
{
    const ResolvedLocation& l = e.location;
    switch (l.kind) {
    case Location::Kind::Cloud: return l.providerName + " " + l.region + " (" + l.name + ", " + l.country + ")";
    case Location::Kind::Zone: return l.name + " (" + l.zone + ")";
    case Location::Kind::Custom: return "custom grid intensity";
    case Location::Kind::None: break;
    }
    return {};
}

std::string EstimateReport::basisText(const Estimate& e)
{
    return e.intensityGiven ? "as given by the user" : Basis::usedText(e.intensityBasis, e.requestedBasis);
}

std::string EstimateReport::basisKey(const Estimate& e)
{
    return e.intensityGiven ? "as_given" : std::string(Basis::key(e.intensityBasis));
}

std::string EstimateReport::pueOriginNote(PueOrigin origin)
{
    switch (origin) {
    case PueOrigin::ProviderFleet: return "provider fleet average; no figure for this region";
    case PueOrigin::OnPremiseDefault: return "default; no figure for this place";
    case PueOrigin::Given:
    case PueOrigin::Region: break;
    }
    return {};
}

std::string EstimateReport::pueOriginKey(PueOrigin origin)
{
    switch (origin) {
    case PueOrigin::Given: return "given";
    case PueOrigin::Region: return "region";
    case PueOrigin::ProviderFleet: return "provider_fleet";
    case PueOrigin::OnPremiseDefault: break;
    }
    return "default";
}

std::string EstimateReport::hoursText(const Estimate& e)
{
    return asGiven(e.hours);  // always the person's figure
}

std::string EstimateReport::intensityText(const Estimate& e)
{
    return shown(e.intensity, e.intensityGiven);
}

std::string EstimateReport::pueText(const Estimate& e)
{
    return shown(e.pue, e.pueGiven);
}

std::string EstimateReport::powerWText(const Estimate& e)
{
    return shown(e.powerW, e.measuredPower);
}

std::string EstimateReport::energyFormula(const Estimate& e)
{
    std::string power = shown(e.powerW, e.measuredPower) + " W";
    if (e.hostW > 0)
        power = "(" + power + " + " + NF::significant(e.hostW) + " W host)";
    return "energy = " + NF::integer(e.count) + " x " + hoursText(e) + " h x " + power + " x PUE " + pueText(e)
           + " / 1000 = " + NF::energy(e.energyKwh);
}

std::string EstimateReport::emissionsFormula(const Estimate& e)
{
    return "emissions = " + NF::energy(e.energyKwh) + " x " + intensityText(e)
           + " gCO2e/kWh / 1000 = " + NF::mass(e.emissionsKg);
}

std::vector<std::pair<std::string, std::string>> EstimateReport::sources(const Estimate& e)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::string hw = e.hardware.source;
    if (e.hardware.year)
        hw += " (released " + std::to_string(*e.hardware.year) + ")";
    hw += " [" + e.hardware.file + "]";
    out.emplace_back(e.measuredPower ? "TDP (for reference)" : "TDP", hw);
    if (e.measuredPower)
        out.emplace_back("Power", "measured average, given by the user");
    out.emplace_back("Grid intensity", provenanceText(e.intensitySource));
    out.emplace_back("PUE", provenanceText(e.pueSource));
    out.emplace_back("Offset", provenanceText(e.offsetSource));
    if (e.hostW > 0)
        out.emplace_back("Memory power", NF::significant(e.memoryWPerGb) + " W/GB, " + provenanceText(e.memorySource));
    return out;
}

std::string EstimateReport::text(const Estimate& e, const std::vector<Equivalent>& equivalents)
{
    std::string s;
    auto line = [&](const std::string& label, const std::string& value) {
        std::string l = "  " + label + ":";
        l.resize(std::max<std::size_t>(l.size() + 1, 25), ' ');
        s += l + value + "\n";
    };
    s += "Job\n";
    line("Hardware", e.hardware.name + " [" + e.hardware.id + "], " + std::string(Kinds::key(e.hardware.kind))
                         + ", TDP " + NF::significant(e.hardware.tdpW) + " W");
    line("Devices", NF::integer(e.count));
    const double deviceHours = e.count * e.hours;  // an input, shown whole when it is whole
    line("Duration", hoursText(e) + " h per device ("
                         + (std::floor(deviceHours) == deviceHours && deviceHours < 1e15 ? NF::integer(deviceHours)
                                                                                         : NF::significant(deviceHours))
                         + " device-hours)");
    line("Power", powerText(e));
    if (e.hostW > 0)
        line("Host", NF::significant(e.hostW) + " W per device (CPU " + NF::significant(e.hostCpuW) + " W + "
                         + NF::significant(e.hostMemoryGb) + " GB x " + NF::significant(e.memoryWPerGb) + " W/GB)");
    line("Location", locationLabel(e));
    line("Grid intensity", intensityText(e) + " gCO2e/kWh ("
                               + (e.intensitySource.year ? std::to_string(*e.intensitySource.year) + ", " : "")
                               + basisText(e) + ")");
    const std::string pueNote = pueOriginNote(e.pueOrigin);
    line("PUE", pueText(e) + (e.pueGiven ? " (given)" : pueNote.empty() ? "" : " (" + pueNote + ")"));
    for (const std::string& note : e.notes)
        line("What-if", note);
    s += "\nResult\n";
    line("Energy", NF::energy(e.energyKwh) + "   (range " + NF::energy(e.energyLowKwh) + " to "
                       + NF::energy(e.energyHighKwh) + ")");
    line("Emissions", NF::mass(e.emissionsKg) + "   (range " + NF::mass(e.emissionsLowKg) + " to "
                          + NF::mass(e.emissionsHighKg) + ", location-based)");
    line("Market-based", NF::mass(e.marketEmissionsKg) + "   (offset / renewable match " + NF::significant(e.offsetPct)
                             + " %; shown apart, not instead)");
    s += "\nBreakdown\n";
    line("Devices", NF::energy(e.deviceKwh));
    line("Host (CPU, memory)", NF::energy(e.hostKwh));
    line("Data-centre overhead", NF::energy(e.overheadKwh) + " (PUE " + pueText(e) + ")");
    if (!equivalents.empty()) {
        s += "\nEquivalent to (location-based emissions)\n";
        for (const auto& q : equivalents)
            s += "  " + NF::significant(q.amount) + " " + q.label + "  (" + NF::significant(q.constant) + " "
                 + q.constantUnit + ", " + std::to_string(q.year) + ")\n";
    }
    s += "\nFormula\n  " + energyFormula(e) + "\n  " + emissionsFormula(e) + "\n";
    s += "\nRange (lowest and highest figures the data record)\n";
    line("Power", NF::significant(e.powerBounds.low) + " to " + NF::significant(e.powerBounds.high) + " W");
    line("PUE", NF::significant(e.pueBounds.low) + " to " + NF::significant(e.pueBounds.high));
    line("Grid intensity", shown(e.intensityBounds.low, e.intensityGiven) + " to "
                               + shown(e.intensityBounds.high, e.intensityGiven) + " gCO2e/kWh");
    s += "\nSources\n";
    for (const auto& [label, text] : sources(e))
        line(label, text);
    return s;
}

std::string EstimateReport::json(const Estimate& e, const std::vector<Equivalent>& equivalents)
{
    using json = nlohmann::ordered_json;  // keys in the order written: the result first
    json j;
    j["energy_kwh"] = e.energyKwh;
    j["energy_low_kwh"] = e.energyLowKwh;
    j["energy_high_kwh"] = e.energyHighKwh;
    j["emissions_kg"] = e.emissionsKg;
    j["emissions_low_kg"] = e.emissionsLowKg;
    j["emissions_high_kg"] = e.emissionsHighKg;
    j["market_emissions_kg"] = e.marketEmissionsKg;
    j["offset_pct"] = e.offsetPct;
    j["offset_source"] = provenanceText(e.offsetSource);
    j["count"] = static_cast<long long>(e.count);
    j["hours"] = e.hours;
    j["power_w"] = e.powerW;
    j["power_basis"] = e.measuredPower ? "measured" : "tdp_x_utilization";
    j["utilization"] = e.utilization;
    j["host_w"] = e.hostW;
    j["pue"] = e.pue;
    j["pue_origin"] = pueOriginKey(e.pueOrigin);
    j["pue_source"] = e.pueSource.source;
    j["pue_year"] = yearOrNull(e.pueSource.year);
    j["pue_file"] = orNull(e.pueSource.file);
    j["intensity_g_per_kwh"] = e.intensity;
    j["basis"] = basisKey(e);
    j["requested_basis"] = Basis::key(e.requestedBasis);
    j["basis_fallback"] = e.basisFallback();
    j["breakdown"] = {{"device_kwh", e.deviceKwh}, {"host_kwh", e.hostKwh}, {"overhead_kwh", e.overheadKwh}};
    j["bounds"] = {{"power_w", {e.powerBounds.low, e.powerBounds.high}},
                   {"pue", {e.pueBounds.low, e.pueBounds.high}},
                   {"intensity_g_per_kwh", {e.intensityBounds.low, e.intensityBounds.high}}};
    j["hardware"] = {{"id", e.hardware.id},
                     {"name", e.hardware.name},
                     {"vendor", orNull(e.hardware.vendor)},
                     {"kind", std::string(Kinds::key(e.hardware.kind))},
                     {"tdp_w", e.hardware.tdpW},
                     {"year", yearOrNull(e.hardware.year)},
                     {"source", e.hardware.source},
                     {"file", e.hardware.file}};
    const ResolvedLocation& l = e.location;
    j["location"] = {{"kind", std::string(Kinds::key(l.kind))},
                     {"provider", orNull(l.provider)},
                     {"region", orNull(l.region)},
                     {"zone", orNull(l.zone)},
                     {"country", orNull(l.country)},
                     {"subdivision", orNull(l.subdivision)},
                     {"name", l.name},
                     {"year", yearOrNull(e.intensitySource.year)},
                     {"basis", basisKey(e)},
                     {"source", e.intensitySource.source},
                     {"file", orNull(e.intensitySource.file)}};
    j["formula"] = {energyFormula(e), emissionsFormula(e)};
    json eq = json::array();
    for (const auto& q : equivalents)
        eq.push_back({{"id", q.id},
                      {"label", q.label},
                      {"amount", q.amount},
                      {"constant", q.constant},
                      {"unit", q.constantUnit},
                      {"year", q.year},
                      {"source", q.source}});
    j["equivalents"] = eq;
    j["notes"] = e.notes;
    return j.dump(2) + "\n";
}

std::string EstimateReport::csv(const Estimate& e)
{
    CsvWriter out;
    const char* header[] = {"hardware_id",
                            "hardware_name",
                            "count",
                            "hours",
                            "power_w",
                            "pue",
                            "intensity_g_per_kwh",
                            "provider",
                            "region",
                            "zone",
                            "location_name",
                            "energy_kwh",
                            "energy_low_kwh",
                            "energy_high_kwh",
                            "emissions_kg",
                            "emissions_low_kg",
                            "emissions_high_kg",
                            "market_emissions_kg",
                            "offset_pct",
                            "device_kwh",
                            "host_kwh",
                            "overhead_kwh",
                            "tdp_source",
                            "intensity_source",
                            "intensity_year",
                            "pue_source",
                            "intensity_basis",
                            "requested_basis",
                            "basis_fallback",
                            "pue_origin"};
    for (const char* h : header)
        out.addText(h);
    out.endRow();
    out.addText(e.hardware.id);
    out.addText(e.hardware.name);
    out.addNumber(e.count);
    out.addNumber(e.hours);
    out.addNumber(e.powerW);
    out.addNumber(e.pue);
    out.addNumber(e.intensity);
    out.addText(e.location.provider);
    out.addText(e.location.region);
    out.addText(e.location.zone);
    out.addText(e.location.name);
    for (double v : {e.energyKwh, e.energyLowKwh, e.energyHighKwh, e.emissionsKg, e.emissionsLowKg, e.emissionsHighKg,
                     e.marketEmissionsKg, e.offsetPct, e.deviceKwh, e.hostKwh, e.overheadKwh})
        out.addNumber(v);
    out.addText(e.hardware.source);
    out.addText(e.intensitySource.source);
    if (e.intensitySource.year)
        out.addNumber(*e.intensitySource.year);
    else
        out.addEmpty();
    out.addText(e.pueSource.source);
    out.addText(basisKey(e));
    out.addText(std::string(Basis::key(e.requestedBasis)));
    out.addText(e.basisFallback() ? "true" : "false");
    out.addText(pueOriginKey(e.pueOrigin));
    out.endRow();
    return out.text();
}

}  // namespace mlcarbon
