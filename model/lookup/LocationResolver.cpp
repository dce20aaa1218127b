#include "LocationResolver.h"

#include "InputError.h"
#include "TextMatch.h"

#include <algorithm>
#include <vector>

namespace mlcarbon {

namespace {

// The n names closest to the query by edit distance on their keys.
template <typename T, typename NameFn>
std::string closest(const std::vector<T>& items, const std::string& query, NameFn name, std::size_t n = 5)
{
    const std::string q = TextMatch::key(query);
    std::vector<std::pair<std::size_t, std::string>> scored;
    for (const auto& item : items) {
        std::string s = name(item);
        scored.emplace_back(TextMatch::editDistance(q, TextMatch::key(s)), s);
    }
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(std::min(n, scored.size())),
                      scored.end());
    std::string out;
    for (std::size_t i = 0; i < std::min(n, scored.size()); ++i)
        out += (i ? ", " : "") + scored[i].second;
    return out;
}

std::string upper(std::string s)
{
    for (char& c : s) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    return s;
}

}  // namespace

LocationResolver::LocationResolver(const Catalog& catalog)
    : m_catalog(catalog)
{
}

const Provider& LocationResolver::provider(const std::string& query) const
{
    const std::string q = TextMatch::key(query);
    for (const auto& p : m_catalog.providers()) {
        if (p.kind == ProviderKind::Cloud && (TextMatch::key(p.id) == q || TextMatch::key(p.name) == q))
            return p;
    }
    std::vector<Provider> cloud;
    for (const auto& p : m_catalog.providers()) {
        if (p.kind == ProviderKind::Cloud)
            cloud.push_back(p);
    }
    throw InputError("provider", query,
                     "known providers: "
                         + closest(
                             cloud, query, [](const Provider& p) { return p.id; }, cloud.size())
                         + " (for own hardware use --country or --intensity)",
                     "is not a provider in the database");
}

const CloudRegion& LocationResolver::region(const Provider& provider, const std::string& query) const
{
    const std::string lower = TextMatch::lower(query);
    if (const CloudRegion* r = m_catalog.region(provider.id, lower))
        return *r;
    if (const CloudRegion* r = m_catalog.region(provider.id, query))
        return *r;
    const std::string q = TextMatch::key(query);
    auto regions = m_catalog.regionsOf(provider.id);
    for (const CloudRegion* r : regions) {
        if (TextMatch::key(r->region) == q)
            return *r;
    }
    for (const auto& r : m_catalog.regions()) {
        if (r.provider != provider.id && TextMatch::key(r.region) == q)
            throw InputError("region", query,
                             "regions of " + provider.id + " include: "
                                 + closest(regions, query, [](const CloudRegion* c) { return c->region; }),
                             "is a region of " + r.provider + ", not of " + provider.id);
    }
    throw InputError("region", query,
                     "closest: " + closest(regions, query, [](const CloudRegion* c) { return c->region; })
                         + " (see: mlcarbon-cli list regions --provider " + provider.id + ")",
                     "is not a region of " + provider.id);
}

const GridZone& LocationResolver::zone(const std::string& query) const
{
    if (const GridZone* z = m_catalog.zone(upper(query)))
        return *z;
    if (const GridZone* z = m_catalog.zone(query))
        return *z;
    // A name resolves only when it names one place: "Georgia" is a country (GE) and a US state
    // (US-GA), and neither wins; nor does the last of several subdivisions with one name.
    const std::string q = TextMatch::key(query);
    std::vector<const GridZone*> named;
    for (const auto& z : m_catalog.zones()) {
        if ((TextMatch::key(z.name) == q || (!z.countryName.empty() && TextMatch::key(z.countryName) == q))
            && (z.type == ZoneType::Country || z.type == ZoneType::Subdivision || z.type == ZoneType::World))
            named.push_back(&z);
    }
    if (named.size() == 1)
        return *named.front();
    if (named.size() > 1) {
        std::string places;
        for (const GridZone* z : named) {
            places += (places.empty() ? "" : ", ") + z->code + " (" + z->name + ", " + std::string(Kinds::key(z->type));
            if (z->type == ZoneType::Subdivision && !z->country.empty())
                places += " of " + z->country;
            places += ")";
        }
        throw InputError("country", query, "give one of: " + places, "is ambiguous");
    }
    throw InputError(
        "country", query,
        "give an ISO 3166-1 alpha-2 country code or subdivision code (e.g. FR, US-CA); closest: "
            + closest(m_catalog.zones(), query, [](const GridZone& z) { return z.code + " (" + z.name + ")"; })
            + " (see: mlcarbon-cli list countries)",
        "is not a country or subdivision in the database");
}

}  // namespace mlcarbon
