#pragma once
#include "Catalog.h"
#include "EstimateInput.h"
#include "Records.h"
#include "WhatIf.h"

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// A published model as a job to estimate: what Epoch AI records about its training, with each
// gap either filled by a stated assumption or named as missing.
struct ModelJob {
    // What the work is taken from: the device count and hours Epoch records, else its training
    // compute; None when it records neither (or no device count beside the hours).
    enum class Work { Hours, Compute, None };

    const PublishedModel* model = nullptr;
    EstimateInput input;
    Work work = Work::None;
    std::vector<std::string> assumptions;  // every input not in Epoch's record, one line each
    std::vector<std::string> missing;      // what an estimate still lacks, with how to give it
    std::vector<WhatIfNote> notes;         // what a what-if edit dropped

    bool estimable() const { return missing.empty(); }
};

class PublishedModelJob {
public:
    // The job of `model`: hardware, device count and hours where Epoch records them (with its
    // training compute beside them, so the implied MFU shows), else training compute on the
    // hardware at Epoch's MFU or the default; the organisation's country as the place and the
    // publication year as the year of the run, both stated as assumptions.
    static ModelJob of(const Catalog& catalog, const PublishedModel& model);
    // The same with `changes` over it (WhatIf::apply): a change can fill what is missing, such
    // as a device the database lacks, or replace an assumption, such as the place.
    static ModelJob whatIf(const Catalog& catalog, const PublishedModel& model, const WhatIfChanges& changes);

    // The assumptions of `job` that still hold for the job as now edited (`now`): a place, year,
    // device count, MFU or precision the person has since changed is theirs, not an assumption.
    static std::vector<std::string> assumptionsFor(const ModelJob& job, const EstimateInput& now);

    // The precision a compute-based estimate of `model` on `hardware` uses: Epoch's numerical
    // format, where FP16 and BF16 training run at the BF16/FP16 tensor rate (the device's FP16
    // figure when it has no tensor rate); BF16/FP16 tensor when Epoch records none. Empty when
    // the device has no figure at that precision; `why` says which was taken or what is lacking.
    static std::optional<Precision> precisionFor(const PublishedModel& model, const Hardware& hardware,
                                                 std::string* why = nullptr);
};

}  // namespace mlcarbon
