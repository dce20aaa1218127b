#include "IntensityBasis.h"

namespace mlcarbon::Basis {

std::string_view key(IntensityBasis basis)
{
    switch (basis) {
    case IntensityBasis::Lifecycle: return "lifecycle";
    case IntensityBasis::Direct: return "direct";
    case IntensityBasis::Provider: return "provider";
    case IntensityBasis::Unspecified: break;
    }
    return "unspecified";
}

std::optional<IntensityBasis> parse(std::string_view text)
{
    // Databases before the basis was a closed set wrote a detail in brackets after the word.
    std::string_view word = text.substr(0, text.find(" ("));
    if (word == "provider-published")
        word = "provider";
    for (IntensityBasis b : kAll) {
        if (word == key(b))
            return b;
    }
    return std::nullopt;
}

std::string label(IntensityBasis basis)
{
    switch (basis) {
    case IntensityBasis::Lifecycle: return "life-cycle";
    case IntensityBasis::Direct: return "direct";
    case IntensityBasis::Provider: return "provider-published";
    case IntensityBasis::Unspecified: break;
    }
    return "unspecified";
}

std::string meaning(IntensityBasis basis)
{
    switch (basis) {
    case IntensityBasis::Lifecycle:
        return "life-cycle: the emissions of generating the electricity including building and fuelling the plants "
               "(Electricity Maps life-cycle figures; Ember / Our World in Data)";
    case IntensityBasis::Direct:
        return "direct: only the emissions at the power plants while they generate (Electricity Maps direct figures; "
               "US EPA eGRID output rates)";
    case IntensityBasis::Provider:
        return "provider-published: a cloud provider's own figure for the grid of its region (Google Cloud's region "
               "figures, an operational basis close to direct); the life-cycle figure where a provider publishes none";
    case IntensityBasis::Unspecified: break;
    }
    return "unspecified: the source does not say what it counts (e.g. the carbonfootprint.com compilations of US "
           "state figures); used only where a place has no figure on the chosen basis";
}

std::string usedText(IntensityBasis used, IntensityBasis requested)
{
    if (used == requested)
        return label(used);
    return label(used) + " (no " + label(requested) + " figure for this place)";
}

std::string choosableList()
{
    std::string out;
    for (IntensityBasis b : kChoosable)
        out += (out.empty() ? "" : ", ") + std::string(key(b));
    return out;
}

std::string yearFallbackText(int used, int requested)
{
    return std::to_string(used) + " figure; none for " + std::to_string(requested) + " in the data";
}

}  // namespace mlcarbon::Basis
