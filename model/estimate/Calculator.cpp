#include "Calculator.h"

#include "EmbodiedChoice.h"
#include "InputError.h"
#include "InputRules.h"
#include "IntensityChoice.h"
#include "PueChoice.h"
#include "TrainingCompute.h"
#include "WaterChoice.h"

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

// The reference MFU figure `id`, or a DataError-like input error naming what is missing.
const ReferenceValue& mfuReference(const Catalog& catalog, const char* id, std::optional<ReferenceValue>& slot)
{
    slot = catalog.reference(id);
    if (!slot)
        throw InputError("mfu", "",
                         std::string("a stated --mfu: the reference database has no ") + id
                             + " (the published runs' MFU)");
    return *slot;
}

// Training compute to device time (TrainingCompute); fills e.compute and e.hours.
void useCompute(const Catalog& catalog, const EstimateInput& input, const Hardware& hardware, Estimate& e)
{
    ComputeWork& w = e.compute;
    w.used = true;
    w.fromParamsTokens = !input.flop;
    w.flop = input.flop ? *input.flop : TrainingCompute::flopOf(*input.params, *input.tokens);
    w.precision = input.precision;
    const auto peak = hardware.peak(input.precision);
    if (!peak) {
        std::string has;
        for (Precision p : {Precision::Bf16, Precision::Fp8, Precision::Fp16, Precision::Fp32}) {
            if (hardware.peak(p))
                has += (has.empty() ? "" : ", ") + std::string(Kinds::key(p));
        }
        throw InputError("precision", std::string(Kinds::key(input.precision)),
                         has.empty() ? "a device with a peak FLOP/s figure: " + hardware.name
                                           + " has none in the data, so no compute-based estimate is possible"
                                     : "a precision " + hardware.name + " has a peak FLOP/s figure for: " + has);
    }
    w.peakFlops = *peak;
    w.peakSource = {hardware.peakFlopsSource, std::nullopt, hardware.file, hardware.peakFlopsSourceId};
    const double deviceHoursGiven = input.count * input.hours;
    if (input.hours > 0) {
        w.mfuImplied = true;
        w.deviceHours = deviceHoursGiven;
        w.deviceHoursBounds = {w.deviceHours, w.deviceHours};
        w.mfu = TrainingCompute::impliedMfu(w.flop, w.peakFlops, w.deviceHours);
        w.mfuImplausible = !TrainingCompute::plausible(w.mfu);
        w.mfuBounds = {w.mfu, w.mfu};
        w.mfuSource = {"implied by the compute and the hours", std::nullopt, {}, {}};
        e.hours = input.hours;
        return;
    }
    if (input.mfu) {
        w.mfuGiven = true;
        w.mfu = *input.mfu;
        w.mfuBounds = {w.mfu, w.mfu};
        w.mfuSource = {kGivenByUser, std::nullopt, {}, {}};
    } else {
        std::optional<ReferenceValue> median, low, high;
        w.mfu = mfuReference(catalog, "mfu_median", median).value;
        w.mfuBounds = {mfuReference(catalog, "mfu_low", low).value, mfuReference(catalog, "mfu_high", high).value};
        w.mfuSource = {median->source, median->year, median->file, {}};
    }
    w.deviceHours = TrainingCompute::deviceHours(w.flop, w.peakFlops, w.mfu);
    // A higher MFU takes fewer hours: the high MFU bounds the low end.
    w.deviceHoursBounds = {TrainingCompute::deviceHours(w.flop, w.peakFlops, w.mfuBounds.high),
                           TrainingCompute::deviceHours(w.flop, w.peakFlops, w.mfuBounds.low)};
    e.hours = w.deviceHours / input.count;
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
        useIntensity(e, IntensityChoice::of(m_catalog, *region, input.basis, input.year), region->file);
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
        useIntensity(e, IntensityChoice::of(m_catalog, zone, input.basis, input.year), zone.file);
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

    if (input.water)
        e.water = WaterChoice::of(m_catalog, provider, region, e.location.country, input.wue);
}

void Calculator::beyondElectricity(const EstimateInput& input, Estimate& e, Bounds itKwh) const
{
    if (e.water)
        WaterChoice::forEnergy(*e.water, e.deviceKwh + e.hostKwh, e.pue, itKwh, e.pueBounds);
    if (input.embodied) {
        // The device-hours the job holds its devices (a compute-based job: the estimate's, not the range's).
        e.embodied =
            EmbodiedChoice::forJob(m_catalog, e.hardware, e.count * e.hours, e.location.kind == Location::Kind::Cloud,
                                   input.lifetimeYears, input.activeShare, input.embodiedHost);
    }
    if (input.requests || input.servedTokens) {
        ServingFigures s;
        s.requests = input.requests;
        s.tokens = input.servedTokens;
        const double litres = e.water ? e.water->litres() : 0;
        if (s.requests) {
            s.kwhPerRequest = e.energyKwh / *s.requests;
            s.gPerRequest = e.emissionsKg * 1000.0 / *s.requests;
            s.waterMlPerRequest = litres * 1000.0 / *s.requests;
        }
        if (s.tokens) {
            s.kwhPer1kTokens = e.energyKwh * 1000.0 / *s.tokens;
            s.gPer1kTokens = e.emissionsKg * 1e6 / *s.tokens;
            s.waterMlPer1kTokens = litres * 1e6 / *s.tokens;
        }
        e.serving = s;
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
    if (input.computeBased())
        useCompute(m_catalog, input, hardware, e);
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
    auto energyOf = [&](double hours, double powerW, double pue) { return hours * (powerW + e.hostW) * pue / 1000.0; };
    auto energyAt = [&](double powerW, double pue) { return energyOf(deviceHours, powerW, pue); };
    e.deviceKwh = deviceHours * e.powerW / 1000.0;
    e.hostKwh = deviceHours * e.hostW / 1000.0;
    e.energyKwh = energyAt(e.powerW, e.pue);
    e.overheadKwh = e.energyKwh - e.deviceKwh - e.hostKwh;
    e.emissionsKg = e.energyKwh * e.intensity / 1000.0;
    e.marketEmissionsKg = e.emissionsKg * (1.0 - e.offsetPct / 100.0);

    // A compute-based estimate's device time has its own range (the MFU's).
    const Bounds hours = e.compute.used ? e.compute.deviceHoursBounds : Bounds{deviceHours, deviceHours};
    e.energyLowKwh = energyOf(hours.low, e.powerBounds.low, e.pueBounds.low);
    e.energyHighKwh = energyOf(hours.high, e.powerBounds.high, e.pueBounds.high);
    e.emissionsLowKg = e.energyLowKwh * e.intensityBounds.low / 1000.0;
    e.emissionsHighKg = e.energyHighKwh * e.intensityBounds.high / 1000.0;
    beyondElectricity(input, e,
                      {energyOf(hours.low, e.powerBounds.low, 1), energyOf(hours.high, e.powerBounds.high, 1)});
    return e;
}

}  // namespace mlcarbon
