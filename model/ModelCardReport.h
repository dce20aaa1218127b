#pragma once
#include "Estimate.h"

#include <string>

namespace mlcarbon {

// The co2_eq_emissions block of a Hugging Face model card's YAML metadata:
// emissions in grams, source, training_type, geographical_location, hardware_used.
class ModelCardReport {
public:
    static std::string metadata(const Estimate& e, const std::string& trainingType = "pre-training");
    // A YAML double-quoted scalar.
    static std::string quote(const std::string& text);
};

}  // namespace mlcarbon
