#include "ModelCardReport.h"

#include "EstimateReport.h"
#include "NumberFormat.h"

#include <cstdio>

namespace mlcarbon {

std::string ModelCardReport::quote(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    return out + "\"";
}

std::string ModelCardReport::metadata(const Estimate& e, const std::string& trainingType, const std::string& place)
{
    std::string s = "co2_eq_emissions:\n";
    s += "  emissions: " + NumberFormat::exact(e.emissionsKg * 1000.0) + "\n";  // grams, as the card expects
    s += "  source: " + quote("mlcarbon " MLCARBON_VERSION " estimate (location-based; energy "
                              + NumberFormat::energy(e.energyKwh) + ", PUE " + NumberFormat::significant(e.pue)
                              + ", grid " + NumberFormat::significant(e.intensity) + " gCO2e/kWh)")
         + "\n";
    s += "  training_type: " + quote(trainingType) + "\n";
    s += "  geographical_location: " + quote(place.empty() ? EstimateReport::locationLabel(e) : place) + "\n";
    s += "  hardware_used: " + quote(NumberFormat::integer(e.count) + " x " + e.hardware.name) + "\n";
    return s;
}

}  // namespace mlcarbon
