#include "ListCommand.h"

#include "CatalogSearch.h"
#include "CatalogTables.h"
#include "DatabaseLoader.h"
#include "HourlyLoader.h"
#include "TableWriter.h"
#include "WhenReport.h"

namespace mlcarbon {

std::string ListCommand::run(const Catalog& catalog, const Calculator& calc, const CliArguments& a)
{
    const std::string f = a.format();
    if (a.positional.size() != 1)
        usageError("list", a.positional.empty() ? "" : a.positional[1],
                   "one of hardware, regions, countries, providers, presets, models, hourly-zones");
    const std::string what = a.positional.front();
    const std::string search = a.value("search");
    Table table;
    std::vector<std::string> textColumns;
    if (what == "hardware") {
        table = CatalogTables::hardware(calc.hardwareLookup().search(search));
        textColumns = {"id", "name", "kind", "tdp_w", "year"};
    } else if (what == "regions") {
        if (a.has("provider"))
            calc.locations().provider(a.value("provider"));  // unknown provider: exit 2 with the list
        table = CatalogTables::regions(catalog, CatalogSearch::regions(catalog, search, a.value("provider")),
                                       a.basis().value_or(Basis::kDefault));
        textColumns = {"provider", "region", "name", "country", "intensity_g_per_kwh", "year", "basis", "pue"};
    } else if (what == "countries") {
        table = CatalogTables::zones(catalog, CatalogSearch::zones(catalog, search, a.has("include-grid-zones")),
                                     a.basis().value_or(Basis::kDefault));
        textColumns = {"code", "name", "type", "intensity_g_per_kwh", "year", "basis"};
    } else if (what == "presets") {
        table = CatalogTables::presets(catalog.publishedRuns(), search);
        textColumns = {"id", "name", "device_hours", "reported_energy_mwh", "reported_tco2e", "tier"};
    } else if (what == "models") {
        table = CatalogTables::models(catalog, CatalogSearch::models(catalog, search));
        textColumns = {"id", "name", "organization", "year", "hardware", "estimable"};
    } else if (what == "hourly-zones") {
        const HourlyLoader::Result hours =
            HourlyLoader::load(QString::fromStdString(a.value("database-dir")), DatabaseLoader::defaultOverrideDir());
        table = WhenReport::zones(*hours.hours, search);
        textColumns = {"zone", "years", "bases", "time_zone", "flat_years", "imported"};
    } else if (what == "providers") {
        table = CatalogTables::providers(catalog, CatalogSearch::providers(catalog, search));
        textColumns = {"id", "name", "pue", "pue_year", "regions", "offset_pct"};
    } else {
        usageError("list", what, "one of hardware, regions, countries, providers, presets, models, hourly-zones");
    }
    if (a.has("provider") && what != "regions")
        usageError("provider", a.value("provider"), "--provider filters list regions only");
    if (f == "json")
        return TableWriter::json(table);
    if (f == "csv")
        return TableWriter::csv(table);
    return TableWriter::text(table, textColumns) + std::to_string(table.rows.size()) + " " + what + "\n";
}

}  // namespace mlcarbon
