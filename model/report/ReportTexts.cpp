#include "ReportTexts.h"

#include "CatalogTables.h"
#include "EstimateReport.h"
#include "LatexReport.h"
#include "MarkdownReport.h"
#include "ModelCardReport.h"
#include "ProjectReport.h"
#include "TableWriter.h"
#include "WhenReport.h"

namespace mlcarbon {

std::string ReportTexts::csv(const ReportData& d)
{
    return d.project ? TableWriter::csv(ProjectReport::table(d.project->project, d.project->result))
                     : EstimateReport::csv(d.estimate);
}

std::string ReportTexts::comparisonCsv(const ReportData& d)
{
    return TableWriter::csv(CatalogTables::comparison(d.ranking));
}

std::string ReportTexts::latex(const ReportData& d)
{
    return d.project ? LatexReport::projectParagraph(d.project->project, d.project->result)
                     : LatexReport::paragraph(d.estimate);
}

std::string ReportTexts::bibtex(const ReportData& d)
{
    return d.project ? LatexReport::projectBibtex(d.project->result) : LatexReport::bibtex(d.estimate);
}

std::string ReportTexts::markdown(const ReportData& d)
{
    std::vector<RankedRegion> cleanest;
    for (const RankedRegion* r : ReportData::shownRows(d.ranking))
        cleanest.push_back(*r);
    std::vector<RankedHardware> hardware;
    for (const RankedHardware* r : ReportData::shownHardwareRows(d.hardwareRanking))
        hardware.push_back(*r);
    if (d.project)
        return MarkdownReport::projectSummary(d.project->project, d.project->result, cleanest, d.hardwareNote);
    std::string s = MarkdownReport::summary(d.estimate, cleanest, hardware, d.hardwareNote);
    if (d.when)
        s.append("\n").append(WhenReport::markdown(d.estimate, *d.when));
    return s;
}

std::string ReportTexts::modelCard(const ReportData& d, const std::string& trainingType, const std::string& place)
{
    return d.project ? ModelCardReport::projectMetadata(d.project->project, d.project->result, trainingType)
                     : ModelCardReport::metadata(d.estimate, trainingType, place);
}

std::string ReportTexts::bibPathFor(const std::string& texPath)
{
    const std::size_t slash = texPath.rfind('/');
    // The folder with its slash ("./" for a bare name), then the name up to its last dot.
    std::string bib = slash == std::string::npos ? std::string("./") : texPath.substr(0, slash + 1);
    const std::string_view name = std::string_view(texPath).substr(slash == std::string::npos ? 0 : slash + 1);
    bib.append(name.substr(0, name.rfind('.')));
    return bib.append(".bib");
}

}  // namespace mlcarbon
