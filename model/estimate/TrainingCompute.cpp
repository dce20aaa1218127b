#include "TrainingCompute.h"

namespace mlcarbon {

std::string TrainingCompute::label(Precision p)
{
    switch (p) {
    case Precision::Bf16: return "BF16/FP16 tensor";
    case Precision::Fp8: return "FP8";
    case Precision::Fp16: return "FP16";
    case Precision::Fp32: return "FP32";
    }
    return {};
}

std::string TrainingCompute::text()
{
    return "From training compute: dense training takes about 6 FLOP per parameter per token, so C = 6 N D (Kaplan "
           "et al. 2020; Hoffmann et al. 2022; for a mixture of experts, N is the active parameters). Device-hours "
           "= C / (peak FLOP/s of the device at the chosen precision x model FLOP utilisation) / 3600; the peak "
           "figures are Epoch AI's dense figures, and a device with none at that precision is not estimated from "
           "another one. Without a stated MFU the median of the published runs that report one is used, and their "
           "quartiles bound the range. Given both the compute and the hours, the MFU they imply is shown, and one "
           "below 0.05 or above 1 is flagged as implausible.";
}

}  // namespace mlcarbon
