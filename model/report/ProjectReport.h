#pragma once
#include "Project.h"
#include "ProjectCalculator.h"
#include "Table.h"

#include <string>

namespace mlcarbon {

// A computed project for people (text), scripts (JSON) and spreadsheets (the table, as CSV):
// one row per item and a total row; phases in the text and the JSON.
class ProjectReport {
public:
    static Table table(const Project& project, const ProjectResult& result);
    static std::string json(const Project& project, const ProjectResult& result);
    static std::string text(const Project& project, const ProjectResult& result);
    // "Embodied (scope 3, not in the total): ... over N items", "Water: ...": the project's sums apart from
    // its emissions; empty when every item has them off.
    static std::string beyondText(const ProjectResult& result);
};

}  // namespace mlcarbon
