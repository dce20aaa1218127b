#pragma once
#include "Estimate.h"

#include <string>

namespace mlcarbon {

// A paragraph for a paper's methods or appendix, with \cite keys that match
// Bibliography::forEstimate(), and the BibTeX to go with it.
class LatexReport {
public:
    static std::string paragraph(const Estimate& e);
    static std::string bibtex(const Estimate& e);
    // Escapes text for LaTeX: \ { } % _ & # $ ^ ~ and keeps UTF-8 as it is.
    static std::string escape(const std::string& text);
};

}  // namespace mlcarbon
