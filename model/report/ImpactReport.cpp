#include "ImpactReport.h"

#include "EstimateReport.h"
#include "NumberFormat.h"

namespace mlcarbon {

namespace {

using NF = NumberFormat;
using json = nlohmann::ordered_json;

std::string rangeText(const Bounds& b, std::string (*format)(double))
{
    return "range " + format(b.low) + " to " + format(b.high);
}

std::string embodiedText(const Estimate& e)
{
    const EmbodiedShare& s = *e.embodied;
    if (!s.figure.known())
        return "none: " + s.figure.none;
    const std::string how =
        s.figure.origin == EmbodiedFigure::Origin::ProductFootprint ? "product footprint" : "die-area model";
    std::string host;
    if (s.host)
        host = " + host server " + NF::mass(s.host->perDeviceKg) + " per device (" + NF::mass(s.host->serverKg)
               + " over " + NF::integer(s.host->devicesPerServer) + " devices)";
    else if (!s.hostNone.empty())
        host = "; " + s.hostNone;
    return NF::mass(s.kg) + "   (" + rangeText(s.bounds, NF::mass) + "; " + how + " " + NF::mass(s.figure.perDeviceKg)
           + " per device" + host + " over " + NF::significant(s.lifetimeYears) + " years x "
           + NF::significant(s.activeShare) + " in use" + (s.lifetimeGiven ? ", lifetime given" : "")
           + (s.activeShareGiven ? ", share given" : "") + "; apart from the operational figure)";
}

std::string waterText(const WaterUse& w)
{
    if (!w.onsiteNone.empty() && !w.offsiteLPerKwh)
        return "none: " + w.onsiteNone + "; " + w.offsiteNone;
    std::string s = NF::volume(w.litres()) + "   (" + rangeText(w.bounds, NF::volume) + "; on-site ";
    if (w.onsiteNone.empty()) {
        const std::string note = ImpactReport::wueOriginNote(w.wueOrigin);
        s += NF::volume(w.onsiteL) + " at WUE " + NF::significant(w.wue) + " L/kWh"
             + (w.wueOrigin == WueOrigin::Given ? " (given)"
                : note.empty()                  ? ""
                                                : " (" + note + ")");
    } else {
        s += "none (" + w.onsiteNone + ")";
    }
    s += ", off-site ";
    s += w.offsiteLPerKwh ? NF::volume(w.offsiteL) + " at " + NF::significant(*w.offsiteLPerKwh) + " L/kWh x PUE"
                          : "none (" + w.offsiteNone + ")";
    return s + ")";
}

}  // namespace

std::string ImpactReport::embodiedOriginKey(const EmbodiedFigure& f)
{
    switch (f.origin) {
    case EmbodiedFigure::Origin::ProductFootprint: return "product_footprint";
    case EmbodiedFigure::Origin::DieAreaModel: return "die_area_model";
    case EmbodiedFigure::Origin::None: break;
    }
    return "none";
}

std::string ImpactReport::wueOriginKey(WueOrigin origin)
{
    switch (origin) {
    case WueOrigin::Given: return "given";
    case WueOrigin::Region: return "region";
    case WueOrigin::ProviderFleet: return "provider_fleet";
    case WueOrigin::IndustryDefault: break;
    }
    return "industry_default";
}

std::string ImpactReport::wueOriginNote(WueOrigin origin)
{
    switch (origin) {
    case WueOrigin::ProviderFleet: return "provider fleet figure";
    case WueOrigin::IndustryDefault: return "industry default";
    case WueOrigin::Given:
    case WueOrigin::Region: break;
    }
    return {};
}

ImpactReport::Lines ImpactReport::resultLines(const Estimate& e)
{
    Lines out;
    if (e.embodied) {
        out.emplace_back("Embodied (scope 3)", embodiedText(e));
        if (e.embodied->host && e.embodied->figure.known())
            out.emplace_back("of which host server", NF::mass(e.embodied->host->kg) + "   ("
                                                         + rangeText(e.embodied->host->bounds, NF::mass) + ")");
        if (const auto total = e.totalWithEmbodied())
            out.emplace_back("Total with embodied", NF::mass(total->kg) + "   (" + rangeText(total->bounds, NF::mass)
                                                        + "; location-based operational + embodied, as asked)");
        else if (e.input.embodiedTotal)
            out.emplace_back("Total with embodied", "none: the devices have no embodied figure");
    }
    if (e.water) {
        out.emplace_back("Water", waterText(*e.water));
        if (e.water->drinkingLPerDay > 0 && e.water->litres() > 0)
            out.emplace_back("Water equivalent", NF::significant(e.water->litres() / e.water->drinkingLPerDay)
                                                     + " days of an adult's drinking water ("
                                                     + NF::significant(e.water->drinkingLPerDay) + " L/day, WHO)");
    }
    if (e.serving) {
        const ServingFigures& s = *e.serving;
        const bool water = e.water && e.water->litres() > 0;
        auto perText = [&](double kwh, double g, double ml) {
            return NF::energy(kwh) + ", " + NF::significant(g) + " gCO2e"
                   + (water ? ", " + NF::volume(ml / 1000.0) + " water" : "");
        };
        if (s.requests) {
            out.emplace_back("Per request", perText(s.kwhPerRequest, s.gPerRequest, s.waterMlPerRequest) + "  ("
                                                + NF::large(*s.requests) + " requests)");
            out.emplace_back("Per 1,000 requests",
                             perText(s.kwhPerRequest * 1000, s.gPerRequest * 1000, s.waterMlPerRequest * 1000));
        }
        if (s.tokens)
            out.emplace_back("Per 1,000 tokens", perText(s.kwhPer1kTokens, s.gPer1kTokens, s.waterMlPer1kTokens) + "  ("
                                                     + NF::large(*s.tokens) + " tokens served)");
    }
    return out;
}

ImpactReport::Lines ImpactReport::sourceLines(const Estimate& e)
{
    Lines out;
    if (e.embodied) {
        const EmbodiedShare& s = *e.embodied;
        if (s.figure.known()) {
            out.emplace_back("Embodied figure", EstimateReport::provenanceText(s.figure.source));
            out.emplace_back("Device lifetime", EstimateReport::provenanceText(s.lifetimeSource));
            out.emplace_back("Active share", EstimateReport::provenanceText(s.activeShareSource));
            if (s.host) {
                out.emplace_back("Host server", EstimateReport::provenanceText(s.host->source));
                out.emplace_back("Devices per host", EstimateReport::provenanceText(s.host->devicesSource));
                if (!s.host->lowSource.source.empty())
                    out.emplace_back("Host server, low end", EstimateReport::provenanceText(s.host->lowSource));
            }
        }
    }
    if (e.water) {
        const WaterUse& w = *e.water;
        if (w.onsiteNone.empty())
            out.emplace_back("WUE (on-site)", EstimateReport::provenanceText(w.wueSource));
        if (w.offsiteLPerKwh)
            out.emplace_back("Water of electricity", EstimateReport::provenanceText(w.offsiteSource));
        if (w.drinkingLPerDay > 0)
            out.emplace_back("Drinking water", EstimateReport::provenanceText(w.drinkingSource));
    }
    return out;
}

void ImpactReport::addJson(json& j, const Estimate& e)
{
    if (e.embodied) {
        const EmbodiedShare& s = *e.embodied;
        const bool known = s.figure.known();
        j["embodied"] = {{"kg", known ? json(s.kg) : json(nullptr)},
                         {"low_kg", known ? json(s.bounds.low) : json(nullptr)},
                         {"high_kg", known ? json(s.bounds.high) : json(nullptr)},
                         {"origin", embodiedOriginKey(s.figure)},
                         {"per_device_kg", known ? json(s.figure.perDeviceKg) : json(nullptr)},
                         {"lifetime_years", s.lifetimeYears},
                         {"active_share", s.activeShare},
                         {"source", known ? json(s.figure.source.source) : json(nullptr)},
                         {"none", known ? json(nullptr) : json(s.figure.none)}};
        if (s.host) {
            j["embodied"]["host"] = {{"kg", known ? json(s.host->kg) : json(nullptr)},
                                     {"low_kg", known ? json(s.host->bounds.low) : json(nullptr)},
                                     {"high_kg", known ? json(s.host->bounds.high) : json(nullptr)},
                                     {"per_device_kg", s.host->perDeviceKg},
                                     {"server_kg", s.host->serverKg},
                                     {"devices_per_server", s.host->devicesPerServer},
                                     {"source", s.host->source.source}};
        } else {
            j["embodied"]["host"] = s.hostNone.empty() ? json(nullptr) : json({{"none", s.hostNone}});
        }
        if (const auto total = e.totalWithEmbodied())
            j["embodied"]["total"] = {
                {"kg", total->kg}, {"low_kg", total->bounds.low}, {"high_kg", total->bounds.high}};
        else
            j["embodied"]["total"] = nullptr;
    } else {
        j["embodied"] = nullptr;
    }
    if (e.water) {
        const WaterUse& w = *e.water;
        j["water"] = {{"litres", w.litres()},
                      {"low_litres", w.bounds.low},
                      {"high_litres", w.bounds.high},
                      {"onsite_litres", w.onsiteL},
                      {"offsite_litres", w.offsiteL},
                      {"wue_l_per_kwh", w.onsiteNone.empty() ? json(w.wue) : json(nullptr)},
                      {"wue_origin", w.onsiteNone.empty() ? json(wueOriginKey(w.wueOrigin)) : json(nullptr)},
                      {"wue_source", w.onsiteNone.empty() ? json(w.wueSource.source) : json(nullptr)},
                      {"offsite_l_per_kwh", w.offsiteLPerKwh ? json(*w.offsiteLPerKwh) : json(nullptr)},
                      {"offsite_source", w.offsiteLPerKwh ? json(w.offsiteSource.source) : json(nullptr)},
                      {"none", !w.offsiteLPerKwh ? json(w.offsiteNone) : json(nullptr)}};
    } else {
        j["water"] = nullptr;
    }
    if (e.serving) {
        const ServingFigures& s = *e.serving;
        j["serving"] = {{"requests", s.requests ? json(*s.requests) : json(nullptr)},
                        {"tokens", s.tokens ? json(*s.tokens) : json(nullptr)},
                        {"kwh_per_request", s.requests ? json(s.kwhPerRequest) : json(nullptr)},
                        {"g_per_request", s.requests ? json(s.gPerRequest) : json(nullptr)},
                        {"water_ml_per_request", s.requests ? json(s.waterMlPerRequest) : json(nullptr)},
                        {"kwh_per_1k_tokens", s.tokens ? json(s.kwhPer1kTokens) : json(nullptr)},
                        {"g_per_1k_tokens", s.tokens ? json(s.gPer1kTokens) : json(nullptr)},
                        {"water_ml_per_1k_tokens", s.tokens ? json(s.waterMlPer1kTokens) : json(nullptr)}};
    } else {
        j["serving"] = nullptr;
    }
}

std::optional<double> ImpactReport::embodiedKg(const Estimate& e)
{
    if (e.embodied && e.embodied->figure.known())
        return e.embodied->kg;
    return std::nullopt;
}

std::optional<double> ImpactReport::waterLitres(const Estimate& e)
{
    if (e.water && (e.water->onsiteNone.empty() || e.water->offsiteLPerKwh))
        return e.water->litres();
    return std::nullopt;
}

}  // namespace mlcarbon
