#include "HardwareLookup.h"

#include "InputError.h"
#include "TextMatch.h"

#include <algorithm>
#include <set>

namespace mlcarbon {

HardwareLookup::HardwareLookup(const Catalog& catalog)
    : m_catalog(catalog)
{
    const auto& hw = catalog.hardware();
    m_keys.reserve(hw.size());
    m_vendorlessKeys.reserve(hw.size());
    for (std::size_t i = 0; i < hw.size(); ++i) {
        m_keys.push_back(TextMatch::key(hw[i].name));
        m_vendorlessKeys.push_back(TextMatch::keyWithoutVendor(hw[i].name));
        m_byKey[m_keys.back()].push_back(i);
        if (m_vendorlessKeys.back() != m_keys.back())
            m_byKey[m_vendorlessKeys.back()].push_back(i);
    }
}

HardwareLookup::Result HardwareLookup::find(const std::string& query) const
{
    Result result;
    const auto& hw = m_catalog.hardware();
    if (const Hardware* h = m_catalog.hardwareById(TextMatch::lower(query))) {
        result.found = h;
        return result;
    }
    const std::string key = TextMatch::key(query);
    const std::string vendorless = TextMatch::keyWithoutVendor(query);
    if (key.empty())
        return result;

    std::set<std::size_t> exact;
    for (const std::string& k : {key, vendorless}) {
        if (auto it = m_byKey.find(k); it != m_byKey.end())
            exact.insert(it->second.begin(), it->second.end());
    }
    std::vector<std::size_t> matches(exact.begin(), exact.end());
    if (matches.size() == 1) {
        result.found = &hw[matches.front()];
        return result;
    }
    // No exact name: names that contain the query are candidates, never an answer, even when
    // there is only one ("Trainium" is not "Amazon Trainium2", "TPU v5" is not "TPU v5e").
    if (matches.empty()) {
        for (std::size_t i = 0; i < hw.size(); ++i) {
            if (m_keys[i].find(vendorless.empty() ? key : vendorless) != std::string::npos)
                matches.push_back(i);
        }
    }
    // Shorter names first: "H100 PCIe" before "H100 PCIe 80 GB (DGX ...)".
    auto byLength = [&](std::size_t a, std::size_t b) {
        return std::pair(m_keys[a].size(), hw[a].name) < std::pair(m_keys[b].size(), hw[b].name);
    };
    if (!matches.empty()) {
        std::sort(matches.begin(), matches.end(), byLength);
        for (std::size_t i : matches)
            result.candidates.push_back(&hw[i]);
        return result;
    }
    std::vector<std::pair<std::size_t, std::size_t>> scored;  // (distance, index)
    scored.reserve(hw.size());
    for (std::size_t i = 0; i < hw.size(); ++i)
        scored.emplace_back(TextMatch::editDistance(vendorless.empty() ? key : vendorless, m_vendorlessKeys[i]), i);
    const std::size_t top = std::min<std::size_t>(5, scored.size());
    std::partial_sort(scored.begin(), std::next(scored.begin(), static_cast<std::ptrdiff_t>(top)), scored.end());
    for (std::size_t i = 0; i < top; ++i)
        result.suggestions.push_back(&hw[scored[i].second]);
    return result;
}

static std::string nameList(const std::vector<const Hardware*>& items, std::size_t max)
{
    std::string out;
    for (std::size_t i = 0; i < std::min(max, items.size()); ++i)
        out += (i ? "; " : "") + items[i]->name + " [" + items[i]->id + "]";
    if (items.size() > max)
        out += "; and " + std::to_string(items.size() - max) + " more";
    return out;
}

const Hardware& HardwareLookup::resolve(const std::string& query, const std::string& field) const
{
    Result r = find(query);
    if (r.found)
        return *r.found;
    if (r.candidates.size() == 1)
        throw InputError(field, query, "did you mean: " + nameList(r.candidates, 1) + "? Give the full name or the id",
                         "is ambiguous (only part of a name)");
    if (!r.candidates.empty())
        throw InputError(field, query,
                         "it matches " + std::to_string(r.candidates.size())
                             + " devices; give one of: " + nameList(r.candidates, 8),
                         "is ambiguous");
    if (!r.suggestions.empty())
        throw InputError(field, query,
                         "closest names: " + nameList(r.suggestions, 5)
                             + " (see: mlcarbon-cli list hardware --search TEXT)",
                         "is not in the hardware database");
    throw InputError(field, query, "a hardware name or id from the database is required");
}

std::vector<const Hardware*> HardwareLookup::search(const std::string& text) const
{
    const auto& hw = m_catalog.hardware();
    std::vector<const Hardware*> out;
    const std::string key = TextMatch::key(text);
    if (key.empty()) {
        for (const auto& h : hw)
            out.push_back(&h);
        return out;
    }
    std::vector<std::pair<int, std::size_t>> ranked;
    for (std::size_t i = 0; i < hw.size(); ++i) {
        int best = -1;
        for (int r : {TextMatch::rank(key, m_keys[i]), TextMatch::rank(key, m_vendorlessKeys[i]),
                      TextMatch::rank(key, TextMatch::key(hw[i].id))}) {
            if (r >= 0 && (best < 0 || r < best))
                best = r;
        }
        if (best >= 0)
            ranked.emplace_back(best, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [rank, i] : ranked)
        out.push_back(&hw[i]);
    return out;
}

}  // namespace mlcarbon
