#include "WhatIf.h"

#include "InputError.h"
#include "InputRules.h"

#include <algorithm>
#include <charconv>

namespace mlcarbon {

namespace {

// Shortest text that reads back as the same number: inputs are quoted as they were given.
std::string given(double v)
{
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

bool ownHardware(const Location& l)
{
    return l.kind == Location::Kind::Zone || l.kind == Location::Kind::Custom;
}

}  // namespace

void WhatIfEdit::given(const std::string& field)
{
    WhatIf::forget(notes, field);
}

void WhatIf::forget(std::vector<WhatIfNote>& notes, const std::string& field)
{
    notes.erase(std::remove_if(notes.begin(), notes.end(), [&](const WhatIfNote& n) { return n.field == field; }),
                notes.end());
}

void WhatIf::addNotes(std::vector<WhatIfNote>& notes, const std::vector<WhatIfNote>& later)
{
    for (const WhatIfNote& note : later) {
        forget(notes, note.field);
        notes.push_back(note);
    }
}

std::vector<std::string> WhatIfEdit::texts() const
{
    std::vector<std::string> out;
    out.reserve(notes.size());
    for (const WhatIfNote& n : notes)
        out.push_back(n.text);
    return out;
}

WhatIfEdit WhatIf::withHardware(const EstimateInput& input, const std::string& hardware)
{
    WhatIfEdit edit{input, {}};
    if (hardware == input.hardware)
        return edit;
    edit.input.hardware = hardware;
    if (input.computeBased() && input.hours > 0) {
        edit.input.hours = 0;
        edit.input.hoursPerDay.reset();
        edit.notes.push_back({"hours", given(input.hours) + " h dropped: they were the time on " + input.hardware
                                           + "; on " + hardware + " the hours follow from the training compute"});
    }
    if (input.powerW) {
        edit.input.powerW.reset();
        edit.notes.push_back({"power-w", "measured power " + given(*input.powerW) + " W dropped: it was measured on "
                                             + input.hardware + "; the TDP of " + hardware + " applies"});
    }
    return edit;
}

bool WhatIf::keepsFacility(const Location& from, const Location& to)
{
    return ownHardware(from) && ownHardware(to);
}

WhatIfEdit WhatIf::movedTo(const EstimateInput& input, const Location& to)
{
    WhatIfEdit edit{input, {}};
    if (to == input.location)
        return edit;
    edit.input.location = to;
    if (keepsFacility(input.location, to))
        return edit;
    const std::string applies = to.kind == Location::Kind::Cloud ? "the region's PUE applies (else the provider's)"
                                                                 : "the own-hardware default applies";
    if (input.pue) {
        edit.input.pue.reset();
        edit.notes.push_back(
            {"pue", "PUE " + given(*input.pue) + " dropped: it was given for the previous place; " + applies});
    }
    if (input.wue) {
        edit.input.wue.reset();
        edit.notes.push_back({"wue", "WUE " + given(*input.wue)
                                         + " L/kWh dropped: it was given for the previous place; the new place's "
                                           "WUE applies (else its provider's, else the industry default)"});
    }
    if (input.offsetPct) {
        edit.input.offsetPct.reset();
        edit.notes.push_back({"offset", "offset " + given(*input.offsetPct)
                                            + " % dropped: it was given for the previous place; the new place's "
                                              "provider data apply"});
    }
    return edit;
}

WhatIfEdit WhatIf::apply(const EstimateInput& input, const WhatIfChanges& changes)
{
    WhatIfEdit edit{input, {}};
    if (changes.hardware)
        edit = withHardware(edit.input, *changes.hardware);
    if (changes.location) {
        const WhatIfEdit moved = movedTo(edit.input, *changes.location);
        edit.input = moved.input;
        addNotes(edit.notes, moved.notes);
    }
    EstimateInput& in = edit.input;
    applySchedule(in, changes);
    if (changes.count)
        in.count = *changes.count;
    if (changes.utilization)
        in.utilization = changes.utilization;
    if (changes.utilizationLow)
        in.utilizationLow = changes.utilizationLow;
    if (changes.utilizationHigh)
        in.utilizationHigh = changes.utilizationHigh;
    // Fields named as the notes name them.
    auto given = [&](const char* field, std::optional<double>& to, const std::optional<double>& value) {
        if (value) {
            to = value;
            edit.given(field);
        }
    };
    given("pue", in.pue, changes.pue);
    given("power-w", in.powerW, changes.powerW);
    given("offset", in.offsetPct, changes.offsetPct);
    given("host-cpu-w", in.hostCpuW, changes.hostCpuW);
    given("host-memory-gb", in.hostMemoryGb, changes.hostMemoryGb);
    given("wue", in.wue, changes.wue);
    if (changes.embodied)
        in.embodied = *changes.embodied;
    if (changes.embodiedHost)
        in.embodiedHost = *changes.embodiedHost;
    if (changes.embodiedTotal)
        in.embodiedTotal = *changes.embodiedTotal;
    if (changes.water)
        in.water = *changes.water;
    if (changes.lifetimeYears)
        in.lifetimeYears = changes.lifetimeYears;
    if (changes.activeShare)
        in.activeShare = changes.activeShare;
    if (changes.requests)
        in.requests = changes.requests;
    if (changes.servedTokens)
        in.servedTokens = changes.servedTokens;
    if (changes.basis)
        in.basis = *changes.basis;
    if (changes.year)
        in.year = changes.year;
    if (changes.precision)
        in.precision = *changes.precision;
    if (changes.flop) {
        in.flop = changes.flop;
        if (!changes.params && !changes.tokens) {
            in.params.reset();
            in.tokens.reset();
        }
    }
    if (changes.params || changes.tokens) {
        if (changes.params)
            in.params = changes.params;
        if (changes.tokens)
            in.tokens = changes.tokens;
        if (!changes.flop)
            in.flop.reset();
    }
    if (changes.hours || changes.days || changes.hoursPerDay) {
        edit.given("hours");
        if (in.mfu && !changes.mfu) {
            edit.notes.push_back({"mfu", "MFU " + mlcarbon::given(*in.mfu)
                                             + " dropped: with the hours given, the compute "
                                               "and the hours imply the MFU"});
            in.mfu.reset();
        }
    }
    if (changes.mfu) {
        in.mfu = changes.mfu;
        if (in.hours > 0 && !changes.hours && in.computeBased()) {
            edit.notes.push_back({"hours", mlcarbon::given(in.hours)
                                               + " h dropped: with an MFU given, the hours follow from "
                                                 "the training compute"});
            in.hours = 0;
            in.hoursPerDay.reset();
        }
    }
    return edit;
}

void WhatIf::applySchedule(EstimateInput& in, const WhatIfChanges& changes)
{
    if (changes.hours && (changes.days || changes.hoursPerDay))
        throw InputError(changes.days ? "days" : "hours-per-day",
                         given(changes.days ? *changes.days : *changes.hoursPerDay),
                         "either --hours, or --hours-per-day with --days, not both");
    if (changes.hours) {
        in.hours = *changes.hours;
        in.hoursPerDay.reset();
        return;
    }
    if (!changes.days && !changes.hoursPerDay)
        return;
    const std::optional<double> days = changes.days ? changes.days : in.days();
    const std::optional<double> perDay = changes.hoursPerDay ? changes.hoursPerDay : in.hoursPerDay;
    if (!days)
        throw InputError("hours-per-day", given(*perDay), "with --days: the number of days the job runs that long");
    if (!perDay)
        throw InputError("days", given(*days), "with --hours-per-day: how long the job runs each day");
    in.hours = InputRules::scheduledHours(*perDay, *days);
    in.hoursPerDay = perDay;
}

}  // namespace mlcarbon
