#pragma once
#include "Estimate.h"

#include <string>
#include <vector>

namespace mlcarbon {

// BibTeX records of the data sources an estimate used, for the methods section of a paper.
struct BibEntry {
    std::string key;     // citation key: \cite{key}
    std::string type;    // misc, article, software
    std::string fields;  // BibTeX fields, already formatted
};

class Bibliography {
public:
    // mlcarbon itself, the hardware source, the grid-intensity source, and the PUE source
    // family when they come from the databases; nothing for values the user gave.
    static std::vector<BibEntry> forEstimate(const Estimate& estimate);
    static BibEntry forSource(const std::string& sourceId);  // empty key when unknown
    static std::string bibtex(const std::vector<BibEntry>& entries);
};

}  // namespace mlcarbon
