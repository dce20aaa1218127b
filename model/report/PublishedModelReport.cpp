#include "PublishedModelReport.h"

#include "NumberFormat.h"

#include <nlohmann/json.hpp>

namespace mlcarbon {

namespace {

using NF = NumberFormat;

const char* workKey(ModelJob::Work w)
{
    switch (w) {
    case ModelJob::Work::Hours: return "hours";
    case ModelJob::Work::Compute: return "compute";
    case ModelJob::Work::None: return "none";
    }
    return "none";
}

}  // namespace

std::string PublishedModelReport::title(const PublishedModel& m)
{
    std::string t = m.name;
    if (!m.organization.empty())
        t += " (" + m.organization + ")";
    return t + ", published " + m.publicationDate;
}

std::string PublishedModelReport::record(const Catalog& catalog, const PublishedModel& m)
{
    std::vector<std::string> parts;
    if (!m.hardwareName.empty()) {
        const Hardware* h = m.hardware.empty() ? nullptr : catalog.hardwareById(m.hardware);
        std::string devices = m.hardwareCount ? NF::integer(*m.hardwareCount) + " x " : std::string();
        devices += h ? h->name : m.hardwareName + " (not in the database)";
        parts.push_back(devices);
    }
    if (m.trainingHours)
        parts.push_back(NF::significant(*m.trainingHours) + " h");
    if (m.chipHours)
        parts.push_back(NF::large(*m.chipHours) + " chip-hours");
    if (m.computeFlop)
        parts.push_back(NF::large(*m.computeFlop) + " FLOP");
    if (m.mfu)
        parts.push_back("MFU " + NF::significant(*m.mfu));
    if (m.precision)
        parts.emplace_back(Kinds::key(*m.precision));
    if (m.parameters)
        parts.push_back(NF::large(*m.parameters) + " parameters");
    if (m.datasetSize)
        parts.push_back(NF::large(*m.datasetSize) + " datapoints");
    if (!m.confidence.empty())
        parts.push_back("confidence: " + m.confidence);
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out.empty() ? std::string("no training figures") : out;
}

std::string PublishedModelReport::credit(const Catalog& catalog, const PublishedModel& m)
{
    const SourceInfo* s = catalog.source(m.sourceId);
    if (!s)
        return m.source;
    std::string c = s->attribution.empty() ? s->title : s->attribution;
    if (s->snapshotYear)
        c += " (snapshot " + std::to_string(s->snapshotYear) + ")";
    return c;
}

std::string PublishedModelReport::text(const Catalog& catalog, const ModelJob& job)
{
    const PublishedModel& m = *job.model;
    std::string out = "\nPublished model: " + title(m) + "\n";
    if (!m.reference.empty())
        out += "  Paper:                 " + m.reference + (m.link.empty() ? "" : " <" + m.link + ">") + "\n";
    out += "  Epoch AI's record:     " + record(catalog, m) + "\n";
    out += std::string("  Estimated from:        ")
           + (job.work == ModelJob::Work::Hours     ? "the devices and hours"
              : job.work == ModelJob::Work::Compute ? "the training compute"
                                                    : "what was given")
           + "\n";
    out += "  Source:                " + credit(catalog, m) + "\n";
    return out;
}

nlohmann::ordered_json PublishedModelReport::json(const Catalog& catalog, const ModelJob& job)
{
    const PublishedModel& m = *job.model;
    nlohmann::ordered_json j;
    j["id"] = m.id;
    j["name"] = m.name;
    j["organization"] = m.organization;
    j["publication_date"] = m.publicationDate;
    j["reference"] = m.reference;
    j["link"] = m.link;
    j["record"] = record(catalog, m);
    j["estimated_from"] = workKey(job.work);
    j["assumptions"] = job.assumptions;
    j["source"] = credit(catalog, m);
    return j;
}

}  // namespace mlcarbon
