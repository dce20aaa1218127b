#include "HourlyDatabase.h"

#include "DataError.h"
#include "JsonFile.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

namespace mlcarbon {

namespace {

using json = nlohmann::json;

// Little-endian reads from the binary, each checked against its end.
class BinaryReader {
public:
    BinaryReader(std::string_view bytes, const std::string& path)
        : m_bytes(bytes)
        , m_path(path)
    {
    }
    template <typename T> T read(const std::string& entry, const char* what)
    {
        if (m_bytes.size() - m_pos < sizeof(T))
            throw DataError(m_path, entry, std::string("ends inside ") + what);
        T v = 0;
        for (std::size_t i = 0; i < sizeof(T); ++i)
            v = static_cast<T>(v | (static_cast<T>(static_cast<unsigned char>(m_bytes[m_pos + i])) << (8 * i)));
        m_pos += sizeof(T);
        return v;
    }
    std::string_view take(std::size_t n, const std::string& entry, const char* what)
    {
        if (m_bytes.size() - m_pos < n)
            throw DataError(m_path, entry, std::string("ends inside ") + what);
        const std::string_view s = m_bytes.substr(m_pos, n);
        m_pos += n;
        return s;
    }
    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    std::string_view m_bytes;
    const std::string& m_path;
    std::size_t m_pos = 0;
};

std::string entryLabel(const std::string& zone, int year, IntensityBasis basis)
{
    return "series " + zone + " " + std::to_string(year) + " " + std::string(Basis::key(basis));
}

// The index entry's fields the binary must match, and what the index adds.
HourlySeries fromIndex(const json& e, std::size_t i, const std::string& path)
{
    const std::string where = "entry " + std::to_string(i + 1);
    auto need = [&](const char* key) -> const json& {
        if (!e.contains(key))
            throw DataError(path, where, std::string(key) + ": missing");
        return e.at(key);
    };
    HourlySeries s;
    if (!need("zone").is_string() || !need("year").is_number_integer() || !need("basis").is_string()
        || !need("hours").is_number_integer() || !need("stored_mean_g_per_kwh").is_number())
        throw DataError(path, where,
                        "zone, year, basis, hours and stored_mean_g_per_kwh must be given with their types");
    s.zone = e.at("zone").get<std::string>();
    s.year = e.at("year").get<int>();
    const auto basis = Basis::parse(e.at("basis").get<std::string>());
    if (!basis || (*basis != IntensityBasis::Lifecycle && *basis != IntensityBasis::Direct))
        throw DataError(path, where, "basis: '" + e.at("basis").get<std::string>() + "' is not lifecycle or direct");
    s.basis = *basis;
    auto text = [&](const char* key) {
        return e.contains(key) && e.at(key).is_string() ? e.at(key).get<std::string>() : std::string();
    };
    s.source = text("source");
    s.sourceId = text("source_id");
    s.timeZone = text("time_zone");
    s.timeZoneNote = text("time_zone_note");
    s.note = text("note");
    s.file = path;
    if (e.contains("utc_offsets")) {
        const json& offsets = e.at("utc_offsets");
        int last = -1;
        for (const json& o : offsets.is_array() ? offsets : json::array()) {
            if (!o.is_array() || o.size() != 2 || !o[0].is_number_integer() || !o[1].is_number_integer()
                || o[0].get<int>() <= last || std::abs(o[1].get<int>()) > 18 * 60)
                throw DataError(path, entryLabel(s.zone, s.year, s.basis),
                                "utc_offsets: each is [hour from, minutes within 18 h], hours rising");
            last = o[0].get<int>();
            s.utcOffsets.emplace_back(last, o[1].get<int>());
        }
    }
    if (e.contains("flags") && e.at("flags").is_array()) {
        for (const json& f : e.at("flags"))
            s.flat = s.flat || f == "flat";
    }
    if (e.contains("estimated_hours") && e.at("estimated_hours").is_number_integer())
        s.estimatedHours = e.at("estimated_hours").get<int>();
    if (e.contains("suspected_filled_hours") && e.at("suspected_filled_hours").is_number_integer())
        s.suspectedFilledHours = e.at("suspected_filled_hours").get<int>();
    return s;
}

}  // namespace

HourlyDatabase HourlyDatabase::parse(std::string_view index, const std::string& indexPath, std::string_view binary,
                                     const std::string& binaryPath)
{
    HourlyDatabase db;
    json root;
    try {
        root = JsonFile::read(index, "mlcarbon-database").root;
    } catch (const JsonFile::Problem& p) {
        throw DataError(indexPath, "", p.what());
    }
    if (root.value("kind", "") != "hourly_zones")
        throw DataError(indexPath, "", "kind: expected \"hourly_zones\"");
    if (root.contains("sources") && root.at("sources").is_object()) {
        for (const auto& [id, s] : root.at("sources").items()) {
            if (s.is_object())
                db.m_sources[id] = {s.value("title", ""), s.value("license", ""), s.value("attribution", "")};
        }
    }
    if (!root.contains("entries") || !root.at("entries").is_array())
        throw DataError(indexPath, "", "entries: missing or not an array");
    const json& entries = root.at("entries");

    BinaryReader in(binary, binaryPath);
    if (in.take(4, "", "the header") != "MLCH")
        throw DataError(binaryPath, "", "not an mlcarbon hourly file (no MLCH at the start)");
    if (const auto version = in.read<std::uint32_t>("", "the header"); version != 1)
        throw DataError(binaryPath, "", "version " + std::to_string(version) + ": this build reads version 1");
    const auto count = in.read<std::uint32_t>("", "the header");
    if (count != entries.size())
        throw DataError(binaryPath, "",
                        std::to_string(count) + " series, but " + indexPath + " names "
                            + std::to_string(entries.size()));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        HourlySeries s = fromIndex(entries[i], i, indexPath);
        const std::string label = entryLabel(s.zone, s.year, s.basis);
        if (!seen.insert(label).second)
            throw DataError(indexPath, label, "given twice");
        const auto zoneLength = in.read<std::uint16_t>(label, "a zone name");
        const std::string_view zone = in.take(zoneLength, label, "a zone name");
        const auto year = in.read<std::uint16_t>(label, "a year");
        const auto basis = in.read<std::uint8_t>(label, "a basis");
        const auto hours = in.read<std::uint32_t>(label, "an hour count");
        if (zone != s.zone || year != s.year || basis != (s.basis == IntensityBasis::Lifecycle ? 0 : 1))
            throw DataError(binaryPath, label,
                            "holds " + std::string(zone) + " " + std::to_string(year)
                                + " in its place: the files do not match");
        const int expect = entries[i].at("hours").get<int>();
        if (static_cast<int>(hours) != expect || (expect != 8760 && expect != 8784))
            throw DataError(binaryPath, label,
                            std::to_string(hours) + " hours; the index says " + std::to_string(expect));
        const std::string_view raw = in.take(std::size_t(hours) * 2, label, "its values");
        s.stored.resize(hours);
        double sum = 0;
        for (std::size_t h = 0; h < hours; ++h) {
            s.stored[h] = static_cast<std::uint16_t>(static_cast<unsigned char>(raw[2 * h])
                                                     | (static_cast<unsigned char>(raw[2 * h + 1]) << 8));
            sum += s.stored[h];
        }
        const double mean = sum / hours / HourlySeries::kScale;
        if (std::fabs(mean - entries[i].at("stored_mean_g_per_kwh").get<double>()) > 0.001)
            throw DataError(binaryPath, label, "its mean is not the one the index records: the file is damaged");
        db.m_series.push_back(std::move(s));
    }
    if (!in.atEnd())
        throw DataError(binaryPath, "", "bytes after the last series");
    return db;
}

void HourlyDatabase::add(HourlySeries series)
{
    for (HourlySeries& s : m_series) {
        if (s.zone == series.zone && s.year == series.year && s.basis == series.basis) {
            s = std::move(series);
            return;
        }
    }
    m_series.push_back(std::move(series));
}

const HourlySeries* HourlyDatabase::find(const std::string& zone, int year, IntensityBasis basis) const
{
    for (const HourlySeries& s : m_series) {
        if (s.zone == zone && s.year == year && s.basis == basis)
            return &s;
    }
    return nullptr;
}

std::vector<int> HourlyDatabase::years(const std::string& zone, IntensityBasis basis) const
{
    std::vector<int> out;
    for (const HourlySeries& s : m_series) {
        if (s.zone == zone && s.basis == basis)
            out.push_back(s.year);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> HourlyDatabase::zones() const
{
    std::set<std::string> z;
    for (const HourlySeries& s : m_series)
        z.insert(s.zone);
    return {z.begin(), z.end()};
}

}  // namespace mlcarbon
