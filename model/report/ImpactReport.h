#pragma once
#include "Estimate.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mlcarbon {

// The lines beyond the electricity (embodied emissions, water, the serving figures), written once
// for every report: the text and Markdown result, the PDF and the window show these lines, JSON and
// CSV these keys. Each is apart from the location-based emissions, never added to them.
class ImpactReport {
public:
    using Lines = std::vector<std::pair<std::string, std::string>>;

    // {"Embodied (scope 3)", "2.49 kg CO2e (range ...)"}, {"Water", ...}, {"Per request", ...}: empty
    // for what is turned off.
    static Lines resultLines(const Estimate& e);
    // "label: source (year) [file]" for each figure the lines use.
    static Lines sourceLines(const Estimate& e);
    // "product footprint" | "die-area model" | "none"
    static std::string embodiedOriginKey(const EmbodiedFigure& f);
    // "given" | "region" | "provider_fleet" | "industry_default"
    static std::string wueOriginKey(WueOrigin origin);
    // "" for a WUE of that very place (the region's, or given); else what default it is.
    static std::string wueOriginNote(WueOrigin origin);
    // {"embodied": {...} | null, "water": {...} | null, "serving": {...} | null}
    static void addJson(nlohmann::ordered_json& j, const Estimate& e);
    // CSV cells: the job's embodied kg and litres; empty when turned off or unknown (never 0 for "none").
    static std::optional<double> embodiedKg(const Estimate& e);
    static std::optional<double> waterLitres(const Estimate& e);
};

}  // namespace mlcarbon
