#include "ProjectReport.h"

#include "EstimateReport.h"
#include "NumberFormat.h"
#include "TableWriter.h"

#include "ProjectBudget.h"

#include <nlohmann/json.hpp>

namespace mlcarbon {

Table ProjectReport::table(const Project& project, const ProjectResult& r)
{
    Table t;
    t.columns = {{"item", "Item", ""},
                 {"phase", "Phase", ""},
                 {"hardware", "Hardware", ""},
                 {"count", "Devices", ""},
                 {"hours", "Hours", "h"},
                 {"location", "Location", ""},
                 {"energy_kwh", "Energy", "kWh"},
                 {"emissions_kg", "Emissions", "kg CO2e"},
                 {"emissions_low_kg", "Low", "kg CO2e"},
                 {"emissions_high_kg", "High", "kg CO2e"},
                 {"market_emissions_kg", "Market-based", "kg CO2e"},
                 {"share_pct", "Share", "%"}};
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const Estimate& e = r.items[i];
        t.rows.push_back({TableCell::of(project.items[i].label), TableCell::of(project.items[i].phase),
                          TableCell::of(e.hardware.name), TableCell::integer(e.count), TableCell::of(e.hours),
                          TableCell::of(EstimateReport::locationLabel(e)), TableCell::of(e.energyKwh),
                          TableCell::of(e.emissionsKg), TableCell::of(e.emissionsLowKg),
                          TableCell::of(e.emissionsHighKg), TableCell::of(e.marketEmissionsKg),
                          TableCell::of(100.0 * r.shares[i])});
    }
    t.rows.push_back({TableCell::of(std::string("total")), TableCell::null(), TableCell::null(), TableCell::null(),
                      TableCell::null(), TableCell::null(), TableCell::of(r.energyKwh), TableCell::of(r.emissionsKg),
                      TableCell::of(r.emissionsLowKg), TableCell::of(r.emissionsHighKg),
                      TableCell::of(r.marketEmissionsKg), TableCell::of(r.emissionsKg > 0 ? 100.0 : 0.0)});
    return t;
}

std::string ProjectReport::json(const Project& project, const ProjectResult& r)
{
    Table table = ProjectReport::table(project, r);
    nlohmann::ordered_json j;
    j["name"] = project.name;
    j["energy_kwh"] = r.energyKwh;
    j["emissions_kg"] = r.emissionsKg;
    j["emissions_low_kg"] = r.emissionsLowKg;
    j["emissions_high_kg"] = r.emissionsHighKg;
    j["market_emissions_kg"] = r.marketEmissionsKg;
    nlohmann::ordered_json phases = nlohmann::ordered_json::object();
    for (const auto& [phase, total] : r.phases)
        phases[phase] = {{"energy_kwh", total.energyKwh}, {"emissions_kg", total.emissionsKg}, {"items", total.items}};
    j["phases"] = phases;
    nlohmann::ordered_json budgets = nlohmann::ordered_json::array();
    for (const BudgetUse& b : ProjectBudget::of(project, r))
        budgets.push_back({{"scope", b.scope.empty() ? std::string("project") : b.scope},
                           {"budget_kg", b.budgetKg},
                           {"used_kg", b.usedKg},
                           {"left_kg", b.leftKg()},
                           {"over", b.over()}});
    j["budgets"] = budgets;
    j["embodied_kg"] = r.embodiedItems ? nlohmann::ordered_json(r.embodiedKg) : nlohmann::ordered_json(nullptr);
    j["embodied_items"] = r.embodiedItems;
    j["embodied_missing_items"] = r.embodiedMissing;
    j["water_l"] = r.waterItems ? nlohmann::ordered_json(r.waterL) : nlohmann::ordered_json(nullptr);
    j["items"] = nlohmann::ordered_json::parse(TableWriter::json(table));
    return j.dump(2) + "\n";
}

std::string ProjectReport::beyondText(const ProjectResult& r)
{
    std::string s;
    if (r.embodiedItems || r.embodiedMissing)
        s += "Embodied (scope 3, not in the total): " + NumberFormat::mass(r.embodiedKg) + " over "
             + std::to_string(r.embodiedItems) + " items"
             + (r.embodiedMissing ? "; " + std::to_string(r.embodiedMissing) + " without a figure for their device"
                                  : std::string())
             + "\n";
    if (r.waterItems)
        s += "Water: " + NumberFormat::volume(r.waterL) + " over " + std::to_string(r.waterItems) + " items\n";
    return s;
}

std::string ProjectReport::text(const Project& project, const ProjectResult& r)
{
    Table table = ProjectReport::table(project, r);
    std::string s = "Project: " + project.name + " (" + std::to_string(project.items.size()) + " items)\n\n";
    s += TableWriter::text(
        table, {"item", "phase", "hardware", "count", "hours", "location", "energy_kwh", "emissions_kg", "share_pct"});
    s += "\nBy phase\n";
    for (const auto& [phase, total] : r.phases)
        s += "  " + phase + ": " + NumberFormat::energy(total.energyKwh) + ", " + NumberFormat::mass(total.emissionsKg)
             + "\n";
    s += "\nTotal: " + NumberFormat::energy(r.energyKwh) + ", " + NumberFormat::mass(r.emissionsKg) + " (range "
         + NumberFormat::mass(r.emissionsLowKg) + " to " + NumberFormat::mass(r.emissionsHighKg) + "; market-based "
         + NumberFormat::mass(r.marketEmissionsKg) + ")\n";
    s += beyondText(r);
    const std::vector<BudgetUse> budgets = ProjectBudget::of(project, r);
    if (!budgets.empty()) {
        s += "\nCarbon budget (location-based)\n";
        for (const BudgetUse& b : budgets)
            s += "  " + ProjectBudget::text(b) + "\n";
    }
    return s;
}

}  // namespace mlcarbon
