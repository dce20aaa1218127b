#include "ReaderChecks.h"

#include "../FixtureCatalog.h"
#include "BatchEstimator.h"
#include "BatchRunner.h"
#include "Calculator.h"
#include "CalendarHours.h"
#include "Catalog.h"
#include "CsvReader.h"
#include "DataError.h"
#include "DatabaseFile.h"
#include "HourlyCsv.h"
#include "HourlyDatabase.h"
#include "InputError.h"
#include "InputRules.h"
#include "NumberFormat.h"
#include "PresetProject.h"
#include "ProjectCalculator.h"
#include "ProjectFile.h"
#include "PublishedModelJob.h"
#include "WhenQuery.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>

namespace mlcarbon::fuzz {

namespace {

using DB = DatabaseFile;

// Collects the first broken invariant; later ones are not looked at.
class Verdict {
public:
    bool ok() const { return m_broken.empty(); }
    const std::string& text() const { return m_broken; }
    void require(bool condition, const std::string& what)
    {
        if (!condition && m_broken.empty())
            m_broken = what;
    }
    void inRange(double v, double lo, double hi, const std::string& what)
    {
        require(std::isfinite(v) && v >= lo && v <= hi, what + " = " + NumberFormat::exact(v) + " is outside ["
                                                            + NumberFormat::exact(lo) + ", " + NumberFormat::exact(hi)
                                                            + "] or not finite");
    }
    void inRange(const std::optional<double>& v, double lo, double hi, const std::string& what)
    {
        if (v)
            inRange(*v, lo, hi, what);
    }
    void year(int y, const std::string& what) { inRange(y, DB::kMinYear, DB::kMaxYear, what); }
    void year(const std::optional<int>& y, const std::string& what)
    {
        if (y)
            year(*y, what);
    }
    // Every figure of an estimate: finite and not negative, the range around the figure.
    void estimate(const Estimate& e, const std::string& what)
    {
        for (double v : {e.energyKwh, e.emissionsKg, e.marketEmissionsKg, e.energyLowKwh, e.energyHighKwh,
                         e.emissionsLowKg, e.emissionsHighKg, e.powerW, e.pue, e.intensity})
            require(std::isfinite(v) && v >= 0, what + ": a figure is negative or not finite");
        const double slack = 1e-9 * std::max(1.0, e.emissionsKg);
        require(e.emissionsLowKg <= e.emissionsKg + slack && e.emissionsKg <= e.emissionsHighKg + slack,
                what + ": emissions are outside their own range");
        require(e.marketEmissionsKg <= e.emissionsKg + slack, what + ": market-based above location-based");
    }

private:
    std::string m_broken;
};

const Catalog& baseCatalog()
{
    static const Catalog catalog = fixture::make();
    return catalog;
}

// Sources of a file: no value, only text.
void checkValues(const DatabaseFile& f, Verdict& v)
{
    for (const Hardware& h : f.hardware) {
        v.require(!h.id.empty() && !h.name.empty(), "hardware without id or name");
        v.inRange(h.tdpW, DB::kMinTdpW, DB::kMaxTdpW, h.id + " tdp_w");
        for (const SourcedValue& a : h.tdpAlternatives)
            v.inRange(a.value, DB::kMinTdpW, DB::kMaxTdpW, h.id + " tdp alternative");
        v.year(h.year, h.id + " year");
        v.year(h.sourceYear, h.id + " source_year");
    }
    for (const GridZone& z : f.zones) {
        v.require(!z.code.empty(), "zone without code");
        v.inRange(z.gPerKwh, DB::kMinIntensity, DB::kMaxIntensity, z.code + " g_per_kwh");
        v.year(z.year, z.code + " year");
        for (const IntensityValue& a : z.alternatives)
            v.inRange(a.gPerKwh, DB::kMinIntensity, DB::kMaxIntensity, z.code + " alternative");
    }
    for (const CloudRegion& r : f.regions) {
        v.inRange(r.gPerKwh, DB::kMinIntensity, DB::kMaxIntensity, r.key() + " g_per_kwh");
        v.year(r.year, r.key() + " year");
        v.inRange(r.pue, DB::kMinPue, DB::kMaxPue, r.key() + " pue");
        v.inRange(r.offsetPct, 0, 100, r.key() + " offset_pct");
        v.inRange(r.cfePct, 0, 100, r.key() + " cfe_pct");
        for (const IntensityValue& a : r.alternatives)
            v.inRange(a.gPerKwh, DB::kMinIntensity, DB::kMaxIntensity, r.key() + " alternative");
    }
    for (const Provider& p : f.providers) {
        v.inRange(p.pue, DB::kMinPue, DB::kMaxPue, p.id + " pue");
        v.inRange(p.offsetPct, 0, 100, p.id + " offset_pct");
        for (const SourcedValue& a : p.pueAlternatives)
            v.inRange(a.value, DB::kMinPue, DB::kMaxPue, p.id + " pue alternative");
    }
    for (const ReferenceValue& r : f.references)
        v.require(std::isfinite(r.value), r.id + " value is not finite");
    for (const PublishedRun& r : f.publishedRuns) {
        for (const auto& n : {r.paramsBillion, r.count, r.deviceHours, r.powerW, r.pue, r.gPerKwh, r.reportedEnergyMwh,
                              r.reportedTco2e})
            v.require(!n || (std::isfinite(*n) && *n >= 0), r.id + ": a reported number is negative or not finite");
    }
}

// The file, or nothing when the parser refused it: then with an error that names the file and a problem.
std::optional<DatabaseFile> parseDatabase(std::string_view bytes, const std::string& path, Verdict& v)
{
    try {
        return DatabaseFile::parse(bytes, path);
    } catch (const DataError& e) {
        v.require(e.file() == path, "error does not name the file: " + std::string(e.what()));
        v.require(!e.problem().empty(), "error without a problem");
        return std::nullopt;
    }
}

// A file that parsed must merge like an override and leave a catalog the calculator can use:
// every entry it brings can be estimated (or is refused with an InputError, never anything else).
std::string mergeAndCompute(const DatabaseFile& file, Verdict& v)
{
    Catalog merged = baseCatalog();
    try {
        merged.add(file);
    } catch (const DataError& e) {
        v.require(e.file() == file.path, "merge error does not name the file: " + std::string(e.what()));
        return v.text();
    }
    try {
        merged.checkComplete();
    } catch (const DataError& e) {
        v.require(false, std::string("an accepted override leaves an unusable catalog: ") + e.what());
        return v.text();
    }
    const Calculator calc(merged);
    auto estimate = [&](EstimateInput in, const std::string& what) {
        in.count = 8;
        in.hours = 24;
        try {
            v.estimate(calc.estimate(in), what);
        } catch (const InputError&) {
            // A name the lookup finds ambiguous, say: refused with a message, which is allowed.
        }
    };
    for (const Hardware& h : file.hardware) {
        EstimateInput in;
        in.hardware = h.id;
        in.location = Location::custom(400);
        estimate(in, "hardware " + h.id);
    }
    // Every place on every basis a person can choose: the basis rule must always find a figure.
    for (IntensityBasis basis : Basis::kChoosable) {
        const std::string on = std::string(" on ") + std::string(Basis::key(basis));
        for (const CloudRegion& r : file.regions) {
            EstimateInput in;
            in.hardware = "test-gpu";
            in.basis = basis;
            in.location = Location::cloud(r.provider, r.region);
            estimate(in, "region " + r.key() + on);
        }
        for (const GridZone& z : file.zones) {
            EstimateInput in;
            in.hardware = "test-gpu";
            in.basis = basis;
            in.location = Location::gridZone(z.code);
            estimate(in, "zone " + z.code + on);
        }
    }
    for (const Provider& p : file.providers) {
        EstimateInput in;
        in.hardware = "test-gpu";
        in.location = Location::gridZone("XX");  // own hardware takes the on-premise PUE
        estimate(in, "provider " + p.id);
    }
    return v.text();
}

// A cell or value as it can be read in a message: control bytes as \xNN, at most 40 bytes.
std::string shown(std::string_view s)
{
    std::string out;
    for (unsigned char c : s.substr(0, 40)) {
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

bool isFiniteNumber(std::string_view s)
{
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(d);
}

struct Records {
    std::vector<std::vector<std::string>> fields;
    std::vector<std::size_t> lines;
    std::vector<std::string> errors;
};

Records readAll(std::string_view bytes, std::size_t blockBytes)
{
    std::istringstream in{std::string(bytes)};
    CsvReader reader(in, blockBytes);
    Records out;
    std::vector<std::string_view> fields;
    while (reader.next(fields)) {
        out.fields.emplace_back(fields.begin(), fields.end());
        out.lines.push_back(reader.line());
        out.errors.push_back(reader.error());
    }
    return out;
}

}  // namespace

const std::vector<ReaderChecks::Target>& ReaderChecks::targets()
{
    static const std::vector<Target> all = {
        {"database", &ReaderChecks::database}, {"project", &ReaderChecks::project}, {"batch", &ReaderChecks::batch},
        {"numbers", &ReaderChecks::numbers},   {"preset", &ReaderChecks::preset},   {"model", &ReaderChecks::model},
        {"hourly", &ReaderChecks::hourly},
    };
    return all;
}

std::string ReaderChecks::database(std::string_view bytes)
{
    Verdict v;
    const std::string path = "override.json";
    const std::optional<DatabaseFile> parsed = parseDatabase(bytes, path, v);
    if (!parsed)
        return v.text();
    const DatabaseFile& file = *parsed;
    v.require(file.path == path, "the parsed file lost its path");
    checkValues(file, v);
    if (!v.ok())
        return v.text();
    return mergeAndCompute(file, v);
}

std::string ReaderChecks::project(std::string_view bytes)
{
    Verdict v;
    const std::string path = "fuzz.mlcarbon.json";
    ProjectFile::Result read;
    try {
        read = ProjectFile::read(bytes, path);
    } catch (const ProjectError& e) {
        v.require(std::string_view(e.what()).substr(0, path.size() + 2) == path + ": ",
                  "error does not start with the file: " + std::string(e.what()));
        return v.text();
    }
    for (const ProjectItem& item : read.project.items) {
        try {
            InputRules::validate(item.input);
        } catch (const InputError& e) {
            v.require(false, std::string("an item that opened breaks the input rules: ") + e.what());
        }
    }
    // Save, open, save: the second save is the first, byte for byte (nothing lost or changed).
    const std::string saved = ProjectFile::write(read.project);
    try {
        const ProjectFile::Result again = ProjectFile::read(saved, path);
        v.require(ProjectFile::write(again.project) == saved, "save, open, save is not stable");
    } catch (const ProjectError& e) {
        v.require(false, std::string("a saved project does not open: ") + e.what());
    }
    if (!v.ok() || read.project.items.empty())
        return v.text();
    const Calculator calc(baseCatalog());
    try {
        const ProjectResult r = ProjectCalculator::compute(calc, read.project);
        for (std::size_t i = 0; i < r.items.size(); ++i)
            v.estimate(r.items[i], "item " + std::to_string(i + 1));
        v.require(std::isfinite(r.emissionsKg) && r.emissionsKg >= 0, "project total is negative or not finite");
    } catch (const InputError&) {
        // hardware or place not in the fixture catalog: refused by name, which is allowed
    }
    return v.text();
}

std::string ReaderChecks::batch(std::string_view bytes)
{
    Verdict v;
    // The reader gives the same records, lines and errors whatever its block size (a small prime
    // puts block edges everywhere; a tiny one makes long records quadratic to read).
    // 64 KB holds a whole fuzz input (they are cut at 64 KB) without a 1 MB allocation per run.
    const Records big = readAll(bytes, std::size_t(1) << 16), small = readAll(bytes, 509);
    v.require(big.fields == small.fields && big.lines == small.lines && big.errors == small.errors,
              "the CSV reader's records depend on its block size");

    static const Calculator calc(baseCatalog());
    std::istringstream in{std::string(bytes)};
    std::string out;
    std::size_t problems = 0;
    BatchSummary s;
    try {
        s = BatchRunner::run(
            calc, in,
            [&](std::string_view b) {
                out.append(b);
                return true;
            },
            [&](std::size_t line, const std::string& why) {
                ++problems;
                v.require(line >= 1 && !why.empty(), "a skipped row without line or reason");
            },
            4096);  // small blocks: flushes and refills at many places, and little to allocate per run
    } catch (const BatchError& e) {
        v.require(std::string_view(e.what()).size() > 0, "batch error without a message");
        return v.text();
    }
    v.require(s.rows == s.good + s.skipped, "rows != good + skipped");
    v.require(problems == s.skipped, "skipped rows not all reported");
    v.require(std::isfinite(s.energyKwh) && s.energyKwh >= 0 && std::isfinite(s.emissionsKg) && s.emissionsKg >= 0,
              "totals are negative or not finite");
    v.require(std::isfinite(s.embodiedKg) && s.embodiedKg >= 0 && std::isfinite(s.waterL) && s.waterL >= 0,
              "embodied or water totals are negative or not finite");
    // The output is a table: one header, a row per good row and per readable skipped row, the
    // totals; every record as wide as the header, and no cell a spreadsheet would run.
    const Records table = readAll(out, std::size_t(1) << 16);
    v.require(table.fields.size() >= 2, "output has no header or no totals row");
    if (!v.ok())
        return v.text();
    const std::size_t width = table.fields.front().size();
    for (std::size_t r = 0; r < table.fields.size(); ++r) {
        // A row read near the 1 MB cap comes out longer than the cap, with its figures added:
        // valid CSV that the reader itself declines, not a broken record.
        if (table.errors[r] == "a record longer than 1 MB" && bytes.size() >= CsvReader::kMaxRecordBytes / 2)
            continue;
        v.require(table.errors[r].empty(),
                  "output record " + std::to_string(r + 1) + " is not valid CSV: " + table.errors[r]);
        v.require(table.fields[r].size() == width, "output record " + std::to_string(r + 1) + " has "
                                                       + std::to_string(table.fields[r].size()) + " cells, the header "
                                                       + std::to_string(width));
        for (const std::string& cell : table.fields[r]) {
            const char c = cell.empty() ? 'x' : cell[0];
            const bool formulaLike = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
            v.require(!formulaLike || isFiniteNumber(cell), "output cell '" + shown(cell) + "' would run as a formula");
        }
    }
    v.require(table.fields.size() <= s.rows + 2, "more output rows than input rows");
    return v.text();
}

std::string ReaderChecks::numbers(std::string_view bytes)
{
    Verdict v;
    struct Parser {
        const char* name;
        double (*parse)(std::string_view);
        double lo, hi;
    };
    static const Parser parsers[] = {
        {"hours", &InputRules::hours, 0, InputRules::kMaxHours},
        {"count", &InputRules::count, 1, InputRules::kMaxCount},
        {"utilization", [](std::string_view t) { return InputRules::utilization(t); }, 0, 1},
        {"pue", &InputRules::pue, DB::kMinPue, DB::kMaxPue},
        {"power-w", &InputRules::powerW, 0, InputRules::kMaxPowerW},
        {"intensity", &InputRules::intensity, DB::kMinIntensity, DB::kMaxIntensity},
        {"offset", &InputRules::offsetPct, 0, 100},
        {"host-cpu-w", &InputRules::hostCpuW, 0, InputRules::kMaxHostCpuW},
        {"host-memory-gb", &InputRules::hostMemoryGb, 0, InputRules::kMaxHostMemoryGb},
    };
    // The first two lines; the form's "days" are hours x 24 through the same rule.
    std::vector<std::string_view> lines;
    std::string_view rest = bytes;
    while (lines.size() < 2) {
        const auto nl = rest.find('\n');
        lines.push_back(rest.substr(0, nl));
        if (nl == std::string_view::npos)
            break;
        rest.remove_prefix(nl + 1);
    }
    for (std::string_view text : lines) {
        for (const Parser& p : parsers) {
            try {
                const double d = p.parse(text);
                v.inRange(d, p.lo, p.hi, std::string(p.name) + " from '" + shown(text) + "'");
                // What it shows (NumberFormat::exact, the form's text) reads back as the same number.
                v.require(p.parse(NumberFormat::exact(d)) == d,
                          std::string(p.name) + ": shown value reads back different");
            } catch (const InputError& e) {
                v.require(e.field() == p.name, std::string(p.name) + ": error names field '" + e.field() + "'");
                v.require(!e.allowed().empty(), std::string(p.name) + ": error does not say what is allowed");
            }
        }
        try {
            const double hours = InputRules::hours(text);
            const double days = InputRules::hours(NumberFormat::exact(hours * 24));
            v.inRange(days, 0, InputRules::kMaxHours, "days as hours");
        } catch (const InputError&) {
        }
    }
    if (lines.size() == 2) {
        try {
            const double h = BatchEstimator::hoursBetween(lines[0], lines[1]);
            v.require(std::isfinite(h) && h > 0 && h <= InputRules::kMaxHours, "start/end hours out of range");
        } catch (const InputError& e) {
            v.require(e.field() == "start" || e.field() == "end", "start/end error names field '" + e.field() + "'");
        }
    }
    return v.text();
}

namespace {

// A file of entries that name hardware (published runs, published models), checked and merged over
// the base catalog; empty when it does not parse, or the merge refuses it by name (its hardware is
// not in the catalog), which is allowed.
struct MergedFile {
    DatabaseFile file;
    Catalog catalog;
};

std::optional<MergedFile> parseAndMerge(std::string_view bytes, const std::string& path, Verdict& v)
{
    std::optional<DatabaseFile> parsed = parseDatabase(bytes, path, v);
    if (!parsed)
        return std::nullopt;
    checkValues(*parsed, v);
    MergedFile out{std::move(*parsed), baseCatalog()};
    try {
        out.catalog.add(out.file);
    } catch (const DataError&) {
        return std::nullopt;
    }
    return out;
}

}  // namespace

std::string ReaderChecks::preset(std::string_view bytes)
{
    Verdict v;
    const std::optional<MergedFile> read = parseAndMerge(bytes, "published_runs.json", v);
    if (!read)
        return v.text();
    const DatabaseFile& file = read->file;
    const Catalog& merged = read->catalog;
    const Calculator calc(merged);
    for (const PublishedRun& run : file.publishedRuns) {
        std::vector<std::string> filled;
        const Project reported = PresetProject::reported(run, &filled);
        v.require(reported.items.size() == 1, run.id + ": a preset is not one item");
        try {
            const PresetComparison c = PresetProject::compare(calc, run);
            if (c.fromReported)
                v.estimate(*c.fromReported, run.id + " from reported inputs");
            if (c.fromDefaults)
                v.estimate(*c.fromDefaults, run.id + " from database defaults");
        } catch (const InputError&) {
            // its place is not in the fixture catalog: refused by name, which is allowed
        }
        // A preset opens as a project: it must save and open again.
        try {
            ProjectFile::read(ProjectFile::write(reported), "preset.mlcarbon.json");
        } catch (const ProjectError& e) {
            v.require(false, run.id + ": the preset's project does not open: " + e.what());
        }
    }
    return v.text();
}

std::string ReaderChecks::model(std::string_view bytes)
{
    Verdict v;
    const std::optional<MergedFile> read = parseAndMerge(bytes, "published_models.json", v);
    if (!read)
        return v.text();
    const DatabaseFile& file = read->file;
    const Catalog& merged = read->catalog;
    const Calculator calc(merged);
    for (const PublishedModel& m : file.publishedModels) {
        const ModelJob job = PublishedModelJob::of(merged, m);
        // Either it estimates, or it names what is missing; never both, never neither.
        v.require(job.estimable() || !job.missing.empty(), m.id + ": neither estimable nor missing anything");
        for (const auto& line : job.missing)
            v.require(line.find(": ") != std::string::npos, m.id + ": a missing input without its field: " + line);
        if (!job.estimable())
            continue;
        try {
            v.estimate(calc.estimate(job.input), m.id + " from Epoch's record");
        } catch (const InputError& e) {
            // A record beyond the input rules (hours over 1e9 per device) is refused by field.
            v.require(!e.field().empty(), m.id + ": an input error without a field");
        }
    }
    return v.text();
}

std::string ReaderChecks::hourly(std::string_view bytes)
{
    Verdict v;
    std::vector<HourlySeries> read;
    try {
        read = HourlyCsv::read(bytes, "imported.csv", "XX");
    } catch (const HourlyCsvError& e) {
        v.require(std::string(e.what()).rfind("imported.csv", 0) == 0, "an import error that does not name the file");
        return v.text();
    }
    v.require(!read.empty(), "an import read no series and no error");
    HourlyDatabase db;
    for (const HourlySeries& s : read) {
        v.require(s.hours() >= HourlyCsv::kMinHours, "an imported series shorter than the minimum");
        v.require(s.firstHour >= 0 && s.endHour() <= CalendarHours::hoursInYear(s.year), "a series outside its year");
        for (int h = s.firstHour; h < s.endHour(); ++h)
            v.inRange(s.at(h), 0, 1500, "an imported hour");
        db.add(s);
    }
    // A 3 h job in XX planned on the imported hours from their first one, in a window that fits them.
    EstimateInput in;
    in.hardware = "test-gpu";
    in.hours = 3;
    in.location = Location::gridZone("XX");
    const Estimate e = Calculator(baseCatalog()).estimate(in);
    const HourlySeries& s = read.front();
    WhenRequest req;
    const CalendarHours::DateTime start = CalendarHours::dateOf(s.year, s.firstHour);
    req.date = start;
    req.dateHasHour = true;
    req.windowHours = std::max(0, std::min(24, s.hours() - 3));
    req.minSlotHours = 2;
    try {
        const WhenResult r = WhenQuery::run(db, e, req);
        for (const TimingSchedule* sc : {&r.plan.now, &r.plan.bestStart}) {
            v.require(sc->kg <= r.plan.now.kg + 1e-9 * std::max(1.0, r.plan.now.kg), "a schedule above starting now");
            v.inRange(sc->kg, 0, 1e9, "a schedule's emissions");
        }
        if (r.plan.paused) {
            v.require(r.plan.paused->kg <= r.plan.bestStart.kg + 1e-9 * std::max(1.0, r.plan.now.kg),
                      "pausing above the best start");
            int hours = 0;
            for (const auto& [first, length] : r.plan.paused->runs) {
                hours += length;
                v.require(length >= 2 || r.plan.occupiedHours < 2, "a paused run shorter than the minimum slot");
            }
            v.require(hours == r.plan.occupiedHours, "a paused schedule that does not run the job's hours");
        }
    } catch (const InputError& e) {
        v.require(!e.field().empty(), "a timing error without its field");
    }
    return v.text();
}

}  // namespace mlcarbon::fuzz
