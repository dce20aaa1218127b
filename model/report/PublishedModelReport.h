#pragma once
#include "Catalog.h"
#include "PublishedModelJob.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace mlcarbon {

// What a published model's estimate rests on: Epoch AI's record (with its credit, CC BY 4.0) and
// every assumption that filled a gap. Beside the estimate in the CLI, the window and the reports.
class PublishedModelReport {
public:
    // "LLaMA-65B (Meta AI), published 2023-02-24": the heading line.
    static std::string title(const PublishedModel& model);
    // Epoch's record as one line: devices, hours, compute, parameters, dataset, confidence.
    static std::string record(const Catalog& catalog, const PublishedModel& model);
    // The credit Epoch AI's licence asks for (the source's attribution), with the snapshot.
    static std::string credit(const Catalog& catalog, const PublishedModel& model);
    static std::string text(const Catalog& catalog, const ModelJob& job);
    static nlohmann::ordered_json json(const Catalog& catalog, const ModelJob& job);
};

}  // namespace mlcarbon
