#pragma once
#include "DataError.h"
#include "DatabaseFile.h"
#include "IntensityBasis.h"
#include "Records.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace mlcarbon {

using nlohmann::json;

// A number as a message shows it (1e+09, 46.7).
inline std::string shortNumber(double v)
{
    std::ostringstream out;
    out << v;
    return out.str();
}

// Reads the fields of one entry and reports problems with the entry's name in them.
class EntryReader {
public:
    EntryReader(const json& object, std::string file, std::string entry)
        : m_object(object)
        , m_file(std::move(file))
        , m_entry(std::move(entry))
    {
    }

    [[noreturn]] void fail(const std::string& problem) const { throw DataError(m_file, m_entry, problem); }

    const json& object() const { return m_object; }

    bool has(const char* key) const { return m_object.contains(key) && !m_object.at(key).is_null(); }

    std::string text(const char* key) const
    {
        if (!has(key))
            fail(std::string(key) + ": missing (a non-empty string is required)");
        const json& v = m_object.at(key);
        if (!v.is_string())
            fail(std::string(key) + ": " + v.dump() + " is not a string");
        std::string s = v.get<std::string>();
        if (s.find_first_not_of(" \t\r\n") == std::string::npos)
            fail(std::string(key) + ": empty (a non-empty string is required)");
        return s;
    }

    std::string optionalText(const char* key) const
    {
        if (!has(key))
            return {};
        const json& v = m_object.at(key);
        if (!v.is_string())
            fail(std::string(key) + ": " + v.dump() + " is not a string");
        return v.get<std::string>();
    }

    double number(const char* key, double lo, double hi, const char* unit) const
    {
        if (!has(key))
            fail(std::string(key) + ": missing (a number from " + shortNumber(lo) + " to " + shortNumber(hi) + unit
                 + " is required)");
        return numberValue(m_object.at(key), key, lo, hi, unit);
    }

    std::optional<double> optionalNumber(const char* key, double lo, double hi, const char* unit) const
    {
        if (!has(key))
            return std::nullopt;
        return numberValue(m_object.at(key), key, lo, hi, unit);
    }

    double numberValue(const json& v, const std::string& key, double lo, double hi, const char* unit) const
    {
        if (!v.is_number())
            fail(key + ": " + v.dump() + " is not a number");
        double d = v.get<double>();
        if (!std::isfinite(d) || d < lo || d > hi)
            fail(key + ": " + v.dump() + " is out of range; allowed " + shortNumber(lo) + " to " + shortNumber(hi)
                 + unit);
        return d;
    }

    // A whole year from `minYear` (most figures: 2000; a published model's: 1950) to next year.
    int year(const char* key, int minYear = DatabaseFile::kMinYear) const
    {
        if (!has(key))
            fail(std::string(key) + ": missing (a year from " + std::to_string(minYear) + " to "
                 + std::to_string(DatabaseFile::kMaxYear) + " is required)");
        return yearValue(m_object.at(key), key, minYear);
    }

    std::optional<int> optionalYear(const char* key) const
    {
        if (!has(key))
            return std::nullopt;
        return yearValue(m_object.at(key), key);
    }

    int yearValue(const json& v, const std::string& key, int minYear = DatabaseFile::kMinYear) const
    {
        if (!v.is_number_integer())
            fail(key + ": " + v.dump() + " is not a whole year");
        auto y = v.get<long long>();
        if (y < minYear || y > DatabaseFile::kMaxYear)
            fail(key + ": " + v.dump() + " is out of range; allowed " + std::to_string(minYear) + " to "
                 + std::to_string(DatabaseFile::kMaxYear));
        return static_cast<int>(y);
    }

    // An optional list of non-empty strings.
    std::vector<std::string> optionalTexts(const char* key) const
    {
        std::vector<std::string> out;
        if (!has(key))
            return out;
        const json& v = m_object.at(key);
        if (!v.is_array())
            fail(std::string(key) + ": " + v.dump() + " is not a list of strings");
        for (const json& item : v) {
            if (!item.is_string() || item.get<std::string>().empty())
                fail(std::string(key) + ": " + item.dump() + " is not a non-empty string");
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    std::string oneOf(const char* key, const std::set<std::string>& allowed) const
    {
        std::string s = text(key);
        if (!allowed.count(s)) {
            std::string list;
            for (const auto& a : allowed)
                list += (list.empty() ? "" : ", ") + a;
            fail(std::string(key) + ": '" + s + "' is not one of " + list);
        }
        return s;
    }

    // Alternatives: [{"<valueKey>": x, "year": y|null, "source_id": s, "basis": b}]. With
    // `averageBasis` (TDPs), "basis" may only be "average"; else the caller reads it (intensities).
    std::vector<SourcedValue> alternatives(const char* key, const char* valueKey, double lo, double hi,
                                           const char* unit, bool averageBasis = false) const
    {
        std::vector<SourcedValue> out;
        if (!has(key))
            return out;
        const json& list = m_object.at(key);
        if (!list.is_array())
            fail(std::string(key) + ": not an array");
        for (size_t i = 0; i < list.size(); ++i) {
            const json& item = list[i];
            std::string where = std::string(key) + "[" + std::to_string(i) + "]";
            if (!item.is_object())
                fail(where + ": not an object");
            EntryReader sub(item, m_file, m_entry);
            SourcedValue v;
            if (!sub.has(valueKey))
                fail(where + "." + valueKey + ": missing");
            v.value = numberValue(item.at(valueKey), where + "." + valueKey, lo, hi, unit);
            if (sub.has("year"))
                v.year = yearValue(item.at("year"), where + ".year");
            if (!sub.has("source_id") && !sub.has("source"))
                fail(where + ": no source_id or source");
            v.sourceId = sub.has("source_id") ? sub.text("source_id") : sub.text("source");
            // The one basis an alternative may state; any other text would silently change the range.
            if (averageBasis && sub.has("basis")) {
                const std::string basis = sub.optionalText("basis");
                if (basis != "average")
                    fail(where + ".basis: '" + basis
                         + "' is not allowed; the only basis is 'average' (a measured average, not a rated figure)");
                v.measuredAverage = true;
            }
            out.push_back(v);
        }
        return out;
    }

    // A grid-intensity basis: one of the four keys (missing = unspecified).
    IntensityBasis basisValue(const json& v, const std::string& key) const
    {
        if (!v.is_string())
            fail(key + ": " + v.dump() + " is not text (one of lifecycle, direct, provider, unspecified)");
        auto b = Basis::parse(v.get<std::string>());
        if (!b)
            fail(key + ": '" + v.get<std::string>() + "' is not one of lifecycle, direct, provider, unspecified");
        return *b;
    }

    IntensityBasis basis(const char* key) const
    {
        return has(key) ? basisValue(m_object.at(key), key) : IntensityBasis::Unspecified;
    }

    // Intensity alternatives: the common alternative fields, plus a basis and a note.
    std::vector<IntensityValue> intensityAlternatives(const char* key) const
    {
        const auto common =
            alternatives(key, "g_per_kwh", DatabaseFile::kMinIntensity, DatabaseFile::kMaxIntensity, " gCO2e/kWh");
        std::vector<IntensityValue> out;
        out.reserve(common.size());
        for (size_t i = 0; i < common.size(); ++i) {
            const json& item = m_object.at(key)[i];  // alternatives() checked it is an object
            IntensityValue v;
            v.gPerKwh = common[i].value;
            v.year = common[i].year;
            v.sourceId = common[i].sourceId;
            if (item.contains("basis"))
                v.basis = basisValue(item.at("basis"), std::string(key) + "[" + std::to_string(i) + "].basis");
            v.note = EntryReader(item, m_file, m_entry).optionalText("note");
            out.push_back(v);
        }
        return out;
    }

    // The intensity history: [{"source_id": s, "basis": b, "values": [[year, gCO2e/kWh], ...]}], one
    // series per source and basis, in the generator's order of preference (kept: IntensityChoice
    // takes the first figure of a year on a basis).
    std::vector<IntensityValue> intensityHistory(const char* key) const
    {
        std::vector<IntensityValue> out;
        if (!has(key))
            return out;
        const json& list = m_object.at(key);
        if (!list.is_array())
            fail(std::string(key) + ": not an array");
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
            if (!list[i].is_object())
                fail(where + ": not an object");
            const EntryReader series(list[i], m_file, m_entry);
            if (!series.has("source_id"))
                fail(where + ".source_id: missing");
            const std::string sourceId = series.text("source_id");
            if (!series.has("basis"))
                fail(where + ".basis: missing (one of lifecycle, direct, provider, unspecified)");
            const IntensityBasis basis = basisValue(list[i].at("basis"), where + ".basis");
            if (!series.has("values") || !list[i].at("values").is_array())
                fail(where + ".values: missing or not an array of [year, gCO2e/kWh] pairs");
            const json& values = list[i].at("values");
            std::optional<int> previous;
            for (size_t j = 0; j < values.size(); ++j) {
                const std::string at = where + ".values[" + std::to_string(j) + "]";
                const json& pair = values[j];
                if (!pair.is_array() || pair.size() != 2)
                    fail(at + ": " + pair.dump() + " is not a [year, gCO2e/kWh] pair");
                IntensityValue v;
                v.year = yearValue(pair[0], at + "[0]");
                // Ascending and unique: a repeated year would make the figure of that year ambiguous.
                if (previous && *v.year <= *previous)
                    fail(at + ": year " + std::to_string(*v.year) + " after " + std::to_string(*previous)
                         + " (years must be unique and ascending)");
                previous = v.year;
                v.gPerKwh = numberValue(pair[1], at + "[1]", DatabaseFile::kMinIntensity, DatabaseFile::kMaxIntensity,
                                        " gCO2e/kWh");
                v.sourceId = sourceId;
                v.basis = basis;
                out.push_back(std::move(v));
            }
        }
        return out;
    }

private:
    const json& m_object;
    std::string m_file;
    std::string m_entry;
};

}  // namespace mlcarbon
