#pragma once
#include "Catalog.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace mlcarbon {

// Finds hardware by id or by name as people type it (TextMatch's case, punctuation and
// vendor-word rules). Built once per catalog: exact lookups are hash lookups; only a query
// that matches nothing exactly scans the names, and what it finds there is a candidate, not
// an answer: part of a name never resolves, even when it is part of one name only.
class HardwareLookup {
public:
    explicit HardwareLookup(const Catalog& catalog);

    struct Result {
        const Hardware* found = nullptr;           // only for an exact id or name
        std::vector<const Hardware*> candidates;   // several exact names, or names containing the query
        std::vector<const Hardware*> suggestions;  // when nothing matches: the closest names
    };

    Result find(const std::string& query) const;
    // Resolves or throws InputError(field, query, what is allowed / candidates / suggestions).
    const Hardware& resolve(const std::string& query, const std::string& field = "hardware") const;
    // Entries whose name, id or vendor matches, best first (exact, prefix, substring).
    std::vector<const Hardware*> search(const std::string& text) const;

private:
    const Catalog& m_catalog;
    std::vector<std::string> m_keys;  // key() of each name
    std::vector<std::string> m_vendorlessKeys;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byKey;
};

}  // namespace mlcarbon
