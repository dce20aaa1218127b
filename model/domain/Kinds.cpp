#include "Kinds.h"

#include <array>
#include <utility>

namespace mlcarbon {

namespace {

template <class Kind, std::size_t N> using KeyTable = std::array<std::pair<Kind, std::string_view>, N>;

constexpr KeyTable<HardwareKind, 5> kHardware{{{HardwareKind::Gpu, "gpu"},
                                               {HardwareKind::Tpu, "tpu"},
                                               {HardwareKind::Npu, "npu"},
                                               {HardwareKind::Other, "other"},
                                               {HardwareKind::Cpu, "cpu"}}};
constexpr KeyTable<ProviderKind, 2> kProvider{
    {{ProviderKind::Cloud, "cloud"}, {ProviderKind::OnPremise, "on_premise"}}};
constexpr KeyTable<ZoneType, 4> kZone{{{ZoneType::World, "world"},
                                       {ZoneType::Country, "country"},
                                       {ZoneType::Subdivision, "subdivision"},
                                       {ZoneType::GridZone, "grid_zone"}}};
// None has no key: it is never written, and "" parses to nothing.
constexpr KeyTable<LocationKind, 3> kLocation{
    {{LocationKind::Cloud, "cloud"}, {LocationKind::Zone, "zone"}, {LocationKind::Custom, "custom"}}};

constexpr KeyTable<Precision, 4> kPrecision{
    {{Precision::Bf16, "bf16"}, {Precision::Fp8, "fp8"}, {Precision::Fp16, "fp16"}, {Precision::Fp32, "fp32"}}};

template <class Kind, std::size_t N> std::string_view keyIn(const KeyTable<Kind, N>& table, Kind kind)
{
    for (const auto& [k, text] : table) {
        if (k == kind)
            return text;
    }
    return {};
}

template <class Kind, std::size_t N> std::optional<Kind> parseIn(const KeyTable<Kind, N>& table, std::string_view text)
{
    for (const auto& [k, t] : table) {
        if (t == text)
            return k;
    }
    return std::nullopt;
}

template <class Kind, std::size_t N> std::set<std::string> keysIn(const KeyTable<Kind, N>& table)
{
    std::set<std::string> out;
    for (const auto& entry : table)
        out.emplace(entry.second);
    return out;
}

}  // namespace

namespace Kinds {

std::string_view key(HardwareKind kind)
{
    return keyIn(kHardware, kind);
}
std::string_view key(ProviderKind kind)
{
    return keyIn(kProvider, kind);
}
std::string_view key(ZoneType type)
{
    return keyIn(kZone, type);
}
std::string_view key(LocationKind kind)
{
    return keyIn(kLocation, kind);
}
std::string_view key(Precision precision)
{
    return keyIn(kPrecision, precision);
}

std::optional<HardwareKind> hardwareKind(std::string_view text)
{
    return parseIn(kHardware, text);
}
std::optional<ProviderKind> providerKind(std::string_view text)
{
    return parseIn(kProvider, text);
}
std::optional<ZoneType> zoneType(std::string_view text)
{
    return parseIn(kZone, text);
}
std::optional<LocationKind> locationKind(std::string_view text)
{
    return parseIn(kLocation, text);
}
std::optional<Precision> precision(std::string_view text)
{
    return parseIn(kPrecision, text);
}

template <> std::set<std::string> keys<HardwareKind>()
{
    return keysIn(kHardware);
}
template <> std::set<std::string> keys<ProviderKind>()
{
    return keysIn(kProvider);
}
template <> std::set<std::string> keys<ZoneType>()
{
    return keysIn(kZone);
}
template <> std::set<std::string> keys<LocationKind>()
{
    return keysIn(kLocation);
}
template <> std::set<std::string> keys<Precision>()
{
    return keysIn(kPrecision);
}

}  // namespace Kinds

}  // namespace mlcarbon
