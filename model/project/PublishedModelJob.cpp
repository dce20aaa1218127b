#include "PublishedModelJob.h"

#include "InputRules.h"
#include "NumberFormat.h"
#include "TrainingCompute.h"

#include <algorithm>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

// What Epoch records, before any change: the work, the count, the place and the year.
ModelJob recorded(const Catalog& catalog, const PublishedModel& m)
{
    ModelJob job;
    job.model = &m;
    EstimateInput& in = job.input;
    const SourceInfo* source = catalog.source(m.sourceId);
    job.assumptions.push_back("inputs: Epoch AI's record of " + m.name + " ("
                              + (source && !source->attribution.empty() ? source->attribution : m.source) + ")");
    if (!m.hardware.empty() && catalog.hardwareById(m.hardware))
        in.hardware = m.hardware;
    if (m.hardwareCount && m.trainingHours) {
        job.work = ModelJob::Work::Hours;
        in.count = *m.hardwareCount;
        in.hours = *m.trainingHours;
    } else if (m.chipHours) {
        job.work = ModelJob::Work::Hours;
        in.count = m.hardwareCount.value_or(1);
        in.hours = *m.chipHours / in.count;
        job.assumptions.push_back(m.hardwareCount
                                      ? "hours: Epoch's " + NF::significant(*m.chipHours) + " chip-hours over "
                                            + NF::significant(in.count) + " devices"
                                      : "devices: not recorded; Epoch's " + NF::significant(*m.chipHours)
                                            + " chip-hours are taken as one device's (the total is what counts)");
    } else if (m.computeFlop) {
        job.work = ModelJob::Work::Compute;
        in.count = m.hardwareCount.value_or(1);
        if (!m.hardwareCount)
            job.assumptions.emplace_back("devices: not recorded; the hours are device-hours (one device)");
        in.mfu = m.mfu;
        if (!m.mfu)
            job.assumptions.emplace_back("MFU: not recorded; the default (the median of published runs) is used");
    }
    if (m.computeFlop)
        in.flop = m.computeFlop;  // beside the hours: the implied MFU shows
    if (in.hours > 0 && in.flop)
        in.mfu.reset();  // the hours and the compute imply it

    std::string country = m.country;
    if (country.empty() && !m.countries.empty())
        country = m.countries.front();
    if (!country.empty() && catalog.zone(country)) {
        in.location = Location::gridZone(country);
        std::string all;
        for (const auto& c : m.countries)
            all += (all.empty() ? "" : ", ") + c;
        job.assumptions.push_back(
            "place: " + country + ", the organisation's country (an assumption: Epoch records no data centre"
            + (m.countries.size() > 1 ? std::string("; the organisations are in ") + all + ", the first is taken"
                                      : std::string())
            + ")");
    }
    const int year = std::clamp(m.year, InputRules::kMinYear, InputRules::kMaxYear);
    in.year = year;
    job.assumptions.push_back(year == m.year
                                  ? "year of the run: " + std::to_string(year)
                                        + ", the publication year (the run ended in or before it)"
                                  : "year of the run: " + std::to_string(year) + " stands in for the publication year "
                                        + std::to_string(m.year) + " (the data's grid figures start in "
                                        + std::to_string(InputRules::kMinYear) + ")");
    return job;
}

// What the job still lacks after the changes, each with how to give it.
void checkMissing(const Catalog& catalog, ModelJob& job, bool precisionGiven)
{
    const PublishedModel& m = *job.model;
    EstimateInput& in = job.input;
    job.missing.clear();
    const Hardware* hardware = in.hardware.empty() ? nullptr : catalog.hardwareById(in.hardware);
    if (in.hardware.empty()) {
        job.missing.push_back(m.hardwareName.empty()
                                  ? "hardware: Epoch records none (choose a device)"
                                  : "hardware: '" + m.hardwareName + "' is not in the database (choose a device)");
    }
    const bool hours = in.hours > 0;
    if (!hours && !in.computeBased()) {
        std::string lacks = m.trainingHours && !m.hardwareCount
                                ? "Epoch records the training time but not the device count (give the devices)"
                                : "Epoch records neither the training compute nor the hours (give one)";
        job.missing.push_back("work: " + lacks);
    }
    if (in.location.kind == Location::Kind::None)
        job.missing.emplace_back("place: Epoch records no country (choose a place)");
    if (!in.computeBased() || !hardware)
        return;
    // The compute needs a peak figure at the precision, beside the hours too (for the implied MFU).
    std::string lacking;
    if (hardware->kind == HardwareKind::Cpu) {
        lacking = hardware->name + " is a CPU; the database has no peak figures for CPUs";
    } else if (!precisionGiven) {
        std::string why;
        if (auto p = PublishedModelJob::precisionFor(m, *hardware, &why)) {
            in.precision = *p;
            if (!hours)
                job.assumptions.push_back("precision: " + why);
        } else {
            lacking = why;
        }
    } else if (!hardware->peak(in.precision)) {
        lacking = hardware->name + " has no figure at " + TrainingCompute::label(in.precision);
    }
    if (lacking.empty())
        return;
    if (hours) {
        // The hours carry the estimate; the compute only implied an MFU, which cannot be had.
        in.flop.reset();
        in.params.reset();
        in.tokens.reset();
        job.assumptions.push_back("training compute: not used (" + lacking + "); the hours carry the estimate");
    } else {
        job.missing.push_back("peak FLOP/s: " + lacking + " (choose another precision or device, or give the hours)");
    }
}

}  // namespace

std::optional<Precision> PublishedModelJob::precisionFor(const PublishedModel& m, const Hardware& h, std::string* why)
{
    auto say = [&](const std::string& text) {
        if (why)
            *why = text;
    };
    const Precision recorded = m.precision.value_or(Precision::Bf16);
    const std::string as = m.precision ? "Epoch records " + std::string(Kinds::key(recorded)) + " training"
                                       : "Epoch records none; mixed-precision training is taken";
    if (recorded == Precision::Bf16 || recorded == Precision::Fp16) {
        if (h.peak(Precision::Bf16)) {
            say(TrainingCompute::label(Precision::Bf16) + " (" + as + ")");
            return Precision::Bf16;
        }
        // Without a tensor rate, FP16 runs at the device's FP16 figure; BF16 has none to run at.
        if (recorded != Precision::Bf16 || !m.precision) {
            if (h.peak(Precision::Fp16)) {
                say(TrainingCompute::label(Precision::Fp16) + ", " + h.name + " has no tensor figure (" + as + ")");
                return Precision::Fp16;
            }
        }
        say(h.name + " has no BF16/FP16 figure (" + as + ")");
        return std::nullopt;
    }
    if (h.peak(recorded)) {
        say(TrainingCompute::label(recorded) + " (" + as + ")");
        return recorded;
    }
    say(h.name + " has no " + TrainingCompute::label(recorded) + " figure (" + as + ")");
    return std::nullopt;
}

std::vector<std::string> PublishedModelJob::assumptionsFor(const ModelJob& job, const EstimateInput& now)
{
    const EstimateInput& was = job.input;
    std::vector<std::string> out;
    for (const std::string& a : job.assumptions) {
        auto is = [&](const char* prefix) { return a.rfind(prefix, 0) == 0; };
        const bool changed =
            (is("place:") && !(now.location == was.location)) || (is("year of the run:") && now.year != was.year)
            || ((is("devices:") || is("hours:")) && (now.count != was.count || now.hours != was.hours))
            || (is("MFU:") && (now.mfu || now.hours > 0)) || (is("precision:") && now.precision != was.precision)
            || (is("training compute:") && now.computeBased())
            || (is("inputs:") && now.hardware != was.hardware && now.hours != was.hours);
        if (!changed)
            out.push_back(a);
    }
    return out;
}

ModelJob PublishedModelJob::of(const Catalog& catalog, const PublishedModel& model)
{
    return whatIf(catalog, model, {});
}

ModelJob PublishedModelJob::whatIf(const Catalog& catalog, const PublishedModel& model, const WhatIfChanges& changes)
{
    ModelJob job = recorded(catalog, model);
    const WhatIfEdit edit = WhatIf::apply(job.input, changes);
    job.input = edit.input;
    // Epoch's training time without a device count: a count given completes the hours.
    if (changes.count && !changes.hours && job.input.hours <= 0 && model.trainingHours && !job.input.computeBased())
        job.input.hours = *model.trainingHours;
    job.notes = edit.notes;
    // A given value replaces an assumption: its line goes.
    auto drop = [&](const std::string& prefix) {
        std::erase_if(job.assumptions, [&](const std::string& a) { return a.rfind(prefix, 0) == 0; });
    };
    if (changes.location)
        drop("place:");
    if (changes.year)
        drop("year of the run:");
    if (changes.count)
        drop("devices:");
    if (changes.mfu || changes.hours)
        drop("MFU:");
    if (changes.hours)
        drop("hours:");
    if (job.work != ModelJob::Work::Compute && job.input.hours <= 0 && job.input.computeBased()) {
        job.work = ModelJob::Work::Compute;  // other hardware: the hours follow from the compute
        if (!job.input.mfu)
            job.assumptions.emplace_back("MFU: the default (the median of published runs) is used");
    } else if (job.input.hours > 0) {
        job.work = ModelJob::Work::Hours;
    }
    checkMissing(catalog, job, changes.precision.has_value());
    return job;
}

}  // namespace mlcarbon
