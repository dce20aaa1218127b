#pragma once
#include "Calculator.h"
#include "CliArguments.h"
#include "Project.h"
#include "RegionRanking.h"
#include "WhatIf.h"

#include <string>

namespace mlcarbon {

WhatIfEdit applyOverrides(const Arguments& a, const EstimateInput& base);
WhatIfEdit jobInput(const Arguments& a);
Estimate estimateOf(const Calculator& calc, const WhatIfEdit& edit);
Project projectFrom(const Arguments& a, std::string& err);
WhatIfEdit presetInput(const Catalog& catalog, const Arguments& a, const PublishedRun*& run);
RegionRanking::Scope rankingScope(const Arguments& a, const Estimate& e);

}  // namespace mlcarbon
