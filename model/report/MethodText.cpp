#include "MethodText.h"

#include "IntensityChoice.h"
#include "NumberFormat.h"
#include "RangeRule.h"

namespace mlcarbon {

std::vector<std::pair<std::string, std::string>> MethodText::sections(const Catalog& catalog, IntensityBasis basis)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::string memory;
    if (auto m = catalog.reference("memory_w_per_gb"))
        memory = " (host memory at " + NumberFormat::exact(m->value) + " W/GB, " + m->source + ", "
                 + std::to_string(m->year) + ")";
    out.emplace_back("Formula",
                     "Energy = devices x hours x (power per device + host power) x PUE / 1000; emissions = energy x "
                     "grid carbon intensity / 1000 (location-based). Power is the device's thermal design power "
                     "(TDP) x utilisation, or a measured average when one is given"
                         + memory
                         + ". The market-based figure applies the provider's stated offset or renewable-match share "
                           "and is shown beside the location-based figure, never instead of it.");
    const Provider& own = catalog.onPremise();
    out.emplace_back("PUE", "The region's published PUE, else the provider's fleet value, else "
                                + NumberFormat::exact(own.pue.value_or(0)) + " for own hardware (" + own.pueSource
                                + ", " + std::to_string(own.pueYear)
                                + "). A default that is not a figure for that very place is marked.");
    // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on "x" + std::string chains here.
    std::string grid = "This estimate uses the ";
    grid.append(Basis::label(basis)).append(" basis.");
    for (IntensityBasis b : Basis::kAll)
        grid.append(" ").append(Basis::meaning(b)).append(".");
    grid.append(" ").append(IntensityChoice::fallbackRule());
    out.emplace_back("Grid intensity", grid);
    out.emplace_back("Range", RangeRule::text());
    out.emplace_back(
        "Embodied and water",
        "Shown apart from the location-based figure, never added to it. Embodied (scope 3): the vendor's product "
        "footprint of the device where one is published, else the die-area model of Green Algorithms v3.1 (die "
        "area x a per-area factor + a fixed term per card, after Groeger et al. 2021 and Loubet et al. 2023) where "
        "the die area is one die of one device, else none; the job's share is the figure x device-hours / "
        "(lifetime x 8766 h x share in use), by default 3 years at 0.5 in the cloud and 5 years at 0.2 for own "
        "hardware (Green Algorithms), the range from the longest (6 years) to the shortest (3 years) lifetime the "
        "sources assume. Asked for, each accelerator's share of its host server (EcoLogits' 8-GPU server "
        "archetype without its GPUs, over its 8 GPUs; the low end the smallest 8-GPU host of Cloud Carbon "
        "Footprint's coefficients) is added, amortised as the device is, and a total of the operational and "
        "embodied figures is shown only when asked for. Water: IT energy x (on-site WUE + PUE x the water consumed to "
        "generate a kWh of the "
        "country's electricity, WRI / Reig et al. 2020); the WUE is the region's, else the provider's fleet "
        "figure, else the industry default, marked.");
    out.emplace_back("Not covered", "The host server's embodied share (chassis, CPUs, memory) unless asked for, "
                                    "networking and storage, idle capacity before and after the job, and the "
                                    "provider's overheads beyond PUE.");
    return out;
}

std::string MethodText::notCovered(const Estimate& e)
{
    std::string s = "Not covered: ";
    if (!e.embodied || !e.embodied->figure.known())
        s += "the embodied emissions of the hardware, ";
    else if (!e.embodied->host)
        s += "the host server's embodied share (chassis, CPUs, memory; it can be added), ";
    return s
           + "networking and storage, idle capacity before and after the job, and the provider's overheads "
             "beyond PUE.";
}

}  // namespace mlcarbon
