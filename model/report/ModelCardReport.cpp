#include "ModelCardReport.h"

#include "EstimateReport.h"
#include "NumberFormat.h"
#include "Version.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlcarbon {

namespace {

// co2_eq_emissions.emissions is grams, written as people write them: the nearest whole gram (halves
// away from zero, std::round), no fraction digits and no exponent at any size ("6185646", not
// "6185645.759999999"). Half a gram is far below the estimate's own uncertainty. + 0.0 turns -0 into 0.
std::string grams(double kg)
{
    char buf[320];  // DBL_MAX has 309 digits
    std::snprintf(buf, sizeof buf, "%.0f", std::round(kg * 1000.0) + 0.0);
    return buf;
}

}  // namespace

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
    s += "  emissions: " + grams(e.emissionsKg) + "\n";  // grams, as the card expects
    s += "  source: "
         + quote("mlcarbon " MLCARBON_VERSION " estimate (location-based; energy " + NumberFormat::energy(e.energyKwh)
                 + ", PUE " + EstimateReport::pueText(e) + ", grid " + EstimateReport::intensityText(e) + " gCO2e/kWh)")
         + "\n";
    s += "  training_type: " + quote(trainingType) + "\n";
    s += "  geographical_location: " + quote(place.empty() ? EstimateReport::locationLabel(e) : place) + "\n";
    s += "  hardware_used: " + quote(NumberFormat::integer(e.count) + " x " + e.hardware.name) + "\n";
    return s;
}

std::string ModelCardReport::projectMetadata(const Project& project, const ProjectResult& r,
                                             const std::string& trainingType)
{
    double kg = 0, kwh = 0;
    std::vector<std::string> hardware, places;
    auto addOnce = [](std::vector<std::string>& list, const std::string& value) {
        if (std::find(list.begin(), list.end(), value) == list.end())
            list.push_back(value);
    };
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        if (project.items[i].phase != "training" && project.items[i].phase != "tuning")
            continue;
        const Estimate& e = r.items[i];
        kg += e.emissionsKg;
        kwh += e.energyKwh;
        addOnce(hardware, NumberFormat::integer(e.count) + " x " + e.hardware.name);
        addOnce(places, EstimateReport::locationLabel(e));
    }
    auto join = [](const std::vector<std::string>& list) {
        std::string s;
        for (const auto& item : list)
            s += (s.empty() ? "" : "; ") + item;
        return s;
    };
    std::string s = "co2_eq_emissions:\n";
    s += "  emissions: " + grams(kg) + "\n";
    s += "  source: "
         + quote("mlcarbon " MLCARBON_VERSION " estimate of the training and tuning items of " + project.name
                 + " (location-based; energy " + NumberFormat::energy(kwh) + ")")
         + "\n";
    s += "  training_type: " + quote(trainingType) + "\n";
    s += "  geographical_location: " + quote(join(places)) + "\n";
    s += "  hardware_used: " + quote(join(hardware)) + "\n";
    return s;
}

}  // namespace mlcarbon
