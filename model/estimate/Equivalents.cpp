#include "Equivalents.h"

namespace mlcarbon {

std::vector<Equivalent> Equivalents::of(const Catalog& catalog, double emissionsKg)
{
    // Each constant is grams of CO2e per unit of the label.
    static const std::pair<const char*, const char*> kinds[] = {
        {"car_eu_g_per_km", "km by car (EU average)"},
        {"car_us_g_per_km", "km by car (US average)"},
        {"flight_economy_g_per_km", "passenger-km by plane (economy)"},
        {"flight_nyc_sf_g", "economy flights New York - San Francisco"},
        {"tree_year_g", "tree-years of CO2 uptake (urban tree)"},
    };
    std::vector<Equivalent> out;
    const double grams = emissionsKg * 1000.0;
    for (const auto& [id, label] : kinds) {
        auto ref = catalog.reference(id);
        if (!ref || ref->value <= 0)
            continue;
        out.push_back({id, label, grams / ref->value, ref->value, ref->unit, ref->source, ref->year});
    }
    return out;
}

}  // namespace mlcarbon
