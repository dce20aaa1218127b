#pragma once
#include "Catalog.h"
#include "Estimate.h"
#include "HardwareLookup.h"
#include "LocationResolver.h"

namespace mlcarbon {

// The calculation. energy_kwh = count x hours x (power_w + host_w) x pue / 1000, where
// power_w = TDP x utilisation or a measured average; emissions_kg = energy_kwh x g/kWh / 1000;
// market-based = emissions x (1 - offset). The grid intensity is the place's figure on the
// input's basis (IntensityChoice); the low-high range follows RangeRule. Embodied emissions
// (EmbodiedChoice) and water (WaterChoice) are computed beside it, never added to it.
class Calculator {
public:
    explicit Calculator(const Catalog& catalog);

    Estimate estimate(const EstimateInput& input) const;
    // The same job with its hardware already resolved (region ranking calls this per region).
    Estimate estimate(const EstimateInput& input, const Hardware& hardware) const;

    const Catalog& catalog() const { return m_catalog; }
    const HardwareLookup& hardwareLookup() const { return m_lookup; }
    const LocationResolver& locations() const { return m_locations; }

private:
    void resolveLocation(const EstimateInput& input, Estimate& e) const;
    // Embodied, water and the serving figures, each apart from the emissions; itKwh is the IT energy's range.
    void beyondElectricity(const EstimateInput& input, Estimate& e, Bounds itKwh) const;

    const Catalog& m_catalog;
    HardwareLookup m_lookup;
    LocationResolver m_locations;
};

}  // namespace mlcarbon
