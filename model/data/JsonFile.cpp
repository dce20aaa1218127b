#include "JsonFile.h"

#include "JsonNesting.h"

namespace mlcarbon {

JsonFile::Header JsonFile::read(std::string_view bytes, std::string_view format, std::string_view hint)
{
    if (JsonNesting::tooDeep(bytes))
        throw Problem("arrays or objects nested deeper than " + std::to_string(JsonNesting::kMaxDepth) + " levels");
    Header h;
    try {
        h.root = nlohmann::json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range for numbers like 1e400
        // Drop nlohmann's "[json.exception.parse_error.101] " tag; the rest says where and what was expected.
        const std::string what = e.what();
        const auto pos = what.find(']');
        throw Problem("not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
    }
    if (!h.root.is_object())
        throw Problem("the top level is not a JSON object");
    if (!h.root.contains("format") || h.root.at("format") != format)
        throw Problem(std::string("format: expected \"").append(format).append("\"").append(hint));
    const auto& version = h.root.find("version");
    if (version == h.root.end() || !version->is_number_integer() || version->get<long long>() < 1)
        throw Problem("version: missing or not a whole number from 1");
    h.version = version->get<long long>();
    return h;
}

}  // namespace mlcarbon
