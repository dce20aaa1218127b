#include "EstimateReport.h"

#include "CsvWriter.h"
#include "ImpactReport.h"
#include "NumberFormat.h"
#include "TrainingCompute.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

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
    // The person's figure, unless the hours follow from the training compute.
    return e.compute.used && !e.compute.mfuImplied ? NF::significant(e.hours) : asGiven(e.hours);
}

std::string EstimateReport::scheduleText(const Estimate& e)
{
    const std::optional<double> days = e.input.days();
    if (!days)
        return {};
    // Whole days as a whole number (hours a day x days read back); a part day to three figures.
    const double whole = std::round(*days);
    const std::string n = std::fabs(*days - whole) < 1e-9 * whole ? NF::integer(whole) : NF::significant(*days);
    return asGiven(*e.input.hoursPerDay) + " h a day for " + n + (n == "1" ? " day" : " days");
}

std::string EstimateReport::yearText(const Estimate& e)
{
    if (!e.input.year)
        return {};
    const std::string note = e.yearText();
    return std::to_string(*e.input.year) + (note.empty() ? "" : " (" + note + ")");
}

std::string EstimateReport::mfuOriginKey(const ComputeWork& w)
{
    return w.mfuImplied ? "implied" : w.mfuGiven ? "given" : "default";
}

std::vector<std::pair<std::string, std::string>> EstimateReport::computeLines(const Estimate& e)
{
    std::vector<std::pair<std::string, std::string>> out;
    const ComputeWork& w = e.compute;
    if (!w.used)
        return out;
    std::string flop = NF::large(w.flop) + " FLOP";
    if (w.fromParamsTokens)
        flop += " (6 x " + NF::large(*e.input.params) + " parameters x " + NF::large(*e.input.tokens) + " tokens)";
    out.emplace_back("Training compute", flop);
    std::string peak = NF::significant(w.peakFlops / 1e12) + " TFLOP/s, " + TrainingCompute::label(w.precision);
    if (!e.hardware.peakFlopsNote.empty())
        peak += " (" + e.hardware.peakFlopsNote + ")";
    out.emplace_back("Peak per device", peak);
    std::string mfu = NF::significant(w.mfu);
    if (w.mfuImplied) {
        mfu += " implied by the compute and the hours";
        if (w.mfuImplausible)
            mfu += "; implausible: outside " + NF::significant(TrainingCompute::kMinPlausibleMfu)
                   + " to 1, check the compute, the hours and the device count";
    } else if (w.mfuGiven) {
        mfu += " (given)";
    } else {
        mfu += " (default: median of the published runs that report one; range " + NF::significant(w.mfuBounds.low)
               + " to " + NF::significant(w.mfuBounds.high) + ")";
    }
    out.emplace_back("MFU", mfu);
    if (!w.mfuImplied)
        out.emplace_back("Device-hours", NF::significant(w.deviceHours) + " = FLOP / (peak x MFU) / 3600 (range "
                                             + NF::significant(w.deviceHoursBounds.low) + " to "
                                             + NF::significant(w.deviceHoursBounds.high) + ")");
    return out;
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

std::string EstimateReport::provenanceText(const Provenance& p)
{
    std::string s = p.source;
    if (p.year)
        s += " (" + std::to_string(*p.year) + ")";
    if (!p.file.empty())
        s += " [" + p.file + "]";
    return s;
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
    if (e.compute.used) {
        out.emplace_back("Peak FLOP/s", provenanceText(e.compute.peakSource));
        out.emplace_back("MFU", provenanceText(e.compute.mfuSource));
        out.emplace_back("6 x N x D", "Kaplan et al. 2020; Hoffmann et al. 2022 (dense training; active parameters "
                                      "for a mixture of experts)");
    }
    out.emplace_back("Grid intensity", provenanceText(e.intensitySource));
    out.emplace_back("PUE", provenanceText(e.pueSource));
    out.emplace_back("Offset", provenanceText(e.offsetSource));
    if (e.hostW > 0)
        out.emplace_back("Memory power", NF::significant(e.memoryWPerGb) + " W/GB, " + provenanceText(e.memorySource));
    for (auto& line : ImpactReport::sourceLines(e))
        out.push_back(std::move(line));
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
    for (const auto& [label, text] : computeLines(e))
        line(label, text);
    const double deviceHours = e.count * e.hours;  // an input, shown whole when it is whole
    const std::string schedule = scheduleText(e);
    line("Duration", hoursText(e) + " h per device (" + (schedule.empty() ? std::string() : schedule + "; ")
                         + (std::floor(deviceHours) == deviceHours && deviceHours < 1e15 ? NF::integer(deviceHours)
                                                                                         : NF::significant(deviceHours))
                         + " device-hours)");
    line("Power", powerText(e));
    if (e.hostW > 0)
        line("Host", NF::significant(e.hostW) + " W per device (CPU " + NF::significant(e.hostCpuW) + " W + "
                         + NF::significant(e.hostMemoryGb) + " GB x " + NF::significant(e.memoryWPerGb) + " W/GB)");
    if (e.input.year)
        line("Year of the run", yearText(e));
    line("Location", locationLabel(e));
    line("Grid intensity", intensityText(e) + " gCO2e/kWh ("
                               + (e.intensitySource.year ? std::to_string(*e.intensitySource.year) + ", " : "")
                               + basisText(e) + (e.yearFallback() ? "; none for " + std::to_string(*e.input.year) : "")
                               + ")");
    const std::string pueNote = pueOriginNote(e.pueOrigin);
    line("PUE", pueText(e) + (e.pueGiven ? " (given)" : pueNote.empty() ? "" : " (" + pueNote + ")"));
    for (const std::string& note : e.notes)
        line("What-if", note);
    for (const std::string& assumption : e.assumptions)
        line("Assumed", assumption);
    s += "\nResult\n";
    line("Energy", NF::energy(e.energyKwh) + "   (range " + NF::energy(e.energyLowKwh) + " to "
                       + NF::energy(e.energyHighKwh) + ")");
    line("Emissions", NF::mass(e.emissionsKg) + "   (range " + NF::mass(e.emissionsLowKg) + " to "
                          + NF::mass(e.emissionsHighKg) + ", location-based)");
    line("Market-based", NF::mass(e.marketEmissionsKg) + "   (offset / renewable match " + NF::significant(e.offsetPct)
                             + " %; shown apart, not instead)");
    for (const auto& [label, text] : ImpactReport::resultLines(e))
        line(label, text);
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
    j["hours_per_day"] = e.input.hoursPerDay ? json(*e.input.hoursPerDay) : json(nullptr);
    j["days"] = e.input.days() ? json(*e.input.days()) : json(nullptr);
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
    j["year"] = yearOrNull(e.input.year);  // of the run, when given; the figure's own is location.year
    j["year_fallback"] = e.yearFallback();
    j["year_note"] = orNull(e.yearText());
    if (e.compute.used) {
        const ComputeWork& w = e.compute;
        j["compute"] = {{"flop", w.flop},
                        {"params", e.input.params ? json(*e.input.params) : json(nullptr)},
                        {"tokens", e.input.tokens ? json(*e.input.tokens) : json(nullptr)},
                        {"precision", std::string(Kinds::key(w.precision))},
                        {"peak_flop_per_s", w.peakFlops},
                        {"peak_source", w.peakSource.source},
                        {"mfu", w.mfu},
                        {"mfu_origin", mfuOriginKey(w)},
                        {"mfu_low", w.mfuBounds.low},
                        {"mfu_high", w.mfuBounds.high},
                        {"mfu_implausible", w.mfuImplausible},
                        {"mfu_source", w.mfuSource.source},
                        {"device_hours", w.deviceHours},
                        {"device_hours_low", w.deviceHoursBounds.low},
                        {"device_hours_high", w.deviceHoursBounds.high}};
    } else {
        j["compute"] = nullptr;
    }
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
    ImpactReport::addJson(j, e);
    j["notes"] = e.notes;
    j["assumptions"] = e.assumptions;
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
                            "pue_origin",
                            "run_year",
                            "year_fallback",
                            "flop",
                            "precision",
                            "peak_flop_per_s",
                            "mfu",
                            "mfu_origin",
                            "mfu_implausible",
                            "device_hours",
                            "embodied_kg",
                            "water_l"};
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
    if (e.input.year)
        out.addNumber(*e.input.year);
    else
        out.addEmpty();
    out.addText(e.yearFallback() ? "true" : "false");
    const ComputeWork& w = e.compute;
    if (w.used) {
        out.addNumber(w.flop);
        out.addText(std::string(Kinds::key(w.precision)));
        out.addNumber(w.peakFlops);
        out.addNumber(w.mfu);
        out.addText(mfuOriginKey(w));
        out.addText(w.mfuImplausible ? "true" : "false");
        out.addNumber(w.deviceHours);
    } else {
        for (int i = 0; i < 7; ++i)
            out.addEmpty();
    }
    for (const std::optional<double> v : {ImpactReport::embodiedKg(e), ImpactReport::waterLitres(e)}) {
        if (v)
            out.addNumber(*v);
        else
            out.addEmpty();
    }
    out.endRow();
    return out.text();
}

}  // namespace mlcarbon
