#include "CatalogSearch.h"

#include "InputError.h"
#include "TextMatch.h"

#include <algorithm>
#include <initializer_list>
#include <sstream>

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

namespace {

// The words of a search, each as a key: a record matches when every word is in its fields.
std::vector<std::string> searchWords(const std::string& text)
{
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) {
        if (std::string k = TextMatch::key(w); !k.empty())
            words.push_back(k);
    }
    return words;
}

bool allWordsIn(const std::vector<std::string>& words, const std::string& fields)
{
    return std::all_of(words.begin(), words.end(),
                       [&](const std::string& w) { return fields.find(w) != std::string::npos; });
}

}  // namespace

std::vector<const PublishedModel*> CatalogSearch::models(const Catalog& catalog, const std::string& text)
{
    const std::vector<std::string> words = searchWords(text);
    const std::string whole = TextMatch::key(text);
    std::vector<std::pair<int, const PublishedModel*>> ranked;
    for (const auto& m : catalog.publishedModels()) {
        const std::string name = TextMatch::key(m.name);
        const std::string fields = name + " " + TextMatch::key(m.organization) + " " + TextMatch::key(m.id) + " "
                                   + TextMatch::key(m.domain) + " " + std::to_string(m.year);
        if (!allWordsIn(words, fields))
            continue;
        int rank = 2;
        if (whole.empty() || name == whole || TextMatch::key(m.id) == whole)
            rank = 0;
        else if (name.rfind(whole, 0) == 0)
            rank = 1;
        ranked.emplace_back(rank, &m);
    }
    return ordered(ranked);
}

std::vector<const PublishedRun*> CatalogSearch::runs(const Catalog& catalog, const std::string& text)
{
    const std::vector<std::string> words = searchWords(text);
    std::vector<const PublishedRun*> out;
    for (const auto& r : catalog.publishedRuns()) {
        const std::string fields = TextMatch::key(r.name) + " " + TextMatch::key(r.id) + " " + TextMatch::key(r.source)
                                   + " " + std::to_string(r.runYear.value_or(0));
        if (allWordsIn(words, fields))
            out.push_back(&r);
    }
    return out;
}

const PublishedModel& CatalogSearch::model(const Catalog& catalog, const std::string& idOrName,
                                           const std::string& field)
{
    if (const PublishedModel* m = catalog.publishedModel(idOrName))
        return *m;
    const std::string key = TextMatch::key(idOrName);
    std::vector<const PublishedModel*> same;
    for (const auto& m : catalog.publishedModels()) {
        if (!key.empty() && (TextMatch::key(m.name) == key || TextMatch::key(m.id) == key))
            same.push_back(&m);
    }
    auto list = [](const std::vector<const PublishedModel*>& models, std::size_t most) {
        std::string out;
        for (std::size_t i = 0; i < models.size() && i < most; ++i)
            out +=
                (i ? "; " : "") + models[i]->id + " (" + models[i]->name + ", " + std::to_string(models[i]->year) + ")";
        if (models.size() > most)
            out += "; and " + std::to_string(models.size() - most) + " more";
        return out;
    };
    if (same.size() == 1)
        return *same.front();
    if (same.size() > 1)
        throw InputError(field, idOrName, "one id of: " + list(same, same.size()), "is the name of several models");
    const auto near = models(catalog, idOrName);
    throw InputError(field, idOrName,
                     near.empty()
                         ? std::string("a published model's id or name (see: mlcarbon-cli list models --search "
                                       "TEXT)")
                         : "a whole name or id; models that contain it: " + list(near, 8),
                     "is not a published model");
}

}  // namespace mlcarbon
