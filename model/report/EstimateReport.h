#pragma once
#include "Catalog.h"
#include "Equivalents.h"
#include "Estimate.h"

#include <string>
#include <vector>

namespace mlcarbon {

// One estimate written for people (text), for scripts (JSON) and for spreadsheets (CSV).
// The GUI shows the same formula and source lines as the text form.
class EstimateReport {
public:
    static std::string text(const Estimate& e, const std::vector<Equivalent>& equivalents = {});
    static std::string json(const Estimate& e, const std::vector<Equivalent>& equivalents = {});
    static std::string csv(const Estimate& e);

    // Inputs as the person gave them (an intensity of 1499 must not read 1500); figures from the
    // databases keep three significant digits. Every writer shows inputs through these.
    static std::string hoursText(const Estimate& e);
    // "8 h a day for 18 days" for a job given as hours a day x days; else empty.
    static std::string scheduleText(const Estimate& e);
    static std::string intensityText(const Estimate& e);
    static std::string pueText(const Estimate& e);
    static std::string powerWText(const Estimate& e);  // per device; a measured power is an input
    // "energy = 1024 x 720 h x 289 W x 1.09 / 1000 = 232 MWh"
    static std::string energyFormula(const Estimate& e);
    // "emissions = 232 MWh x 415 gCO2e/kWh / 1000 = 96.4 t CO2e"
    static std::string emissionsFormula(const Estimate& e);
    static std::string locationLabel(const Estimate& e);
    // "life-cycle", "unspecified (no life-cycle figure for this place)", "as given (life-cycle chosen)".
    static std::string basisText(const Estimate& e);
    // "2019", or "2019 (2024 figure; none for 2019 in the data)"; empty without a year of the run.
    static std::string yearText(const Estimate& e);
    // A compute-based estimate's inputs, one line each: {label, text} (empty otherwise).
    static std::vector<std::pair<std::string, std::string>> computeLines(const Estimate& e);
    // "given", "default" (the published median) or "implied" (by the compute and the hours).
    static std::string mfuOriginKey(const ComputeWork& w);
    // "" for a PUE of that very place (the region's, or given); else what default it is.
    static std::string pueOriginNote(PueOrigin origin);
    // "lifecycle", ... or "as_given": the basis key in JSON and CSV.
    static std::string basisKey(const Estimate& e);
    // "given", "region", "provider_fleet", "default": the key in JSON and CSV.
    static std::string pueOriginKey(PueOrigin origin);
    // "source (year) [file]": one figure's provenance, as every source line writes it.
    static std::string provenanceText(const Provenance& p);
    // "label: source (year) [file]" for every figure used.
    static std::vector<std::pair<std::string, std::string>> sources(const Estimate& e);
};

}  // namespace mlcarbon
