#include "Bibliography.h"

#include "Version.h"

#include <algorithm>

namespace mlcarbon {

namespace {

struct Record {
    const char* id;
    const char* key;
    const char* type;
    const char* fields;
};

// One record per source family of the databases (see the "sources" tables of the JSON files).
const Record kRecords[] = {
    {"mlcarbon", "mlcarbon", "software",
     "  title = {mlcarbon: energy and carbon footprint of machine-learning compute},\n"
     "  version = {" MLCARBON_VERSION
     "},\n  year = {2026},\n  note = {Location-based estimate; data sources cited separately}"},
    {"epoch", "epoch2026hardware", "misc",
     "  author = {{Epoch AI}},\n  title = {Machine Learning Hardware},\n  year = {2026},\n"
     "  howpublished = {\\url{https://epoch.ai/data}},\n  note = {CC BY 4.0}"},
    {"mlco2", "lacoste2019quantifying", "article",
     "  author = {Lacoste, Alexandre and Luccioni, Alexandra and Schmidt, Victor and Dandres, Thomas},\n"
     "  title = {Quantifying the Carbon Emissions of Machine Learning},\n  journal = {arXiv preprint "
     "arXiv:1910.09700},\n"
     "  year = {2019}"},
    {"ga", "lannelongue2021green", "article",
     "  author = {Lannelongue, Lo{\\\"i}c and Grealey, Jason and Inouye, Michael},\n"
     "  title = {Green Algorithms: Quantifying the Carbon Footprint of Computation},\n  journal = {Advanced "
     "Science},\n"
     "  volume = {8},\n  number = {12},\n  pages = {2100707},\n  year = {2021}"},
    {"gadata", "lannelongue2021green", "article", nullptr},
    {"codecarbon", "codecarbon", "software",
     "  author = {{CodeCarbon contributors}},\n  title = {CodeCarbon},\n  year = {2026},\n"
     "  howpublished = {\\url{https://github.com/mlco2/codecarbon}},\n  note = {MIT License}"},
    {"ccf", "ccf2024", "software",
     "  author = {{Thoughtworks}},\n  title = {Cloud Carbon Footprint},\n  year = {2024},\n"
     "  howpublished = {\\url{https://www.cloudcarbonfootprint.org}},\n  note = {Apache-2.0}"},
    {"em2024", "electricitymaps2025", "misc",
     "  author = {{Electricity Maps}},\n  title = {2024 Yearly Carbon Intensity Data (Version January 27, 2025)},\n"
     "  year = {2025},\n  howpublished = {\\url{https://www.electricitymaps.com}},\n  note = {ODbL}"},
    {"owid", "owid2024energy", "misc",
     "  author = {{Our World in Data}},\n  title = {Energy dataset, based on Ember Yearly Electricity Data and "
     "Energy "
     "Institute Statistical Review},\n  year = {2024},\n  howpublished = "
     "{\\url{https://ourworldindata.org/energy}},\n"
     "  note = {CC BY 4.0}"},
    {"google", "google2025regioncarbon", "misc",
     "  author = {{Google Cloud}},\n  title = {Carbon free energy for Google Cloud regions (region-carbon-info)},\n"
     "  year = {2025},\n  howpublished = {\\url{https://github.com/GoogleCloudPlatform/region-carbon-info}},\n"
     "  note = {Apache-2.0}"},
    {"gsf", "gsf2026realtimecloud", "misc",
     "  author = {{Green Software Foundation}},\n  title = {Real Time Cloud dataset, from AWS, Microsoft and Google "
     "sustainability disclosures},\n  year = {2026}"},
    {"egrid2016", "epa2018egrid", "misc",
     "  author = {{US Environmental Protection Agency}},\n  title = {Emissions \\& Generation Resource Integrated "
     "Database (eGRID) 2016},\n  year = {2018}"},
};

const Record* find(const std::string& id)
{
    for (const Record& r : kRecords) {
        if (id == r.id)
            return &r;
    }
    return nullptr;
}

}  // namespace

BibEntry Bibliography::forSource(const std::string& sourceId)
{
    const Record* r = find(sourceId);
    if (!r)
        return {};
    if (!r->fields) {  // an alias of another record with the same key
        for (const Record& other : kRecords) {
            if (std::string(other.key) == r->key && other.fields)
                return {other.key, other.type, other.fields};
        }
    }
    return {r->key, r->type, r->fields};
}

std::vector<BibEntry> Bibliography::forEstimate(const Estimate& e)
{
    std::vector<BibEntry> out;
    auto add = [&](const std::string& id) {
        BibEntry b = forSource(id);
        if (b.key.empty())
            return;
        if (std::none_of(out.begin(), out.end(), [&](const BibEntry& x) { return x.key == b.key; }))
            out.push_back(b);
    };
    add("mlcarbon");
    if (!e.measuredPower)
        add(e.hardware.sourceId);
    add(e.intensitySource.sourceId);
    if (!e.pueGiven)
        add(e.pueSource.sourceId);  // web pages have no record: their URL is in the sources list
    if (e.hostMemoryGb > 0)
        add("ga");
    return out;
}

std::string Bibliography::bibtex(const std::vector<BibEntry>& entries)
{
    std::string out;
    for (const BibEntry& b : entries)
        out += "@" + b.type + "{" + b.key + ",\n" + b.fields + "\n}\n\n";
    return out;
}

}  // namespace mlcarbon
