#pragma once
#include "PresetProject.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// One line of a preset's side-by-side view: a figure and its ratio to what the authors reported.
struct PresetFigure {
    std::string label;
    bool estimate = false;  // mlcarbon's figure, shown with its ratio (the reported line is the reference)
    std::optional<double> energyKwh;
    std::optional<double> emissionsKg;
    std::optional<double> energyRatio;  // this / reported (none when the paper gives no figure)
    std::optional<double> emissionsRatio;
};

// A published run against mlcarbon: the reported figure, the estimate from the reported inputs,
// the estimate from database defaults and, when given, the user's what-if; with reasons.
class PresetReport {
public:
    // mine / reported, both in the same unit; none when nothing was reported.
    static std::optional<double> ratio(double mine, std::optional<double> reported);
    // Reported, from the reported inputs, from database defaults, and `current` (what-if) when given.
    static std::vector<PresetFigure> figures(const PresetComparison& c, const Estimate* current = nullptr);
    static std::string text(const PresetComparison& c, const Estimate& current);
    static nlohmann::ordered_json json(const PresetComparison& c, const Estimate& current);
    // The place as the paper names it when `estimate` is still at the paper's grid intensity (a
    // model card then says "France, Jean Zay", not "custom grid intensity"); else "".
    static std::string placeAsReported(const PublishedRun& run, const Estimate& estimate);
};

}  // namespace mlcarbon
