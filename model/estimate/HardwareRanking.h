#pragma once
#include "Calculator.h"
#include "EmbodiedChoice.h"
#include "Estimate.h"

#include <optional>
#include <string>
#include <vector>

namespace mlcarbon {

// One row of the cleaner-hardware comparison: the same training compute on that accelerator.
struct RankedHardware {
    const Hardware* hardware = nullptr;
    double peakFlops = 0;    // at the reference's precision
    double deviceHours = 0;  // FLOP / (peak x MFU) / 3600
    double hours = 0;        // wall-clock, on the reference's device count
    double powerW = 0;       // TDP x utilisation
    double energyKwh = 0;
    double emissionsKg = 0;
    double savingKg = 0;              // reference - this row (positive = cleaner)
    std::optional<double> savingPct;  // empty when the reference emits nothing
    bool chosen = false;              // the reference device itself
    // A newer device trades more embodied emissions for less energy: its figure per device and the
    // job's share (EmbodiedChoice), apart from the emissions; empty when the device has no figure.
    std::optional<double> embodiedPerDeviceKg;
    std::optional<double> embodiedKg;
};

// Which accelerators a comparison takes. Empty fields take all.
struct HardwareFilter {
    enum class Kind { Any, Gpu, Tpu, Other };  // Other: NPUs and the rest
    Kind kind = Kind::Any;
    std::string vendor;                 // case-insensitive, whole name ("NVIDIA", "AMD", "Google")
    std::optional<int> releasedSince;   // a device without a release year is left out
    std::optional<double> minMemoryGb;  // a device without a memory figure is left out

    bool accepts(const Hardware& h) const;
    // "GPU, NVIDIA, released 2020 or later, at least 40 GB": what the filter keeps, for headers.
    std::string text() const;
    // gpu, tpu, other (case-insensitive); empty when the text is none of them.
    static std::optional<Kind> kindOf(std::string_view text);
};

// The same work (the reference estimate's training compute) on every accelerator with a peak
// FLOP/s figure at the reference's precision, at the reference's place and year, sorted by
// emissions ascending, with the saving against the reference's device. Every row is the
// reference moved to that device by WhatIf::withHardware (a measured power and given hours
// dropped), at the MFU the reference used (given, implied or the default), so the one
// assumption is the same MFU on every device, and power = TDP x utilisation.
class HardwareRanking {
public:
    // Throws InputError when the reference is not compute-based.
    static std::vector<RankedHardware> rank(const Calculator& calculator, const Estimate& reference,
                                            const HardwareFilter& filter = {});
    // The assumption in one sentence, for headers.
    static std::string assumption(const Estimate& reference);
};

}  // namespace mlcarbon
