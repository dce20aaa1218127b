#pragma once
#include "ReportData.h"

#include <string>

namespace mlcarbon {

// The text reports of a ReportData, for a single job or a whole project alike: the one place
// that chooses between the estimate's and the project's writer, for the CLI and the window.
class ReportTexts {
public:
    static std::string csv(const ReportData& data);            // the estimate, or the project's items and total
    static std::string comparisonCsv(const ReportData& data);  // the ranking as given
    static std::string latex(const ReportData& data);          // the methods paragraph
    static std::string bibtex(const ReportData& data);         // the entries its \cite keys name
    static std::string markdown(const ReportData& data);  // with the cleanest rows the PDF lists, places and hardware
    // `place`: the location as a paper states it (a preset left where the paper put it).
    static std::string modelCard(const ReportData& data, const std::string& trainingType = "pre-training",
                                 const std::string& place = {});
    // FILE.tex -> FILE.bib beside it (a name without a folder gets "./", as the writers print it).
    static std::string bibPathFor(const std::string& texPath);
};

}  // namespace mlcarbon
