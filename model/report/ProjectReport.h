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
};

}  // namespace mlcarbon
