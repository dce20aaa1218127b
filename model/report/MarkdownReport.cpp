#include "MarkdownReport.h"

#include "CatalogTables.h"
#include "EstimateReport.h"
#include "ImpactReport.h"
#include "MethodText.h"
#include "NumberFormat.h"
#include "ProjectBudget.h"
#include "ProjectReport.h"
#include "TrainingCompute.h"
#include "Version.h"

namespace mlcarbon {

namespace {

// The same work on other accelerators, as a table; or the one line that says why there is none.
std::string hardwareSection(const Estimate& e, const std::vector<RankedHardware>& rows, const std::string& note)
{
    using NF = NumberFormat;
    if (rows.empty())
        return note.empty() ? std::string() : MarkdownReport::escape(note) + "\n\n";
    std::string s = "Same work on other hardware (cleanest first). "
                    + MarkdownReport::escape(HardwareRanking::assumption(e) + " " + CatalogTables::hardwarePlaceLine(e))
                    + "\n\n| Device | Peak TFLOP/s ("
                    + MarkdownReport::escape(TrainingCompute::label(e.compute.precision))
                    + ") | Device-hours | Energy | Emissions | Saving |\n|---|---:|---:|---:|---:|---:|\n";
    for (const RankedHardware& r : rows)
        s += "| " + MarkdownReport::escape(r.hardware->name) + (r.chosen ? " (chosen)" : "") + " | "
             + NF::significant(r.peakFlops / 1e12) + " | " + NF::significant(r.deviceHours) + " | "
             + NF::energy(r.energyKwh) + " | " + NF::mass(r.emissionsKg) + " | "
             + (r.savingPct ? NF::significant(*r.savingPct) + " %" : std::string("-")) + " |\n";
    return s + "\n";
}

}  // namespace

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

std::string MarkdownReport::summary(const Estimate& e, const std::vector<RankedRegion>& cleanest,
                                    const std::vector<RankedHardware>& hardware, const std::string& hardwareNote)
{
    using NF = NumberFormat;
    std::string s = "## Carbon footprint (mlcarbon " MLCARBON_VERSION ")\n\n";
    s += "**" + NF::mass(e.emissionsKg) + "** (location-based; range " + NF::mass(e.emissionsLowKg) + " to "
         + NF::mass(e.emissionsHighKg) + "), " + NF::energy(e.energyKwh) + " of electricity.";
    if (e.offsetPct > 0)
        s += " Market-based: " + NF::mass(e.marketEmissionsKg) + " (offset / renewable match "
             + NF::significant(e.offsetPct) + " %).";
    s += "\n\n| Input | Value |\n|---|---|\n";
    s += "| Hardware | " + escape(e.hardware.name) + " (TDP " + NF::significant(e.hardware.tdpW) + " W) |\n";
    s += "| Devices | " + NF::integer(e.count) + " |\n";
    const std::string schedule = EstimateReport::scheduleText(e);
    s += "| Hours per device | " + EstimateReport::hoursText(e) + (schedule.empty() ? "" : " (" + schedule + ")")
         + " |\n";
    s += "| Power per device | " + EstimateReport::powerWText(e) + " W" + (e.measuredPower ? " (measured)" : "")
         + " |\n";
    s += "| Location | " + escape(EstimateReport::locationLabel(e)) + " |\n";
    s += "| Grid intensity | " + EstimateReport::intensityText(e) + " gCO2e/kWh" + " ("
         + (e.intensitySource.year ? std::to_string(*e.intensitySource.year) + ", " : "")
         + escape(EstimateReport::basisText(e)) + ") |\n";
    s += "| PUE | " + EstimateReport::pueText(e) + " |\n";
    for (const std::string& a : e.assumptions)
        s += "| Assumed | " + escape(a) + " |\n";
    for (const std::string& n : e.notes)
        s += "| What-if | " + escape(n) + " |\n";
    // Beyond the electricity: apart from the location-based figure, never added to it.
    if (const ImpactReport::Lines beyond = ImpactReport::resultLines(e); !beyond.empty()) {
        s += "\n| Beyond the electricity (not in the figure above) | Value |\n|---|---|\n";
        for (const auto& [label, text] : beyond)
            s += "| " + escape(label) + " | " + escape(text) + " |\n";
    }
    s += "\n";
    s += "```\n" + EstimateReport::energyFormula(e) + "\n" + EstimateReport::emissionsFormula(e) + "\n```\n\n";
    if (!cleanest.empty()) {
        s += "Same job elsewhere (cleanest first). "
             + escape(CatalogTables::basisLine(cleanest, e.requestedBasis)
                      + CatalogTables::yearLine(cleanest, e.input.year))
             + "\n\n| Provider | Region | Location | gCO2e/kWh (year) | Basis | Emissions | Saving |\n"
               "|---|---|---|---:|---|---:|---:|\n";
        for (const RankedRegion& r : cleanest)
            s += "| " + escape(r.providerName) + " | " + escape(r.code) + (r.chosen ? " (chosen)" : "") + " | "
                 + escape(r.name) + " | " + NF::significant(r.intensity) + " (" + std::to_string(r.intensityYear)
                 + (r.yearFallback ? ", nearest" : "") + ") | " + escape(CatalogTables::basisCell(r)) + " | "
                 + NF::mass(r.emissionsKg) + " | "
                 + (r.savingPct ? NF::significant(*r.savingPct) + " %" : std::string("-")) + " |\n";
        s += "\n";
    }
    s += hardwareSection(e, hardware, hardwareNote);
    s += "Sources:\n\n";
    for (const auto& [label, text] : EstimateReport::sources(e))
        s += "- " + escape(label) + ": " + escape(text) + "\n";
    s += "\n" + escape(MethodText::notCovered(e)) + "\n";
    return s;
}

std::string MarkdownReport::projectSummary(const Project& project, const ProjectResult& r,
                                           const std::vector<RankedRegion>& cleanest, const std::string& hardwareNote)
{
    using NF = NumberFormat;
    std::string s = "## Carbon footprint of " + escape(project.name.empty() ? "the project" : project.name)
                    + " (mlcarbon " MLCARBON_VERSION ")\n\n";
    s += "**" + NF::mass(r.emissionsKg) + "** (location-based; range " + NF::mass(r.emissionsLowKg) + " to "
         + NF::mass(r.emissionsHighKg) + "), " + NF::energy(r.energyKwh) + " of electricity";
    if (r.marketEmissionsKg < r.emissionsKg)
        s += "; market-based " + NF::mass(r.marketEmissionsKg);
    s += ".\n\n| Item | Phase | Hardware | Devices | Hours | Location | Energy | Emissions | Share |\n"
         "|---|---|---|---:|---:|---|---:|---:|---:|\n";
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const Estimate& e = r.items[i];
        s += "| " + escape(project.items[i].label) + " | " + project.items[i].phase + " | " + escape(e.hardware.name)
             + " | " + NF::integer(e.count) + " | " + EstimateReport::hoursText(e) + " | "
             + escape(EstimateReport::locationLabel(e)) + " | " + NF::energy(e.energyKwh) + " | "
             + NF::mass(e.emissionsKg) + " | " + NF::significant(100.0 * r.shares[i]) + " % |\n";
    }
    s += "\nBy phase: ";
    std::string sep;
    for (const auto& [phase, total] : r.phases) {
        s += sep + phase + " " + NF::mass(total.emissionsKg);
        sep = ", ";
    }
    s += ".\n\n";
    // Embodied and water, one line each (a Markdown line break between them), apart from the total.
    const std::string beyond = ProjectReport::beyondText(r);
    for (std::size_t from = 0, to; from < beyond.size(); from = to + 1) {
        to = beyond.find('\n', from);
        s += escape(beyond.substr(from, to - from)) + (to + 1 < beyond.size() ? "  \n" : "\n\n");
    }
    for (const BudgetUse& b : ProjectBudget::of(project, r))
        s += std::string(b.over() ? "**Over budget**" : "Budget") + " (location-based): " + ProjectBudget::text(b)
             + ".\n\n";
    if (!cleanest.empty()) {
        s += "The whole project elsewhere (cleanest first):\n\n| Provider | Region | Location | Emissions | Saving |\n"
             "|---|---|---|---:|---:|\n";
        for (const RankedRegion& c : cleanest)
            s += "| " + escape(c.providerName) + " | " + escape(c.code) + (c.chosen ? " (chosen)" : "") + " | "
                 + escape(c.name) + " | " + NF::mass(c.emissionsKg) + " | "
                 + (c.savingPct ? NF::significant(*c.savingPct) + " %" : std::string("-")) + " |\n";
        s += "\n";
    }
    s += hardwareSection(r.items.front(), {}, hardwareNote);
    s += "Formulas and sources:\n\n";
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const Estimate& e = r.items[i];
        s += "- **" + escape(project.items[i].label) + "**: `" + EstimateReport::energyFormula(e) + "`; `"
             + EstimateReport::emissionsFormula(e) + "`\n";
        for (const auto& [label, text] : EstimateReport::sources(e))
            s += "  - " + escape(label) + ": " + escape(text) + "\n";
    }
    s += "\n" + escape(MethodText::notCovered(r.items.front())) + "\n";
    return s;
}

}  // namespace mlcarbon
