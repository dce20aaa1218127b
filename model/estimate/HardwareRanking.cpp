#include "HardwareRanking.h"

#include "InputError.h"
#include "NumberFormat.h"
#include "TextMatch.h"
#include "TrainingCompute.h"
#include "WhatIf.h"

#include <algorithm>
#include <tuple>

namespace mlcarbon {

bool HardwareFilter::accepts(const Hardware& h) const
{
    if (h.kind == HardwareKind::Cpu)
        return false;
    switch (kind) {
    case Kind::Any: break;
    case Kind::Gpu:
        if (h.kind != HardwareKind::Gpu)
            return false;
        break;
    case Kind::Tpu:
        if (h.kind != HardwareKind::Tpu)
            return false;
        break;
    case Kind::Other:
        if (h.kind == HardwareKind::Gpu || h.kind == HardwareKind::Tpu)
            return false;
        break;
    }
    if (!vendor.empty() && TextMatch::lower(h.vendor) != TextMatch::lower(vendor))
        return false;
    if (releasedSince && (!h.year || *h.year < *releasedSince))
        return false;
    if (minMemoryGb && (!h.memoryGb || *h.memoryGb < *minMemoryGb))
        return false;
    return true;
}

std::optional<HardwareFilter::Kind> HardwareFilter::kindOf(std::string_view text)
{
    const std::string t = TextMatch::lower(std::string(text));
    if (t == "gpu")
        return Kind::Gpu;
    if (t == "tpu")
        return Kind::Tpu;
    if (t == "other")
        return Kind::Other;
    return std::nullopt;
}

std::string HardwareFilter::text() const
{
    std::vector<std::string> parts;
    switch (kind) {
    case Kind::Any: parts.emplace_back("accelerators"); break;
    case Kind::Gpu: parts.emplace_back("GPUs"); break;
    case Kind::Tpu: parts.emplace_back("TPUs"); break;
    case Kind::Other: parts.emplace_back("accelerators other than GPUs and TPUs"); break;
    }
    if (!vendor.empty())
        parts.back().append(" by " + vendor);
    if (releasedSince)
        parts.push_back("released " + std::to_string(*releasedSince) + " or later");
    if (minMemoryGb)
        parts.push_back("with at least " + NumberFormat::significant(*minMemoryGb) + " GB");
    if (parts.size() == 1 && kind == Kind::Any)
        return "every accelerator";
    std::string s;
    for (const std::string& p : parts)
        s.append(s.empty() ? "" : ", ").append(p);
    return s;
}

std::vector<RankedHardware> HardwareRanking::rank(const Calculator& calculator, const Estimate& reference,
                                                  const HardwareFilter& filter)
{
    if (!reference.compute.used)
        throw InputError("flop", "",
                         "training compute (--flop, or --params and --tokens): cleaner hardware compares the same "
                         "work, and hours on one device are not the work on another");
    if (reference.compute.mfuImplied && reference.compute.mfu > 1)
        throw InputError("hours", NumberFormat::significant(reference.hours),
                         "hours that with the compute imply an MFU of at most 1 (they imply "
                             + NumberFormat::significant(reference.compute.mfu)
                             + "): the same MFU cannot apply to "
                               "other devices");
    const Precision precision = reference.compute.precision;
    std::vector<RankedHardware> rows;
    for (const Hardware& h : calculator.catalog().hardware()) {
        const bool chosen = h.id == reference.hardware.id;
        if (!h.peak(precision) || (!chosen && !filter.accepts(h)))
            continue;
        RankedHardware row;
        row.hardware = &h;
        row.chosen = chosen;
        row.peakFlops = *h.peak(precision);
        std::optional<Estimate> moved;
        if (!chosen) {
            EstimateInput in = WhatIf::withHardware(reference.input, h.id).input;
            in.hours = 0;  // the hours follow from the compute on this device
            in.mfu = reference.compute.mfuGiven || reference.compute.mfuImplied
                         ? std::optional<double>(reference.compute.mfu)
                         : std::nullopt;  // the default MFU and its range, as for the reference
            moved = calculator.estimate(in, h);
        }
        const Estimate& e = chosen ? reference : *moved;
        row.deviceHours = chosen ? reference.count * reference.hours : e.compute.deviceHours;
        row.hours = e.hours;
        row.powerW = e.powerW;
        row.energyKwh = e.energyKwh;
        row.emissionsKg = e.emissionsKg;
        row.savingKg = reference.emissionsKg - row.emissionsKg;
        // The estimate has the device's figure when embodied is on; look it up only when it is off.
        if (const EmbodiedFigure figure = e.embodied ? e.embodied->figure : EmbodiedChoice::of(calculator.catalog(), h);
            figure.known())
            row.embodiedPerDeviceKg = figure.perDeviceKg;
        if (e.embodied && e.embodied->figure.known())
            row.embodiedKg = e.embodied->kg;
        if (reference.emissionsKg > 0)
            row.savingPct = 100.0 * row.savingKg / reference.emissionsKg;
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), [](const RankedHardware& a, const RankedHardware& b) {
        if (a.emissionsKg != b.emissionsKg)
            return a.emissionsKg < b.emissionsKg;
        return a.hardware->id < b.hardware->id;
    });
    return rows;
}

std::string HardwareRanking::assumption(const Estimate& r)
{
    const ComputeWork& w = r.compute;
    std::string mfu = NumberFormat::significant(w.mfu);
    mfu += w.mfuImplied ? " (implied on " + r.hardware.name + ")" : w.mfuGiven ? " (given)" : " (published median)";
    return "The same training compute (" + NumberFormat::large(w.flop)
           + " FLOP) on every accelerator with a peak "
             "figure at "
           + TrainingCompute::label(w.precision) + ": the same MFU " + mfu
           + " on every device, power = TDP x utilisation, " + NumberFormat::integer(r.count)
           + (r.count == 1 ? " device" : " devices") + ", at the chosen place"
           + (r.input.year ? " and year " + std::to_string(*r.input.year) : "") + ".";
}

}  // namespace mlcarbon
