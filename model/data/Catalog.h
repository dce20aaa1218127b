#pragma once
#include "DatabaseFile.h"
#include "Records.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mlcarbon {

// All databases merged: the bundled files first, then user overrides that add or replace
// entries by id. Lookups by id are hash lookups; every record remembers its file.
class Catalog {
public:
    // Adds a file's entries; entries whose id exists replace the old one. Checks references
    // across files first (a region's provider must exist) and changes nothing if one fails.
    void add(const DatabaseFile& file);
    // Checks the merged catalog is usable (every region's provider exists, an on-premise
    // default exists, the memory power constant exists); throws DataError.
    void checkComplete() const;

    const std::vector<Hardware>& hardware() const { return m_hardware; }
    const std::vector<CloudRegion>& regions() const { return m_regions; }
    const std::vector<GridZone>& zones() const { return m_zones; }
    const std::vector<Provider>& providers() const { return m_providers; }
    const std::vector<PublishedRun>& publishedRuns() const { return m_publishedRuns; }
    const PublishedRun* publishedRun(const std::string& id) const;
    const std::vector<PublishedModel>& publishedModels() const { return m_publishedModels; }
    const PublishedModel* publishedModel(const std::string& id) const;
    const std::vector<SourceInfo>& sources() const { return m_sources; }
    const std::vector<std::string>& files() const { return m_files; }

    const Hardware* hardwareById(const std::string& id) const;
    const CloudRegion* region(const std::string& provider, const std::string& region) const;
    const GridZone* zone(const std::string& code) const;
    const Provider* provider(const std::string& id) const;
    const Provider& onPremise() const;
    const SourceInfo* source(const std::string& id) const;
    std::optional<ReferenceValue> reference(const std::string& id) const;
    // Regions of one provider, in file order.
    std::vector<const CloudRegion*> regionsOf(const std::string& provider) const;

private:
    template <typename T, typename KeyFn>
    static void merge(std::vector<T>& items, std::unordered_map<std::string, std::size_t>& index,
                      const std::vector<T>& incoming, KeyFn key);

    std::vector<Hardware> m_hardware;
    std::vector<CloudRegion> m_regions;
    std::vector<GridZone> m_zones;
    std::vector<Provider> m_providers;
    std::vector<ReferenceValue> m_references;
    std::vector<PublishedRun> m_publishedRuns;
    std::unordered_map<std::string, std::size_t> m_publishedRunIndex;
    std::vector<PublishedModel> m_publishedModels;
    std::unordered_map<std::string, std::size_t> m_publishedModelIndex;
    std::vector<SourceInfo> m_sources;
    std::vector<std::string> m_files;
    std::unordered_map<std::string, std::size_t> m_hardwareIndex;
    std::unordered_map<std::string, std::size_t> m_regionIndex;
    std::unordered_map<std::string, std::size_t> m_zoneIndex;
    std::unordered_map<std::string, std::size_t> m_providerIndex;
    std::unordered_map<std::string, std::size_t> m_referenceIndex;
    std::unordered_map<std::string, std::size_t> m_sourceIndex;
};

}  // namespace mlcarbon
