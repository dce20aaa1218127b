#include "EmbodiedChoice.h"

#include "InputError.h"
#include "NumberFormat.h"

#include <algorithm>

namespace mlcarbon {

namespace {

Provenance provenance(const ReferenceValue& v)
{
    return {v.source, v.year, v.file, {}};
}

}  // namespace

EmbodiedFigure EmbodiedChoice::of(const Catalog& catalog, const Hardware& h)
{
    EmbodiedFigure f;
    const std::optional<ReferenceValue> perArea = catalog.reference("embodied_gpu_die_g_per_cm2");
    const std::optional<ReferenceValue> base = catalog.reference("embodied_gpu_base_g");
    const std::optional<ReferenceValue> flat = catalog.reference("embodied_gpu_flat_kg");
    std::optional<double> dieModelKg;
    if (h.kind != HardwareKind::Cpu && h.dieAreaMm2 && h.dieAreaNote.empty() && perArea && base)
        dieModelKg = (*h.dieAreaMm2 / 100.0 * perArea->value + base->value) / 1000.0;
    if (h.embodiedKg) {
        f.origin = EmbodiedFigure::Origin::ProductFootprint;
        f.perDeviceKg = *h.embodiedKg;
        f.source = {h.embodiedSource, h.embodiedYear, h.file, {}};
    } else if (dieModelKg) {
        f.origin = EmbodiedFigure::Origin::DieAreaModel;
        f.perDeviceKg = *dieModelKg;
        f.source = {"die-area model: " + NumberFormat::significant(*h.dieAreaMm2) + " mm2 x "
                        + NumberFormat::significant(perArea->value) + " gCO2e/cm2 + "
                        + NumberFormat::significant(base->value) + " gCO2e per device (" + perArea->source + "; "
                        + base->source + ")",
                    std::max(perArea->year, base->year),
                    h.file,
                    {}};
    } else {
        f.none = h.kind == HardwareKind::Cpu ? "no embodied figure for a CPU in the data"
                 : h.dieAreaMm2              ? "no embodied figure for this device: no product footprint, and its die "
                                               "area ("
                                      + h.dieAreaNote + ") cannot feed the die-area model"
                                : "no embodied figure for this device: no product footprint, no die area";
        return f;
    }
    f.perDeviceBounds = {f.perDeviceKg, f.perDeviceKg};
    if (dieModelKg)
        f.perDeviceBounds.widen(*dieModelKg);
    if (flat && h.kind == HardwareKind::Gpu)
        f.perDeviceBounds.widen(flat->value);
    return f;
}

std::optional<EmbodiedHost> EmbodiedChoice::hostOf(const Catalog& catalog, const Hardware& hardware, std::string& none)
{
    if (hardware.kind == HardwareKind::Cpu) {
        none = "no host share for a CPU job: the CPU is the host";
        return std::nullopt;
    }
    const std::optional<ReferenceValue> server = catalog.reference("embodied_host_server_kg");
    const std::optional<ReferenceValue> devices = catalog.reference("embodied_host_server_devices");
    if (!server || !devices || devices->value <= 0) {
        none = "no host server archetype in the reference database";
        return std::nullopt;
    }
    EmbodiedHost h;
    h.serverKg = server->value;
    h.devicesPerServer = devices->value;
    h.perDeviceKg = h.serverKg / h.devicesPerServer;
    h.source = provenance(*server);
    h.devicesSource = provenance(*devices);
    h.perDeviceBounds = {h.perDeviceKg, h.perDeviceKg};
    if (const std::optional<ReferenceValue> low = catalog.reference("embodied_host_low_kg_per_device")) {
        h.perDeviceBounds.widen(low->value);
        h.lowSource = provenance(*low);
    }
    return h;
}

EmbodiedShare EmbodiedChoice::forJob(const Catalog& catalog, const Hardware& hardware, double deviceHours, bool cloud,
                                     std::optional<double> lifetimeYears, std::optional<double> activeShare,
                                     bool withHost)
{
    EmbodiedShare s;
    s.figure = of(catalog, hardware);
    if (withHost)
        s.host = hostOf(catalog, hardware, s.hostNone);
    const std::optional<ReferenceValue> life =
        catalog.reference(cloud ? "lifetime_cloud_years" : "lifetime_local_years");
    const std::optional<ReferenceValue> share = catalog.reference(cloud ? "active_share_cloud" : "active_share_local");
    const std::optional<ReferenceValue> longest = catalog.reference("lifetime_longest_years");
    const std::optional<ReferenceValue> shortest = catalog.reference("lifetime_cloud_years");  // the shortest
    s.lifetimeGiven = lifetimeYears.has_value();
    s.activeShareGiven = activeShare.has_value();
    if (lifetimeYears) {
        s.lifetimeYears = *lifetimeYears;
        s.lifetimeSource = {"given by the user", std::nullopt, {}, {}};
    } else if (life) {
        s.lifetimeYears = life->value;
        s.lifetimeSource = provenance(*life);
    }
    if (activeShare) {
        s.activeShare = *activeShare;
        s.activeShareSource = {"given by the user", std::nullopt, {}, {}};
    } else if (share) {
        s.activeShare = share->value;
        s.activeShareSource = provenance(*share);
    }
    if (!s.figure.known())
        return s;
    if (s.lifetimeYears <= 0 || s.activeShare <= 0)
        throw InputError("lifetime-years", "",
                         "a stated --lifetime-years and --active-share: the reference database has no default");
    // The share of a per-device figure over the hours the device is in use in its life.
    auto shareOf = [&](double perDeviceKg, double years) {
        return perDeviceKg * deviceHours / (years * kHoursPerYear * s.activeShare);
    };
    // Lifetimes: the longest a source assumes for the low end, the shortest for the high end.
    const double lowYears = lifetimeYears ? *lifetimeYears : std::max(s.lifetimeYears, longest ? longest->value : 0.0);
    const double highYears =
        lifetimeYears ? *lifetimeYears : std::min(s.lifetimeYears, shortest ? shortest->value : s.lifetimeYears);
    s.deviceKg = shareOf(s.figure.perDeviceKg, s.lifetimeYears);
    s.kg = s.deviceKg;
    s.bounds = {shareOf(s.figure.perDeviceBounds.low, lowYears), shareOf(s.figure.perDeviceBounds.high, highYears)};
    if (s.host) {
        EmbodiedHost& h = *s.host;
        h.kg = shareOf(h.perDeviceKg, s.lifetimeYears);
        h.bounds = {shareOf(h.perDeviceBounds.low, lowYears), shareOf(h.perDeviceBounds.high, highYears)};
        s.kg += h.kg;
        s.bounds = {s.bounds.low + h.bounds.low, s.bounds.high + h.bounds.high};
    }
    return s;
}

}  // namespace mlcarbon
