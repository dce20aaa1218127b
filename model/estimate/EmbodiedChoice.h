#pragma once
#include "Catalog.h"
#include "Estimate.h"

#include <optional>
#include <string>

namespace mlcarbon {

// The one embodied rule:
//  - a device's figure is the vendor's product footprint where published, else the die-area model
//    (Green Algorithms v3.1: die cm2 x per-area factor + a fixed term per card, after Groeger et al.
//    2021 and Loubet et al. 2023) where its die area is one die of one device, else none;
//  - the range spans every figure that applies: the product footprint, the die-area model and, for
//    GPUs, the flat per-GPU figure of Cloud Carbon Footprint (Teads);
//  - a job gets figure x device-hours / (lifetime x 8766 h x active share): the hours the device
//    is in use over its life. Defaults are Green Algorithms' pairs: a cloud device 3 years at 0.5
//    (Ostrouchov et al. 2020's GPU lifetimes; Shehabi et al. 2016), own hardware 5 years at 0.2; the
//    range takes the longest lifetime a source assumes (6 years) for its low end, the shortest (3)
//    for its high end, unless a lifetime is given.
//  - optionally, each accelerator's share of its host server (EcoLogits' 8-GPU server archetype
//    without its GPUs, over its 8 GPUs; the low end the smallest 8-GPU host of Cloud Carbon
//    Footprint's coefficients), amortised as the device is. A CPU job has no host share of its own:
//    the CPU is the host.
class EmbodiedChoice {
public:
    static constexpr double kHoursPerYear = 8766;  // 365.25 days, as Green Algorithms counts

    static EmbodiedFigure of(const Catalog& catalog, const Hardware& hardware);
    // The host share per device, or why there is none (`none`).
    static std::optional<EmbodiedHost> hostOf(const Catalog& catalog, const Hardware& hardware, std::string& none);
    static EmbodiedShare forJob(const Catalog& catalog, const Hardware& hardware, double deviceHours, bool cloud,
                                std::optional<double> lifetimeYears = std::nullopt,
                                std::optional<double> activeShare = std::nullopt, bool withHost = false);
};

}  // namespace mlcarbon
