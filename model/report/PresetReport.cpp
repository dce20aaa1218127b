#include "PresetReport.h"

#include "NumberFormat.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

PresetFigure figureOf(const std::string& label, const Estimate& e, const PublishedRun& run)
{
    PresetFigure f;
    f.label = label;
    f.estimate = true;
    f.energyKwh = e.energyKwh;
    f.emissionsKg = e.emissionsKg;
    // The paper reports MWh and tCO2e: compare in those units.
    f.energyRatio = PresetReport::ratio(e.energyKwh / 1000.0, run.reportedEnergyMwh);
    f.emissionsRatio = PresetReport::ratio(e.emissionsKg / 1000.0, run.reportedTco2e);
    return f;
}

nlohmann::ordered_json optional(std::optional<double> v)
{
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::optional<double> PresetReport::ratio(double mine, std::optional<double> reported)
{
    if (!reported || *reported <= 0)
        return std::nullopt;
    return mine / *reported;
}

std::vector<PresetFigure> PresetReport::figures(const PresetComparison& c, const Estimate* current)
{
    const PublishedRun& run = *c.run;
    std::vector<PresetFigure> out;
    PresetFigure reported;
    reported.label = "Reported by the authors";
    if (run.reportedEnergyMwh)
        reported.energyKwh = *run.reportedEnergyMwh * 1000.0;
    if (run.reportedTco2e)
        reported.emissionsKg = *run.reportedTco2e * 1000.0;
    reported.energyRatio = run.reportedEnergyMwh ? std::optional<double>(1.0) : std::nullopt;
    reported.emissionsRatio = run.reportedTco2e ? std::optional<double>(1.0) : std::nullopt;
    out.push_back(reported);
    if (c.fromReported)
        out.push_back(figureOf("mlcarbon from the reported inputs", *c.fromReported, run));
    if (c.fromDefaults)
        out.push_back(figureOf("mlcarbon from database defaults", *c.fromDefaults, run));
    if (current)
        out.push_back(figureOf("mlcarbon as now edited (what-if)", *current, run));
    return out;
}

std::string PresetReport::text(const PresetComparison& c, const Estimate& current)
{
    const PublishedRun& run = *c.run;
    std::string s = "\nPublished run: " + run.name + " (" + run.source + ")\n";
    for (const PresetFigure& f : figures(c, &current)) {
        std::string label = f.label + ":";
        label.resize(std::max<std::size_t>(label.size(), 36), ' ');
        s += "  " + label + (f.energyKwh ? NF::energy(*f.energyKwh) : std::string("energy not reported")) + ", "
             + (f.emissionsKg ? NF::mass(*f.emissionsKg) : std::string("emissions not reported"));
        if (f.estimate && (f.energyRatio || f.emissionsRatio))
            s += "  (x" + (f.energyRatio ? NF::significant(*f.energyRatio) : "-") + " energy, x"
                 + (f.emissionsRatio ? NF::significant(*f.emissionsRatio) : "-") + " emissions of the reported)";
        s += "\n";
    }
    for (const auto& line : c.filledIn)
        s += "  From the database: " + line + "\n";
    for (const auto& line : c.reasons)
        s += "  Differs: " + line + "\n";
    return s;
}

nlohmann::ordered_json PresetReport::json(const PresetComparison& c, const Estimate& current)
{
    const PublishedRun& run = *c.run;
    nlohmann::ordered_json j;
    j["id"] = run.id;
    j["name"] = run.name;
    j["source"] = run.source;
    j["reported_energy_mwh"] = optional(run.reportedEnergyMwh);
    j["reported_tco2e"] = optional(run.reportedTco2e);
    j["ratio_energy"] = optional(ratio(current.energyKwh / 1000.0, run.reportedEnergyMwh));
    j["ratio_emissions"] = optional(ratio(current.emissionsKg / 1000.0, run.reportedTco2e));
    j["defaults_energy_kwh"] = c.fromDefaults ? optional(c.fromDefaults->energyKwh) : nullptr;
    j["defaults_emissions_kg"] = c.fromDefaults ? optional(c.fromDefaults->emissionsKg) : nullptr;
    j["filled_in"] = c.filledIn;
    j["reasons"] = c.reasons;
    return j;
}

std::string PresetReport::placeAsReported(const PublishedRun& run, const Estimate& estimate)
{
    const bool asReported =
        estimate.location.kind == Location::Kind::Custom && run.gPerKwh && estimate.intensity == *run.gPerKwh;
    return asReported ? run.locationAsReported : std::string();
}

}  // namespace mlcarbon
