#include "TextMatch.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace mlcarbon {

std::string TextMatch::lower(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string TextMatch::key(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            out += c;
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c == '+')
            out += "plus";
    }
    return out;
}

std::string TextMatch::keyWithoutVendor(std::string_view text)
{
    static const std::array<std::string_view, 11> vendorWords = {
        "nvidia", "geforce", "tesla", "amd", "radeon", "intel", "google", "habana", "ati", "huawei", "the"};
    std::string out;
    std::string word;
    auto flush = [&] {
        std::string k = key(word);
        if (std::find(vendorWords.begin(), vendorWords.end(), k) == vendorWords.end())
            out += k;
        word.clear();
    };
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        bool wordChar = u >= 0x80 || std::isalnum(u) || c == '+';
        if (wordChar)
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

int TextMatch::rank(std::string_view searchKey, std::string_view nameKey)
{
    if (searchKey.empty())
        return -1;
    if (nameKey == searchKey)
        return 0;
    if (nameKey.substr(0, searchKey.size()) == searchKey)
        return 1;
    if (nameKey.find(searchKey) != std::string_view::npos)
        return 2;
    return -1;
}

std::size_t TextMatch::editDistance(std::string_view a, std::string_view b)
{
    // Two-row Levenshtein distance.
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

}  // namespace mlcarbon
