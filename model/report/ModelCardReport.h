#pragma once
#include "Estimate.h"
#include "Project.h"
#include "ProjectCalculator.h"

#include <string>

namespace mlcarbon {

// The co2_eq_emissions block of a Hugging Face model card's YAML metadata:
// emissions in grams, source, training_type, geographical_location, hardware_used.
class ModelCardReport {
public:
    // `place`: the location as a paper states it, when the estimate's own label ("custom grid
    // intensity") would say less.
    static std::string metadata(const Estimate& e, const std::string& trainingType = "pre-training",
                                const std::string& place = {});
    // A project: the emissions of its training and tuning items (what a model card reports; inference
    // is not part of the model's training footprint), every device used, every place.
    static std::string projectMetadata(const Project& project, const ProjectResult& result,
                                       const std::string& trainingType = "pre-training");
    // A YAML double-quoted scalar.
    static std::string quote(const std::string& text);
};

}  // namespace mlcarbon
