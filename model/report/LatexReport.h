#pragma once
#include "Estimate.h"
#include "Project.h"
#include "ProjectCalculator.h"

#include <string>

namespace mlcarbon {

// A paragraph for a paper's methods or appendix, with \cite keys that match
// Bibliography::forEstimate(), and the BibTeX to go with it.
class LatexReport {
public:
    static std::string paragraph(const Estimate& e);
    static std::string bibtex(const Estimate& e);
    // A project: its total, one sentence per item (hardware, device-hours, place, result), and the
    // BibTeX of every source any item used, each once.
    static std::string projectParagraph(const Project& project, const ProjectResult& result);
    static std::string projectBibtex(const ProjectResult& result);
    // Escapes text for LaTeX: \ { } % _ & # $ ^ ~ and keeps UTF-8 as it is.
    static std::string escape(const std::string& text);
};

}  // namespace mlcarbon
