#pragma once
#include "Project.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// A project file that cannot be opened: names the file and the problem (and the item).
class ProjectError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The .mlcarbon.json format, version 1:
//   {"format": "mlcarbon-project", "version": 1, "name": "...", "description": "...", "preset": "id",
//    "items": [{"label": "...", "phase": "training|tuning|inference|other", "hardware": "id or name",
//               "count": 8, "hours": 24, "location": {"kind": "cloud", "provider": "gcp", "region": "us-central1"}
//                 | {"kind": "zone", "code": "FR"} | {"kind": "custom", "g_per_kwh": 415},
//               "pue": 1.1, "utilization": 0.8, "power_w": 289, "offset_pct": 0, "host_cpu_w": 0,
//               "host_memory_gb": 0, "embodied": false, "water": false, "lifetime_years": 4,
//               "active_share": 0.5, "wue_l_per_kwh": 0.3, "requests": 230768, "served_tokens": 5e9}],
//  "budget_kg": 500, "phase_budgets_kg": {"training": 400, "inference": 100}}
// embodied and water are on unless false; a budget is location-based kg CO2e.
// Optional numbers may be left out (database defaults). Keys this version does not know, and files
// from a newer version, open with a warning and are written back unchanged.
class ProjectFile {
public:
    struct Result {
        Project project;
        std::vector<std::string> warnings;
    };
    static constexpr int kVersion = 1;

    // Throws ProjectError; every item's numbers are checked with InputRules.
    static Result read(std::string_view bytes, const std::string& path);
    static std::string write(const Project& project);
};

}  // namespace mlcarbon
