#pragma once
#include "Catalog.h"
#include "Estimate.h"
#include "IntensityBasis.h"

#include <string>
#include <utility>
#include <vector>

namespace mlcarbon {

// The method as people read it (Help > Method, the PDF), written from the rules in the code
// (IntensityChoice, RangeRule, PueChoice) and the defaults in the catalog, so no window or report
// states a rule or a figure of its own.
class MethodText {
public:
    // (heading, paragraph) pairs, for an estimate on `basis`.
    static std::vector<std::pair<std::string, std::string>> sections(const Catalog& catalog, IntensityBasis basis);
    // What an estimate leaves out, as one sentence: the embodied emissions when they are off or unknown,
    // the host server's share when it was not asked for, and what no estimate covers.
    static std::string notCovered(const Estimate& e);
};

}  // namespace mlcarbon
