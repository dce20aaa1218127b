#include "LatexReport.h"

#include "Bibliography.h"
#include "EstimateReport.h"
#include "NumberFormat.h"

#include <set>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

// "96.4 t CO2e" -> "96.4\,tCO$_2$e"
std::string latexMass(double kg)
{
    std::string s = NF::mass(kg);
    const auto space = s.find(' ');
    const std::string number = s.substr(0, space);
    std::string unit = s.substr(space + 1);
    if (const auto end = unit.find(' '); end != std::string::npos)
        unit.resize(end);
    return number + "\\," + unit + "CO$_2$e";
}

std::string latexEnergy(double kwh)
{
    std::string s = NF::energy(kwh);
    const auto space = s.find(' ');
    return s.substr(0, space) + "\\," + s.substr(space + 1);
}

// "12.4 L" -> "12.4\,L", "3.20 m3" -> "3.20\,m$^3$"
std::string latexVolume(double litres)
{
    std::string s = NF::volume(litres);
    const auto space = s.find(' ');
    std::string unit = s.substr(space + 1);
    if (unit.ends_with("m3")) {
        unit.pop_back();
        unit += "$^3$";
    }
    return s.substr(0, space) + "\\," + unit;
}

std::string cite(const std::string& sourceId)
{
    const BibEntry b = Bibliography::forSource(sourceId);
    return b.key.empty() ? std::string() : "~\\cite{" + b.key + "}";
}

}  // namespace

std::string LatexReport::escape(const std::string& text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\textbackslash{}"; break;
        case '{': out += "\\{"; break;
        case '}': out += "\\}"; break;
        case '%': out += "\\%"; break;
        case '_': out += "\\_"; break;
        case '&': out += "\\&"; break;
        case '#': out += "\\#"; break;
        case '$': out += "\\$"; break;
        case '^': out += "\\textasciicircum{}"; break;
        case '~': out += "\\textasciitilde{}"; break;
        default: out += c;
        }
    }
    return out;
}

std::string LatexReport::paragraph(const Estimate& e)
{
    const std::string device = e.count == 1 ? "one " + escape(e.hardware.name) + " device"
                                            : NF::integer(e.count) + "~" + escape(e.hardware.name) + " devices";
    std::string power;
    if (e.measuredPower)
        power = "a measured average power of " + EstimateReport::powerWText(e) + "\\,W per device";
    else
        power = "thermal design power (TDP) " + NF::significant(e.hardware.tdpW) + "\\,W" + cite(e.hardware.sourceId)
                + (e.utilization < 1 ? " at " + NF::significant(e.utilization * 100) + "\\,\\% utilisation" : "");
    std::string where;
    switch (e.location.kind) {
    case Location::Kind::Cloud:
        where = "in " + escape(e.location.providerName) + " region \\texttt{" + escape(e.location.region) + "} ("
                + escape(e.location.name) + ", " + escape(e.location.country) + ")";
        break;
    case Location::Kind::Zone: where = "on own hardware in " + escape(e.location.name); break;
    case Location::Kind::Custom:
    case Location::Kind::None: where = "on a grid whose intensity we state"; break;
    }
    std::string intensityYear =
        " (" + (e.intensitySource.year ? std::to_string(*e.intensitySource.year) + ", " : "")
        + (e.intensityGiven
               ? std::string("as given")
               : Basis::label(e.intensityBasis) + " basis"
                     + (e.basisFallback() ? ", no " + Basis::label(e.requestedBasis) + " figure for this place" : ""))
        + ")";
    std::string s;
    s += "We estimate the energy use and carbon emissions of this work with mlcarbon~\\cite{mlcarbon}. ";
    const std::string schedule = EstimateReport::scheduleText(e);
    s += "The computation ran on " + device + " (" + power + ") for " + EstimateReport::hoursText(e) + "\\,h each ("
         + (schedule.empty() ? "" : escape(schedule) + ", ") + NF::significant(e.count * e.hours) + " device-hours) "
         + where + ", with a power usage effectiveness (PUE) of " + EstimateReport::pueText(e)
         + (e.pueGiven ? "" : cite(e.pueSource.sourceId)) + " and a grid carbon intensity of "
         + EstimateReport::intensityText(e) + "\\,gCO$_2$e/kWh" + intensityYear + cite(e.intensitySource.sourceId)
         + ". ";
    if (e.hostW > 0)
        s += "We add " + NF::significant(e.hostW) + "\\,W per device for the host CPU and memory. ";
    s += "This gives " + latexEnergy(e.energyKwh) + " of electricity and " + latexMass(e.emissionsKg)
         + " (location-based; " + latexMass(e.emissionsLowKg) + " to " + latexMass(e.emissionsHighKg)
         + " from the lowest and highest power, PUE and grid intensity that the sources report). ";
    if (e.offsetPct > 0)
        s += "The provider reports offsetting or matching " + NF::significant(e.offsetPct)
             + "\\,\\% of this electricity, so market-based emissions are " + latexMass(e.marketEmissionsKg) + ". ";
    // Beyond the electricity: stated apart, never added to the figure above.
    if (e.embodied && e.embodied->figure.known()) {
        const EmbodiedShare& m = *e.embodied;
        s += "The manufacture of the devices adds " + latexMass(m.kg) + " of embodied (scope~3) emissions ("
             + latexMass(m.bounds.low) + " to " + latexMass(m.bounds.high) + "; "
             + (m.figure.origin == EmbodiedFigure::Origin::ProductFootprint ? "the vendor's product footprint, "
                                                                            : "a die-area model, ")
             + NF::significant(m.figure.perDeviceKg) + "\\,kg per device, amortised over "
             + NF::significant(m.lifetimeYears) + " years at " + NF::significant(m.activeShare * 100) + "\\,\\% in use"
             + (m.host ? ", with each device's share of its host server, " + NF::significant(m.host->perDeviceKg)
                             + "\\,kg after EcoLogits' 8-GPU server"
                       : std::string())
             + "), not included in the figure above. ";
        if (const auto total = e.totalWithEmbodied())
            s += "Operational and embodied emissions together come to " + latexMass(total->kg) + " ("
                 + latexMass(total->bounds.low) + " to " + latexMass(total->bounds.high) + "). ";
    }
    if (e.water && (e.water->onsiteNone.empty() || e.water->offsiteLPerKwh)) {
        const WaterUse& w = *e.water;
        s += "It consumed about " + latexVolume(w.litres()) + " of water (" + latexVolume(w.bounds.low) + " to "
             + latexVolume(w.bounds.high) + "): " + latexVolume(w.onsiteL)
             + " on site at a water usage effectiveness of " + NF::significant(w.wue) + "\\,L/kWh"
             + (w.offsiteLPerKwh ? " and " + latexVolume(w.offsiteL) + " to generate the electricity ("
                                       + NF::significant(*w.offsiteLPerKwh) + "\\,L/kWh, after Reig et al.~2020)"
                                 : std::string("; no figure for the water of the electricity"))
             + ". ";
    }
    s += std::string("The estimate does not include ")
         + (e.embodied && e.embodied->figure.known() ? (e.embodied->host ? "" : "the host server's embodied share, ")
                                                     : "the embodied emissions of the hardware, ")
         + "networking, storage or idle time.";
    return s + "\n";
}

std::string LatexReport::bibtex(const Estimate& e)
{
    return Bibliography::bibtex(Bibliography::forEstimate(e));
}

std::string LatexReport::projectParagraph(const Project& project, const ProjectResult& r)
{
    std::string s = "We estimate the energy use and carbon emissions of "
                    + escape(project.name.empty() ? "this work" : project.name) + " with mlcarbon~\\cite{mlcarbon}: "
                    + latexEnergy(r.energyKwh) + " of electricity and " + latexMass(r.emissionsKg)
                    + " (location-based; " + latexMass(r.emissionsLowKg) + " to " + latexMass(r.emissionsHighKg)
                    + ") over " + std::to_string(r.items.size()) + (r.items.size() == 1 ? " job" : " jobs") + ". ";
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const Estimate& e = r.items[i];
        s += escape(project.items[i].label) + " (" + escape(project.items[i].phase) + "): " + NF::integer(e.count) + "~"
             + escape(e.hardware.name) + (e.count == 1 ? "" : " devices") + " for " + EstimateReport::hoursText(e)
             + "\\,h, " + escape(EstimateReport::locationLabel(e)) + ", PUE " + EstimateReport::pueText(e)
             + (e.pueGiven ? "" : cite(e.pueSource.sourceId)) + ", " + EstimateReport::intensityText(e)
             + "\\,gCO$_2$e/kWh" + cite(e.intensitySource.sourceId) + ", "
             + (e.measuredPower ? "measured " + EstimateReport::powerWText(e) + "\\,W"
                                : "TDP " + NF::significant(e.hardware.tdpW) + "\\,W" + cite(e.hardware.sourceId))
             + " per device: " + latexMass(e.emissionsKg) + ". ";
    }
    if (r.marketEmissionsKg < r.emissionsKg)
        s += "With the providers' stated offsets or renewable matching, market-based emissions are "
             + latexMass(r.marketEmissionsKg) + ". ";
    s += "The estimate does not include the embodied emissions of the hardware, networking, storage or idle time.";
    return s + "\n";
}

std::string LatexReport::projectBibtex(const ProjectResult& r)
{
    std::vector<BibEntry> entries;
    std::set<std::string> keys;
    for (const Estimate& e : r.items) {
        for (BibEntry& b : Bibliography::forEstimate(e)) {
            if (keys.insert(b.key).second)
                entries.push_back(std::move(b));
        }
    }
    return Bibliography::bibtex(entries);
}

}  // namespace mlcarbon
