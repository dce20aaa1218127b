#pragma once
#include "Calculator.h"
#include "Project.h"
#include "RegionRanking.h"

#include <map>
#include <string>
#include <vector>

namespace mlcarbon {

struct PhaseTotal {
    double energyKwh = 0;
    double emissionsKg = 0;
    int items = 0;
};

// Phases in their natural order (training, tuning, inference, other), so every table and chart
// reads in the order the work happens rather than alphabetically.
struct PhaseOrder {
    bool operator()(const std::string& a, const std::string& b) const;
};

// A project computed: every item's estimate, totals per phase and overall, each item's share.
struct ProjectResult {
    std::vector<Estimate> items;
    std::vector<double> shares;  // of total emissions, 0..1 (0 when the total is 0)
    std::map<std::string, PhaseTotal, PhaseOrder> phases;
    double energyKwh = 0;
    double emissionsKg = 0;
    double emissionsLowKg = 0;
    double emissionsHighKg = 0;
    double marketEmissionsKg = 0;
    // Beyond the electricity, summed apart from the emissions over the items that show them.
    double embodiedKg = 0;
    int embodiedItems = 0;    // items with an embodied figure
    int embodiedMissing = 0;  // items with embodied on and no figure for their device
    double waterL = 0;
    int waterItems = 0;
};

class ProjectCalculator {
public:
    // Throws InputError naming the item ("item 2 ('tuning'): hours: ...") on bad input.
    static ProjectResult compute(const Calculator& calculator, const Project& project);
    // The whole project moved to each place: every item run there with the place's defaults
    // (an item already there keeps its own figures), summed; sorted, with savings.
    // SameProvider needs every item on one cloud provider (else InputError): rows of another
    // provider would be missing for some items.
    static std::vector<RankedRegion> rankMoved(const Calculator& calculator, const ProjectResult& result,
                                               RegionRanking::Scope scope);
    // Throws InputError when `scope` cannot compare this project (see rankMoved).
    static void checkScope(const ProjectResult& result, RegionRanking::Scope scope);
};

}  // namespace mlcarbon
