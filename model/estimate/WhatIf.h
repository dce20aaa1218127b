#pragma once
#include "EstimateInput.h"

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// One input a what-if edit dropped, and why, e.g. {"power-w", "measured power 289 W dropped: ..."}.
struct WhatIfNote {
    std::string field;  // the input's name as the CLI spells it
    std::string text;
};

struct WhatIfEdit {
    EstimateInput input;
    std::vector<WhatIfNote> notes;

    // Forgets the note of a field the person has since given again.
    void given(const std::string& field);
    std::vector<std::string> texts() const;
};

// The values a person gave for a job, each only when given: what a what-if edit changes.
struct WhatIfChanges {
    std::optional<std::string> hardware;
    std::optional<Location> location;
    std::optional<double> hours;
    std::optional<double> hoursPerDay;  // with days: the hours are hours a day x days
    std::optional<double> days;
    std::optional<double> count;
    std::optional<double> utilization;
    std::optional<double> utilizationLow;
    std::optional<double> utilizationHigh;
    std::optional<double> pue;
    std::optional<double> powerW;
    std::optional<double> offsetPct;
    std::optional<double> hostCpuW;
    std::optional<double> hostMemoryGb;
    std::optional<IntensityBasis> basis;
    std::optional<int> year;
    std::optional<double> flop;
    std::optional<double> params;
    std::optional<double> tokens;
    std::optional<double> mfu;
    std::optional<Precision> precision;
    std::optional<bool> embodied;
    std::optional<bool> embodiedHost;
    std::optional<bool> embodiedTotal;
    std::optional<double> lifetimeYears;
    std::optional<double> activeShare;
    std::optional<bool> water;
    std::optional<double> wue;
    std::optional<double> requests;
    std::optional<double> servedTokens;
};

// The rules for "the same job, but ...": the CLI's job options over a preset or project item,
// the window's form, the region ranking and the project comparison all edit a job through
// these, so they all drop the same inputs.
class WhatIf {
public:
    // Other hardware: a measured power belongs to the device it was measured on, so it is
    // dropped (the new device's TDP x utilisation applies). Utilisation and host share stay.
    // The same training compute takes other hours on other hardware: hours given beside the
    // compute are dropped (the hours follow from the compute and the MFU).
    static WhatIfEdit withHardware(const EstimateInput& input, const std::string& hardware);

    // Another place. A cloud region has its own PUE and WUE (else its provider's) and its provider's
    // offset claim, so a PUE, WUE or offset given for the old place is dropped; so it is when own
    // hardware moves into the cloud or a cloud job onto own hardware. Own hardware moved to
    // another country (or to a known intensity) is the user's same facility: it keeps both.
    static WhatIfEdit movedTo(const EstimateInput& input, const Location& to);

    // `changes` on top of `input` (a preset's inputs, or defaults): other hardware first, then
    // another place (each noting what it drops), then every value given, which always wins: a
    // PUE, power or offset given again forgets the note of the one dropped. The work is one of
    // hours, FLOP or parameters x tokens: FLOP given replaces parameters x tokens and the reverse;
    // hours given beside the compute replace an MFU (they imply one), an MFU given replaces hours.
    // Hours a day with days make the hours (hours a day alone keeps the job's days, days alone its
    // hours a day); hours given alone end a schedule.
    static WhatIfEdit apply(const EstimateInput& input, const WhatIfChanges& changes);

    // The notes of one edit after another: a later note on a field replaces the earlier one.
    static void addNotes(std::vector<WhatIfNote>& notes, const std::vector<WhatIfNote>& later);
    // Forgets the note of a field the person has since given again.
    static void forget(std::vector<WhatIfNote>& notes, const std::string& field);

    // The hours of `changes` on `in`: hours, or hours a day x days (InputRules::scheduledHours).
    static void applySchedule(EstimateInput& in, const WhatIfChanges& changes);

    // Whether a job at `from` that is moved to `to` keeps a PUE and offset given for `from`.
    static bool keepsFacility(const Location& from, const Location& to);
};

}  // namespace mlcarbon
