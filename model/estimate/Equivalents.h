#pragma once
#include "Catalog.h"

#include <string>
#include <vector>

namespace mlcarbon {

// Everyday quantities with the same emissions, from sourced constants in hardware_db/reference.json,
// so that "96.4 t CO2e" can be read as "551,000 km by car". A constant missing from the data is
// simply not shown.
struct Equivalent {
    std::string id;     // reference id of the constant used
    std::string label;  // "km by car (EU average)"
    double amount = 0;  // in the unit of the label
    double constant = 0;
    std::string constantUnit;
    std::string source;
    int year = 0;
};

class Equivalents {
public:
    static std::vector<Equivalent> of(const Catalog& catalog, double emissionsKg);
};

}  // namespace mlcarbon
