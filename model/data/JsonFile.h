#pragma once
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

namespace mlcarbon {

// The opening every mlcarbon JSON file shares (databases and projects): nesting within
// JsonNesting::kMaxDepth, valid JSON, an object at the top, the file's "format" and a whole
// "version" from 1. One reader, so both kinds of file refuse the same things in the same words;
// what a newer version means stays with each reader (a database refuses it, a project warns).
class JsonFile {
public:
    struct Header {
        nlohmann::json root;
        long long version = 0;
    };
    // The problem, without the path: each reader says it in its own error type.
    struct Problem : std::runtime_error {
        using std::runtime_error::runtime_error;
    };

    // `hint` follows the format message, e.g. " (is this an mlcarbon project file?)".
    static Header read(std::string_view bytes, std::string_view format, std::string_view hint = {});
};

}  // namespace mlcarbon
