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
    out.emplace_back("Not covered", "Embodied emissions of the hardware, networking and storage, idle capacity "
                                    "before and after the job, cooling water.");
    return out;
}

}  // namespace mlcarbon
