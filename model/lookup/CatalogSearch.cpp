#include "CatalogSearch.h"

#include "TextMatch.h"

#include <algorithm>
#include <initializer_list>

namespace mlcarbon {

namespace {

// Best rank of the search among the fields; -1 when none matches. An empty search matches all.
int bestRank(const std::string& key, std::initializer_list<std::string_view> fields)
{
    if (key.empty())
        return 0;
    int best = -1;
    for (std::string_view f : fields) {
        int r = TextMatch::rank(key, TextMatch::key(f));
        if (r >= 0 && (best < 0 || r < best))
            best = r;
    }
    return best;
}

template <typename T> std::vector<const T*> ordered(std::vector<std::pair<int, const T*>>& ranked)
{
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const T*> out;
    out.reserve(ranked.size());
    for (const auto& [rank, item] : ranked)
        out.push_back(item);
    return out;
}

}  // namespace

std::vector<const CloudRegion*> CatalogSearch::regions(const Catalog& catalog, const std::string& text,
                                                       const std::string& provider)
{
    const std::string key = TextMatch::key(text);
    const std::string providerKey = TextMatch::key(provider);
    std::vector<std::pair<int, const CloudRegion*>> ranked;
    for (const auto& r : catalog.regions()) {
        if (!providerKey.empty()) {
            const Provider* p = catalog.provider(r.provider);
            if (TextMatch::key(r.provider) != providerKey && !(p && TextMatch::key(p->name) == providerKey))
                continue;
        }
        int rank = bestRank(key, {r.region, r.name, r.city, r.country, r.subdivisionName});
        if (rank >= 0)
            ranked.emplace_back(rank, &r);
    }
    return ordered(ranked);
}

std::vector<const GridZone*> CatalogSearch::zones(const Catalog& catalog, const std::string& text,
                                                  bool includeGridZones)
{
    const std::string key = TextMatch::key(text);
    std::vector<std::pair<int, const GridZone*>> ranked;
    for (const auto& z : catalog.zones()) {
        if (z.type == ZoneType::GridZone && !includeGridZones)
            continue;
        int rank = bestRank(key, {z.code, z.name, z.countryName});
        if (rank >= 0)
            ranked.emplace_back(rank, &z);
    }
    return ordered(ranked);
}

std::vector<const Provider*> CatalogSearch::providers(const Catalog& catalog, const std::string& text)
{
    const std::string key = TextMatch::key(text);
    std::vector<std::pair<int, const Provider*>> ranked;
    for (const auto& p : catalog.providers()) {
        if (p.kind != ProviderKind::Cloud)
            continue;
        int rank = bestRank(key, {p.id, p.name});
        if (rank >= 0)
            ranked.emplace_back(rank, &p);
    }
    return ordered(ranked);
}

}  // namespace mlcarbon
