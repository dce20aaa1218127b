#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mlcarbon {

// Case- and punctuation-insensitive matching of names typed by people:
// "a100 sxm4 80gb" and "A100 SXM4 80 GB" have the same key.
class TextMatch {
public:
    // Lower-case ASCII letters and digits only; other ASCII is dropped, '+' becomes "plus"
    // (so "9800 GTX+" stays apart from "9800 GTX"), and UTF-8 bytes are kept as they are.
    static std::string key(std::string_view text);
    // Like key(), without vendor and brand words (NVIDIA, GeForce, Tesla, AMD, Radeon, Intel, Google, ...).
    static std::string keyWithoutVendor(std::string_view text);

    // How well a search matches a name: 0 exact, 1 prefix, 2 substring, -1 no match (on keys).
    static int rank(std::string_view searchKey, std::string_view nameKey);

    static std::size_t editDistance(std::string_view a, std::string_view b);
    static std::string lower(std::string_view text);
};

}  // namespace mlcarbon
