#include "Catalog.h"

#include "DataError.h"

#include <set>

namespace mlcarbon {

template <typename T, typename KeyFn>
void Catalog::merge(std::vector<T>& items, std::unordered_map<std::string, std::size_t>& index,
                    const std::vector<T>& incoming, KeyFn key)
{
    for (const T& item : incoming) {
        auto [it, inserted] = index.emplace(key(item), items.size());
        if (inserted)
            items.push_back(item);
        else
            items[it->second] = item;
    }
}

void Catalog::add(const DatabaseFile& file)
{
    // Cross-file checks before anything changes.
    std::set<std::string> newProviders;
    for (const auto& p : file.providers)
        newProviders.insert(p.id);
    for (std::size_t i = 0; i < file.regions.size(); ++i) {
        const auto& r = file.regions[i];
        if (!m_providerIndex.count(r.provider) && !newProviders.count(r.provider))
            throw DataError(file.path, "entry " + std::to_string(i + 1) + " ('" + r.key() + "')",
                            "provider: '" + r.provider + "' is not in the providers database");
    }
    for (std::size_t i = 0; i < file.publishedRuns.size(); ++i) {
        const auto& p = file.publishedRuns[i];
        if (!hardwareById(p.hardware))
            throw DataError(file.path, "entry " + std::to_string(i + 1) + " ('" + p.id + "')",
                            "hardware: '" + p.hardware + "' is not in the hardware database");
    }
    for (std::size_t i = 0; i < file.publishedModels.size(); ++i) {
        const auto& m = file.publishedModels[i];
        if (!m.hardware.empty() && !hardwareById(m.hardware))
            throw DataError(file.path, "entry " + std::to_string(i + 1) + " ('" + m.id + "')",
                            "hardware: '" + m.hardware + "' is not in the hardware database");
    }
    if (file.kind == DatabaseFile::Kind::Accelerators || file.kind == DatabaseFile::Kind::Cpus) {
        // An id may replace an entry of its own kind only: a CPU override must not shadow a GPU.
        for (std::size_t i = 0; i < file.hardware.size(); ++i) {
            const auto& h = file.hardware[i];
            if (const Hardware* old = hardwareById(h.id);
                old && ((old->kind == HardwareKind::Cpu) != (h.kind == HardwareKind::Cpu)))
                throw DataError(file.path, "entry " + std::to_string(i + 1) + " ('" + h.id + "')",
                                "id: '" + h.id + "' is already used by " + old->name + " ("
                                    + std::string(Kinds::key(old->kind)) + ")");
        }
    }

    // A provider keeps its kind: turning the on-premise provider into a cloud one would leave own
    // hardware without its default PUE (found by the database fuzzer).
    for (std::size_t i = 0; i < file.providers.size(); ++i) {
        const auto& p = file.providers[i];
        if (const Provider* old = provider(p.id); old && old->kind != p.kind)
            throw DataError(file.path, "entry " + std::to_string(i + 1) + " ('" + p.id + "')",
                            "kind: '" + std::string(Kinds::key(p.kind)) + "' would change " + old->name + " from '"
                                + std::string(Kinds::key(old->kind))
                                + "'; a provider keeps its kind (add a provider with a new id instead)");
    }

    merge(m_hardware, m_hardwareIndex, file.hardware, [](const Hardware& h) { return h.id; });
    merge(m_regions, m_regionIndex, file.regions, [](const CloudRegion& r) { return r.key(); });
    merge(m_zones, m_zoneIndex, file.zones, [](const GridZone& z) { return z.code; });
    merge(m_providers, m_providerIndex, file.providers, [](const Provider& p) { return p.id; });
    merge(m_references, m_referenceIndex, file.references, [](const ReferenceValue& v) { return v.id; });
    merge(m_sources, m_sourceIndex, file.sources, [](const SourceInfo& s) { return s.id; });
    merge(m_publishedRuns, m_publishedRunIndex, file.publishedRuns, [](const PublishedRun& p) { return p.id; });
    merge(m_publishedModels, m_publishedModelIndex, file.publishedModels, [](const PublishedModel& m) { return m.id; });
    m_files.push_back(file.path);
}

void Catalog::checkComplete() const
{
    std::string files;
    for (const auto& f : m_files)
        files += (files.empty() ? "" : ", ") + f;
    if (files.empty())
        files = "(no database files)";
    bool onPrem = false;
    for (const auto& p : m_providers)
        onPrem = onPrem || p.kind == ProviderKind::OnPremise;
    if (!onPrem)
        throw DataError(files, "", "no provider of kind on_premise (the default PUE for own hardware)");
    if (!reference("memory_w_per_gb"))
        throw DataError(files, "", "no reference value 'memory_w_per_gb'");
    if (m_hardware.empty())
        throw DataError(files, "", "no hardware entries");
    for (const auto& r : m_regions) {
        if (!provider(r.provider))
            throw DataError(r.file, "'" + r.key() + "'",
                            "provider: '" + r.provider + "' is not in the providers database");
    }
}

const Hardware* Catalog::hardwareById(const std::string& id) const
{
    auto it = m_hardwareIndex.find(id);
    return it == m_hardwareIndex.end() ? nullptr : &m_hardware[it->second];
}

const CloudRegion* Catalog::region(const std::string& provider, const std::string& region) const
{
    auto it = m_regionIndex.find(provider + "/" + region);
    return it == m_regionIndex.end() ? nullptr : &m_regions[it->second];
}

const GridZone* Catalog::zone(const std::string& code) const
{
    auto it = m_zoneIndex.find(code);
    return it == m_zoneIndex.end() ? nullptr : &m_zones[it->second];
}

const Provider* Catalog::provider(const std::string& id) const
{
    auto it = m_providerIndex.find(id);
    return it == m_providerIndex.end() ? nullptr : &m_providers[it->second];
}

const PublishedModel* Catalog::publishedModel(const std::string& id) const
{
    auto it = m_publishedModelIndex.find(id);
    return it == m_publishedModelIndex.end() ? nullptr : &m_publishedModels[it->second];
}

const PublishedRun* Catalog::publishedRun(const std::string& id) const
{
    auto it = m_publishedRunIndex.find(id);
    return it == m_publishedRunIndex.end() ? nullptr : &m_publishedRuns[it->second];
}

const Provider& Catalog::onPremise() const
{
    for (const auto& p : m_providers) {
        if (p.kind == ProviderKind::OnPremise)
            return p;
    }
    throw DataError("providers", "", "no provider of kind on_premise");
}

const SourceInfo* Catalog::source(const std::string& id) const
{
    auto it = m_sourceIndex.find(id);
    return it == m_sourceIndex.end() ? nullptr : &m_sources[it->second];
}

std::optional<ReferenceValue> Catalog::reference(const std::string& id) const
{
    auto it = m_referenceIndex.find(id);
    if (it == m_referenceIndex.end())
        return std::nullopt;
    return m_references[it->second];
}

std::vector<const CloudRegion*> Catalog::regionsOf(const std::string& provider) const
{
    std::vector<const CloudRegion*> out;
    for (const auto& r : m_regions) {
        if (r.provider == provider)
            out.push_back(&r);
    }
    return out;
}

}  // namespace mlcarbon
