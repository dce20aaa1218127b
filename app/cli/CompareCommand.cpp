#include "CompareCommand.h"

#include "CatalogTables.h"
#include "EstimateReport.h"
#include "InputRules.h"
#include "JobOptions.h"
#include "NumberFormat.h"
#include "ProjectCalculator.h"
#include "TableWriter.h"

namespace mlcarbon {

std::string CompareCommand::run(const Calculator& calc, const CliArguments& a)
{
    const std::string f = a.format();
    std::optional<int> top;
    if (a.has("top"))
        top = InputRules::positiveInteger("top", a.value("top"));
    const std::string sort = a.has("sort") ? a.value("sort") : "emissions";
    if (sort != "emissions" && sort != "water")
        usageError("sort", sort, "emissions (cleanest first, the default) or water (least water first)");
    const bool byWater = sort == "water";
    const std::string order = byWater ? "least water first" : "cleanest first";
    // The rows in the asked order, cut to --top and written in the asked form; `heading` leads the text form.
    auto output = [&](std::vector<RankedRegion> rows, const std::string& heading, IntensityBasis basis,
                      std::optional<int> year) {
        if (byWater)
            RegionRanking::sortByWater(rows);
        // The basis line counts every row compared, not only those shown.
        const std::string basisLine =
            CatalogTables::basisLine(rows, basis) + CatalogTables::yearLine(rows, year) + "\n\n";
        if (top && rows.size() > static_cast<std::size_t>(*top))
            rows.resize(*top);
        Table table = CatalogTables::comparison(rows);
        if (f == "json")
            return TableWriter::json(table);
        if (f == "csv")
            return TableWriter::csv(table);
        std::vector<std::string> columns = {
            "rank",         "provider",  "region",     "name",    "country", "intensity_g_per_kwh", "basis", "pue",
            "emissions_kg", "saving_kg", "saving_pct", "water_l", "chosen"};
        if (year)  // which year each row's figure is of, and which had none for the year asked
            columns.insert(columns.begin() + 6, {"intensity_year", "year_fallback"});
        return heading + basisLine + TableWriter::text(table, columns);
    };
    std::string ignored;
    if (a.has("project")) {
        const Project project = JobOptions::project(a, ignored);
        const ProjectResult r = ProjectCalculator::compute(calc, project);
        const auto scope = JobOptions::rankingScope(a, r.items.front());
        return output(ProjectCalculator::rankMoved(calc, r, scope),
                      "The whole project (" + NumberFormat::mass(r.emissionsKg) + ") moved to each place, " + order
                          + "; intensity and PUE are the place's.\n",
                      project.basis, r.items.front().input.year);
    }
    const PublishedRun* run = nullptr;
    Estimate e = JobOptions::estimate(calc, a, run);
    const auto scope = JobOptions::rankingScope(a, e);
    std::string s =
        "Same job (" + NumberFormat::energy(e.energyKwh) + " at " + EstimateReport::locationLabel(e) + ": "
        + NumberFormat::mass(e.emissionsKg) + ") "
        + (scope == RegionRanking::Scope::SameProvider ? "in every region of " + e.location.providerName
           : scope == RegionRanking::Scope::Countries  ? std::string("on own hardware in every country and subdivision")
                                                       : std::string("in every cloud region"))
        + ", " + order + "; each place with its own PUE and grid intensity.\n";
    return output(RegionRanking::rank(calc, e, scope), s, e.requestedBasis, e.input.year);
}

}  // namespace mlcarbon
