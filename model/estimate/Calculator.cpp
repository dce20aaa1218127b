#include "Calculator.h"

#include "InputError.h"
#include "InputRules.h"
#include "IntensityChoice.h"
#include "PueChoice.h"

namespace mlcarbon {

namespace {

const char* kGivenByUser = "given by the user";

void useIntensity(Estimate& e, const IntensityChoice& c, const std::string& file)
{
    e.intensity = c.gPerKwh;
    e.intensityBasis = c.basis;
    e.intensitySource = {c.source, c.year, file, c.sourceId};
    e.intensityBounds = {c.low, c.high};
}

}  // namespace

Calculator::Calculator(const Catalog& catalog)
    : m_catalog(catalog)
    , m_lookup(catalog)
    , m_locations(catalog)
{
}

Estimate Calculator::estimate(const EstimateInput& input) const
{
    InputRules::validate(input);
    return estimate(input, m_lookup.resolve(input.hardware));
}

void Calculator::resolveLocation(const EstimateInput& input, Estimate& e) const
{
    const Location& loc = input.location;
    e.location.kind = loc.kind;
    const Provider* provider = nullptr;
    const CloudRegion* region = nullptr;

    switch (loc.kind) {
    case Location::Kind::None:
        throw InputError("location", "",
                         "give exactly one of: --provider P --region R | --country CODE | --intensity G");
    case Location::Kind::Cloud: {
        provider = &m_locations.provider(loc.provider);
        region = &m_locations.region(*provider, loc.region);
        e.location.provider = provider->id;
        e.location.providerName = provider->name;
        e.location.region = region->region;
        e.location.zone = region->zone;
        e.location.name = region->name;
        e.location.country = region->country;
        e.location.subdivision = region->subdivision;
        useIntensity(e, IntensityChoice::of(m_catalog, *region, input.basis), region->file);
        break;
    }
    case Location::Kind::Zone: {
        const GridZone& zone = m_locations.zone(loc.zone);
        e.location.zone = zone.code;
        e.location.name = zone.name;
        e.location.country = zone.country.empty() ? zone.code : zone.country;
        if (zone.type == ZoneType::Subdivision)
            e.location.subdivision = zone.code;
        if (zone.type == ZoneType::World)
            e.location.country.clear();
        useIntensity(e, IntensityChoice::of(m_catalog, zone, input.basis), zone.file);
        break;
    }
    case Location::Kind::Custom:
        e.location.name = "custom intensity";
        e.intensity = loc.intensityGPerKwh;
        e.intensityGiven = true;
        e.intensityBasis = input.basis;  // as given: the user's figure is on whatever basis they took it from
        e.intensitySource = {kGivenByUser, std::nullopt, {}, {}};
        e.intensityBounds = {e.intensity, e.intensity};
        break;
    }

    // PUE: the user's, else the place's default (PueChoice).
    e.requestedBasis = input.basis;
    if (input.pue) {
        e.pue = *input.pue;
        e.pueGiven = true;
        e.pueOrigin = PueOrigin::Given;
        e.pueSource = {kGivenByUser, std::nullopt, {}, {}};
        e.pueBounds = {e.pue, e.pue};
    } else {
        const PueChoice c = PueChoice::of(m_catalog, provider, region);
        e.pue = c.pue;
        e.pueOrigin = c.origin;
        e.pueSource = c.source;
        e.pueBounds = c.bounds;
    }

    // Offset: the user's, else the region's, else the provider's, else none.
    if (input.offsetPct) {
        e.offsetPct = *input.offsetPct;
        e.offsetSource = {kGivenByUser, std::nullopt, {}, {}};
    } else if (region && region->offsetPct) {
        e.offsetPct = *region->offsetPct;
        e.offsetSource = {region->offsetSource, region->offsetYear, region->file, {}};
    } else if (provider && provider->offsetPct) {
        e.offsetPct = *provider->offsetPct;
        e.offsetSource = {provider->offsetSource, provider->offsetYear, provider->file, {}};
    } else {
        e.offsetPct = 0;
        e.offsetSource = {"no offset data for this location: 0%", std::nullopt, {}, {}};
    }
}

Estimate Calculator::estimate(const EstimateInput& input, const Hardware& hardware) const
{
    InputRules::validate(input);
    Estimate e;
    e.input = input;
    e.hardware = hardware;
    e.count = input.count;
    e.hours = input.hours;
    e.utilization = input.utilization.value_or(1.0);

    if (input.powerW) {
        e.measuredPower = true;
        e.powerW = *input.powerW;
        e.powerBounds = {e.powerW, e.powerW};
    } else {
        e.powerW = hardware.tdpW * e.utilization;
        // TDP as other sources give it (measured averages are not TDPs), times the stated
        // utilisation bounds, or the utilisation itself when none are stated.
        Bounds tdp{hardware.tdpW, hardware.tdpW};
        for (const auto& a : hardware.tdpAlternatives) {
            if (!a.measuredAverage)
                tdp.widen(a.value);
        }
        e.powerBounds = {tdp.low * input.utilizationLow.value_or(e.utilization),
                         tdp.high * input.utilizationHigh.value_or(e.utilization)};
    }

    e.hostCpuW = input.hostCpuW.value_or(0);
    e.hostMemoryGb = input.hostMemoryGb.value_or(0);
    if (auto mem = m_catalog.reference("memory_w_per_gb")) {
        e.memoryWPerGb = mem->value;
        e.memorySource = {mem->source, mem->year, mem->file, {}};
    }
    e.hostW = e.hostCpuW + e.hostMemoryGb * e.memoryWPerGb;

    resolveLocation(input, e);

    // One expression for the estimate and both bounds, so that equal inputs give equal bits.
    const double deviceHours = e.count * e.hours;
    auto energyAt = [&](double powerW, double pue) { return deviceHours * (powerW + e.hostW) * pue / 1000.0; };
    e.deviceKwh = deviceHours * e.powerW / 1000.0;
    e.hostKwh = deviceHours * e.hostW / 1000.0;
    e.energyKwh = energyAt(e.powerW, e.pue);
    e.overheadKwh = e.energyKwh - e.deviceKwh - e.hostKwh;
    e.emissionsKg = e.energyKwh * e.intensity / 1000.0;
    e.marketEmissionsKg = e.emissionsKg * (1.0 - e.offsetPct / 100.0);

    e.energyLowKwh = energyAt(e.powerBounds.low, e.pueBounds.low);
    e.energyHighKwh = energyAt(e.powerBounds.high, e.pueBounds.high);
    e.emissionsLowKg = e.energyLowKwh * e.intensityBounds.low / 1000.0;
    e.emissionsHighKg = e.energyHighKwh * e.intensityBounds.high / 1000.0;
    return e;
}

}  // namespace mlcarbon
