#include "RangeRule.h"

namespace mlcarbon {

void RangeRule::widen(Bounds& b, const std::vector<SourcedValue>& alternatives)
{
    for (const auto& a : alternatives) {
        if (a.year && RangeRule::counts(*a.year))
            b.widen(a.value);
    }
}

std::string RangeRule::text()
{
    const std::string year = std::to_string(kOldestYear);
    return "The low-high range combines the lowest and the highest of three inputs: the device's TDP as every "
           "source gives it (times the stated utilisation bounds; a measured power has no range), every PUE the "
           "data record for the provider or for own hardware dated "
           + year
           + " or later, and every grid intensity the data record for the place on the basis the estimate uses, "
             "dated "
           + year + " or later. Figures on another basis, undated figures and figures older than " + year
           + " are kept as history and never widen the range. A figure given by the user has no range.";
}

}  // namespace mlcarbon
