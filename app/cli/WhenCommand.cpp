#include "WhenCommand.h"

#include "CalendarHours.h"
#include "DataError.h"
#include "DatabaseLoader.h"
#include "HourlyCsv.h"
#include "HourlyLoader.h"
#include "JobOptions.h"
#include "WhenQuery.h"
#include "WhenReport.h"

#include <algorithm>

namespace mlcarbon {

namespace {

const char* const kWhenOptions[] = {"window", "deadline", "date", "month", "start-hour", "min-slot", "hourly-file"};

}  // namespace

bool WhenCommand::asked(const CliArguments& a)
{
    return a.has("when")
           || std::any_of(std::begin(kWhenOptions), std::end(kWhenOptions), [&](const char* o) { return a.has(o); });
}

WhenRequest WhenCommand::request(const CliArguments& a)
{
    WhenRequest request;
    if (a.has("window"))
        request.windowHours = WhenQuery::window(a.value("window"));
    if (a.has("deadline"))
        request.deadlineHours = WhenQuery::deadline(a.value("deadline"));
    if (a.has("date"))
        request.date = CalendarHours::parse(a.value("date"), "date", &request.dateHasHour);
    if (a.has("month"))
        request.month = WhenQuery::month(a.value("month"));
    if (a.has("start-hour")) {
        if (request.dateHasHour)
            usageError("start-hour", a.value("start-hour"), "either a time in --date or --start-hour, not both");
        request.startHour = WhenQuery::hour(a.value("start-hour"));
    }
    if (a.has("min-slot"))
        request.minSlotHours = WhenQuery::minSlot(a.value("min-slot"));
    return request;
}

WhenResult WhenCommand::plan(const Estimate& e, const CliArguments& a, std::string& err)
{
    const WhenRequest req = request(a);
    HourlyLoader::Result loaded =
        HourlyLoader::load(QString::fromStdString(a.value("database-dir")), DatabaseLoader::defaultOverrideDir());
    for (const std::string& w : loaded.warnings)
        err += "mlcarbon-cli: warning: " + w + "\n";
    if (a.has("hourly-file")) {
        const std::string zone = e.location.zone.empty() ? e.location.country : e.location.zone;
        try {
            for (HourlySeries& s : HourlyLoader::read(QString::fromStdString(a.value("hourly-file")), zone))
                loaded.hours->add(std::move(s));
        } catch (const HourlyCsvError& x) {
            usageError("hourly-file", a.value("hourly-file"), x.what(), "cannot be used");
        }
    }
    return WhenQuery::run(*loaded.hours, e, req);
}

std::string WhenCommand::run(const Calculator& calc, const CliArguments& a, std::string& err)
{
    request(a);  // a bad option is named before any data are read
    const std::string format = a.format();
    const PublishedRun* run = nullptr;
    const Estimate e = JobOptions::estimate(calc, a, run);
    const WhenResult r = plan(e, a, err);
    if (format == "json")
        return WhenReport::json(e, r);
    if (format == "csv")
        return WhenReport::csv(r);
    return WhenReport::text(e, r);
}

}  // namespace mlcarbon
