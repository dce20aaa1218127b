#pragma once
#include "Kinds.h"

#include <string>

namespace mlcarbon {

// The rules that turn training compute into device time. Stated once here: the calculator
// applies them and the method texts quote text().
//  - Dense training takes about 6 FLOP per parameter per token (forward 2, backward 4):
//    C = 6 N D (Kaplan et al. 2020, "Scaling Laws for Neural Language Models", sec. 2.1;
//    Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models", sec. 3). For a
//    mixture-of-experts model N is the parameters active per token.
//  - Device-hours = C / (peak FLOP/s at the precision x MFU) / 3600.
//  - Given both the compute and the hours, the MFU they imply is C / (peak x device-hours x 3600);
//    below kMinPlausibleMfu or above 1 it is flagged as implausible.
struct TrainingCompute {
    static constexpr double kFlopPerParamToken = 6;
    static constexpr double kMinPlausibleMfu = 0.05;

    static double flopOf(double params, double tokens) { return kFlopPerParamToken * params * tokens; }
    static double deviceHours(double flop, double peakFlops, double mfu) { return flop / (peakFlops * mfu) / 3600.0; }
    static double impliedMfu(double flop, double peakFlops, double deviceHours)
    {
        return flop / (peakFlops * deviceHours * 3600.0);
    }
    static bool plausible(double mfu) { return mfu >= kMinPlausibleMfu && mfu <= 1.0; }

    // "BF16/FP16 tensor", "FP8", "FP16", "FP32".
    static std::string label(Precision p);
    // The rules in one paragraph, for the method texts.
    static std::string text();
};

}  // namespace mlcarbon
