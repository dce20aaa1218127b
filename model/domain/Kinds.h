#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace mlcarbon {

// The kinds of things the databases and inputs name, as enums: a file's text is parsed once, at
// load, and every rule tests the enum. Each kind's key is the text the files and outputs use.
enum class HardwareKind { Gpu, Tpu, Npu, Other, Cpu };          // "gpu", "tpu", "npu", "other", "cpu"
enum class ProviderKind { Cloud, OnPremise };                   // "cloud", "on_premise"
enum class ZoneType { World, Country, Subdivision, GridZone };  // "world", "country", "subdivision", "grid_zone"
enum class LocationKind { None, Cloud, Zone, Custom };          // "", "cloud", "zone", "custom"
// The numeric precision of a compute-based estimate: Bf16 is the BF16/FP16 tensor (matrix-unit) rate.
enum class Precision { Bf16, Fp8, Fp16, Fp32 };  // "bf16", "fp8", "fp16", "fp32"

namespace Kinds {

std::string_view key(HardwareKind kind);
std::string_view key(ProviderKind kind);
std::string_view key(ZoneType type);
std::string_view key(LocationKind kind);
std::string_view key(Precision precision);

// The kind whose key is `text` exactly, or none.
std::optional<HardwareKind> hardwareKind(std::string_view text);
std::optional<ProviderKind> providerKind(std::string_view text);
std::optional<ZoneType> zoneType(std::string_view text);
std::optional<LocationKind> locationKind(std::string_view text);
std::optional<Precision> precision(std::string_view text);

// Every key of a kind, for "one of ..." messages (sorted, as std::set keeps them).
template <class Kind> std::set<std::string> keys();

}  // namespace Kinds

}  // namespace mlcarbon
