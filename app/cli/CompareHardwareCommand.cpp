#include "CompareHardwareCommand.h"

#include "CatalogTables.h"
#include "EstimateReport.h"
#include "InputRules.h"
#include "JobOptions.h"
#include "NumberFormat.h"
#include "TableWriter.h"

namespace mlcarbon {

HardwareFilter CompareHardwareCommand::filter(const CliArguments& a)
{
    HardwareFilter f;
    if (a.has("kind")) {
        const auto kind = HardwareFilter::kindOf(a.value("kind"));
        if (!kind)
            usageError("kind", a.value("kind"), "one of gpu, tpu, other");
        f.kind = *kind;
    }
    if (a.has("vendor")) {
        f.vendor = a.value("vendor");
        if (f.vendor.find_first_not_of(" \t") == std::string::npos)
            usageError("vendor", f.vendor, "a vendor name, e.g. NVIDIA, AMD, Google (see: mlcarbon-cli list hardware)");
    }
    if (a.has("released-since")) {
        const int y = InputRules::year(a.value("released-since"));
        f.releasedSince = y;
    }
    if (a.has("min-memory-gb"))
        f.minMemoryGb =
            InputRules::number("min-memory-gb", a.value("min-memory-gb"), "memory in GB, 0 or more (e.g. 80)");
    if (f.minMemoryGb && *f.minMemoryGb < 0)
        usageError("min-memory-gb", a.value("min-memory-gb"), "memory in GB, 0 or more (e.g. 80)");
    return f;
}

std::string CompareHardwareCommand::run(const Calculator& calc, const CliArguments& a)
{
    std::optional<int> top;
    if (a.has("top"))
        top = InputRules::positiveInteger("top", a.value("top"));
    const HardwareFilter f = filter(a);
    const PublishedRun* run = nullptr;
    const Estimate e = JobOptions::estimate(calc, a, run);
    std::vector<RankedHardware> rows = HardwareRanking::rank(calc, e, f);
    const std::size_t compared = rows.size();
    if (top && rows.size() > static_cast<std::size_t>(*top))
        rows.resize(static_cast<std::size_t>(*top));
    const Table table = CatalogTables::hardwareComparison(rows);
    const std::string format = a.format();
    if (format == "json")
        return TableWriter::json(table);
    if (format == "csv")
        return TableWriter::csv(table);
    std::string s = "Same work (" + NumberFormat::mass(e.emissionsKg) + " on " + e.hardware.name + " at "
                    + EstimateReport::locationLabel(e) + ") on " + f.text() + ", cleanest first: "
                    + std::to_string(compared) + " devices.\n" + HardwareRanking::assumption(e) + "\n";
    if (!e.yearText().empty())
        s += "Grid intensity: " + e.yearText() + ".\n";
    return s + "\n"
           + TableWriter::text(table, {"rank", "name", "vendor", "year", "peak_tflop_per_s", "power_w", "device_hours",
                                       "energy_kwh", "emissions_kg", "saving_pct", "embodied_kg", "chosen"});
}

}  // namespace mlcarbon
