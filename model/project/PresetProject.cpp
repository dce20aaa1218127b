#include "PresetProject.h"

#include "NumberFormat.h"

#include <cmath>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

Location defaultLocation(const PublishedRun& run)
{
    return run.defaultKind == LocationKind::Cloud ? Location::cloud(run.defaultProvider, run.defaultCode)
                                                  : Location::gridZone(run.defaultCode);
}

// Device-hours split into devices x hours: the reported count when there is one.
void setDuration(const PublishedRun& run, EstimateInput& in, std::vector<std::string>* filledIn)
{
    if (run.deviceHours && run.count) {
        in.count = *run.count;
        in.hours = *run.deviceHours / *run.count;
    } else if (run.deviceHours) {
        in.count = 1;
        in.hours = *run.deviceHours;  // the total is what matters: one device for all device-hours
    } else {
        in.count = run.count.value_or(1);
        in.hours = 1;
        if (filledIn)
            filledIn->push_back("device-hours: not reported; 1 h per device stands in (replace it)");
    }
}

}  // namespace

bool PresetProject::complete(const PublishedRun& run)
{
    return run.deviceHours && run.powerW && run.pue && run.gPerKwh && run.reportedEnergyMwh && run.reportedTco2e;
}

Project PresetProject::reported(const PublishedRun& run, std::vector<std::string>* filledIn)
{
    Project p;
    p.name = run.name + " (as reported)";
    p.description = run.source;
    p.presetId = run.id;
    ProjectItem item;
    item.label = run.name + " training";
    item.phase = "training";
    EstimateInput& in = item.input;
    in.hardware = run.hardware;
    setDuration(run, in, filledIn);
    in.year = run.runYear;
    if (run.runYear && filledIn)
        filledIn->push_back("year of the run: " + std::to_string(*run.runYear) + ", the " + run.runYearNote);
    in.powerW = run.powerW;
    if (!run.powerW && filledIn)
        filledIn->push_back("power: not reported; the database TDP of " + run.hardware + " is used");
    in.pue = run.pue;
    if (!run.pue && filledIn)
        filledIn->push_back("PUE: not reported; the database default for the place is used");
    if (run.gPerKwh) {
        in.location = Location::custom(*run.gPerKwh);
    } else {
        in.location = defaultLocation(run);
        if (filledIn)
            filledIn->push_back("grid intensity: not reported; " + run.defaultCode + " from the database ("
                                + run.defaultNote + ")");
    }
    p.items.push_back(std::move(item));
    return p;
}

WhatIfEdit PresetProject::whatIf(const PublishedRun& run, const WhatIfChanges& changes)
{
    return WhatIf::apply(reported(run).items.front().input, changes);
}

Project PresetProject::defaults(const PublishedRun& run)
{
    Project p;
    p.name = run.name + " (database defaults)";
    p.presetId = run.id;
    ProjectItem item;
    item.label = run.name + " training";
    item.input.hardware = run.hardware;
    setDuration(run, item.input, nullptr);
    item.input.year = run.runYear;
    item.input.location = defaultLocation(run);
    p.items.push_back(std::move(item));
    return p;
}

PresetComparison PresetProject::compare(const Calculator& calculator, const PublishedRun& run)
{
    PresetComparison c;
    c.run = &run;
    c.reported = reported(run, &c.filledIn);
    c.defaults = defaults(run);
    c.fromReported = calculator.estimate(c.reported.items.front().input);
    c.fromDefaults = calculator.estimate(c.defaults.items.front().input);
    const Estimate& d = *c.fromDefaults;
    if (run.powerW && std::fabs(*run.powerW - d.powerW) > 0.5)
        c.reasons.push_back("power: " + NF::significant(*run.powerW) + " W reported (measured or stated) vs TDP "
                            + NF::significant(d.powerW) + " W in the database");
    if (!run.pue)
        c.reasons.push_back("PUE: none reported (the authors' energy may exclude data-centre overhead); the database "
                            "default is "
                            + NF::significant(d.pue));
    else if (std::fabs(*run.pue - d.pue) > 0.005)
        c.reasons.push_back("PUE: " + NF::significant(*run.pue) + " reported vs " + NF::significant(d.pue)
                            + " in the database");
    if (run.gPerKwh && std::fabs(*run.gPerKwh - d.intensity) > 0.5)
        c.reasons.push_back(
            "grid: " + NF::significant(*run.gPerKwh) + " gCO2e/kWh reported vs " + NF::significant(d.intensity)
            + " for " + run.defaultCode + " in the database ("
            + (d.intensitySource.year ? std::to_string(*d.intensitySource.year) : std::string("undated")) + ")");
    if (run.emissionsBasis.find("net") != std::string::npos)
        c.reasons.push_back("basis: the reported figure is net (" + run.emissionsBasis
                            + "); mlcarbon's is gross, location-based");
    return c;
}

}  // namespace mlcarbon
