#include "MarkdownReport.h"

#include "EstimateReport.h"
#include "NumberFormat.h"

namespace mlcarbon {

std::string MarkdownReport::escape(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\')
            out += '\\';
        out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return out;
}

std::string MarkdownReport::summary(const Estimate& e, const std::vector<RankedRegion>& cleanest)
{
    using NF = NumberFormat;
    std::string s = "## Carbon footprint (mlcarbon " MLCARBON_VERSION ")\n\n";
    s += "**" + NF::mass(e.emissionsKg) + "** (location-based; range " + NF::mass(e.emissionsLowKg) + " to "
         + NF::mass(e.emissionsHighKg) + "), " + NF::energy(e.energyKwh) + " of electricity.";
    if (e.offsetPct > 0)
        s += " Market-based: " + NF::mass(e.marketEmissionsKg) + " (offset / renewable match " + NF::significant(e.offsetPct)
             + " %).";
    s += "\n\n| Input | Value |\n|---|---|\n";
    s += "| Hardware | " + escape(e.hardware.name) + " (TDP " + NF::significant(e.hardware.tdpW) + " W) |\n";
    s += "| Devices | " + NF::integer(e.count) + " |\n";
    s += "| Hours per device | " + NF::significant(e.hours) + " |\n";
    s += "| Power per device | " + NF::significant(e.powerW) + " W" + (e.measuredPower ? " (measured)" : "") + " |\n";
    s += "| Location | " + escape(EstimateReport::locationLabel(e)) + " |\n";
    s += "| Grid intensity | " + NF::significant(e.intensity) + " gCO2e/kWh"
         + (e.intensitySource.year ? " (" + std::to_string(*e.intensitySource.year) + ")" : "") + " |\n";
    s += "| PUE | " + NF::significant(e.pue) + " |\n\n";
    s += "```\n" + EstimateReport::energyFormula(e) + "\n" + EstimateReport::emissionsFormula(e) + "\n```\n\n";
    if (!cleanest.empty()) {
        s += "Same job elsewhere (cleanest first):\n\n| Provider | Region | Location | gCO2e/kWh | Emissions | Saving |\n"
             "|---|---|---|---:|---:|---:|\n";
        for (const RankedRegion& r : cleanest)
            s += "| " + escape(r.providerName) + " | " + escape(r.code) + (r.chosen ? " (chosen)" : "") + " | "
                 + escape(r.name) + " | " + NF::significant(r.intensity) + " | " + NF::mass(r.emissionsKg) + " | "
                 + (r.savingPct ? NF::significant(*r.savingPct) + " %" : std::string("-")) + " |\n";
        s += "\n";
    }
    s += "Sources:\n\n";
    for (const auto& [label, text] : EstimateReport::sources(e))
        s += "- " + escape(label) + ": " + escape(text) + "\n";
    s += "\nNot included: embodied emissions of the hardware, networking, storage, idle time.\n";
    return s;
}

}  // namespace mlcarbon
