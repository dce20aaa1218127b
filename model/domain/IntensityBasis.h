#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace mlcarbon {

// What a grid-intensity figure counts. Two figures are comparable only on the same basis: a
// life-cycle figure includes the emissions of building and fuelling the plants, a direct one only
// the combustion, so the same grid reads lower on the direct basis.
enum class IntensityBasis {
    Lifecycle,    // Electricity Maps life-cycle; Ember / Our World in Data
    Direct,       // Electricity Maps direct (operational); US EPA eGRID output rates
    Provider,     // a cloud provider's own published grid figure (Google's region figures)
    Unspecified,  // the source does not say (e.g. the carbonfootprint.com US state figures)
};

namespace Basis {

inline constexpr std::array<IntensityBasis, 4> kAll = {IntensityBasis::Lifecycle, IntensityBasis::Direct,
                                                       IntensityBasis::Provider, IntensityBasis::Unspecified};
// The bases a person can ask for (unspecified is never a choice, only a fallback).
inline constexpr std::array<IntensityBasis, 3> kChoosable = {IntensityBasis::Lifecycle, IntensityBasis::Direct,
                                                             IntensityBasis::Provider};
inline constexpr IntensityBasis kDefault = IntensityBasis::Lifecycle;

// "lifecycle", "direct", "provider", "unspecified": the key in files, JSON and CSV.
std::string_view key(IntensityBasis basis);
// The key read back; also the older database spellings "lifecycle (Electricity Maps)" and
// "provider-published (...)". Empty when the text is none of them.
std::optional<IntensityBasis> parse(std::string_view text);
// What a person reads: "life-cycle", "direct", "provider-published", "unspecified".
std::string label(IntensityBasis basis);
// One sentence: what the basis counts and which sources give it.
std::string meaning(IntensityBasis basis);
// The basis of a figure used for a requested one: "life-cycle", or "unspecified (no life-cycle figure
// for this place)" when the place had none on the requested basis.
std::string usedText(IntensityBasis used, IntensityBasis requested);
// "2024 figure; none for 2019 in the data": a place without a figure for the year of the run.
std::string yearFallbackText(int used, int requested);
// "lifecycle, direct, provider": the keys a person can ask for, for error messages.
std::string choosableList();

}  // namespace Basis

}  // namespace mlcarbon
