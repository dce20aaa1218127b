#pragma once
#include <cstddef>
#include <string_view>

namespace mlcarbon {

// How deeply arrays and objects nest in a JSON text, found by one scan before parsing. The parser
// itself copes with any depth, but copying or printing a parsed value recurses once per level: a
// file nested 100,000 deep overflowed the stack (found by the fuzz regression suite). Readers refuse
// texts deeper than kMaxDepth, which no real database or project file comes near (they nest 4 deep).
class JsonNesting {
public:
    static constexpr std::size_t kMaxDepth = 64;

    // The deepest nesting outside strings; stops counting at kMaxDepth + 1.
    static std::size_t depth(std::string_view text);
    static bool tooDeep(std::string_view text) { return depth(text) > kMaxDepth; }
};

}  // namespace mlcarbon
