#pragma once
// A small catalog with round numbers, so that test expectations can be computed by hand.
//   test-gpu: TDP 300 W; other sources say 250 W; a measured average of 350 W (not a TDP).
//   testcloud: fleet PUE 1.2 (2024); alternatives 1.1 (2023) and 1.3 (2018, too old for the range);
//              offset 50 %.
//   Intensities are life-cycle unless said otherwise.
//   testcloud/r1: 400 g/kWh (2024), alternatives 300 (2024) and 500 (undated, unspecified); PUE 1.1;
//                 offset 25 %. No direct or provider figure.
//   testcloud/r2: 100 g/kWh (2024), direct 40 (2024), provider 60 (2023) and 70 (2018, too old);
//                 no PUE, no offset (takes the provider's).
//   othercloud/o1: 20 g/kWh (2024), provider without PUE (on-premise default applies).
//   on-premise: PUE 1.5 (2024), alternative 1.6 (2021).
//   zone XX: 200 g/kWh (2024), alternative 250 (2022) and 900 (2010, too old).
//   zone XX-AB: 10 g/kWh (2020, unspecified basis), unspecified 30 (2023): no life-cycle figure.
//   memory: 0.5 W/GB.
//   Years of the run: XX has a life-cycle history 300 (2019), 260 (2021), 210 (2024) and a direct 150
//   (2019); r2 lies in zone XX and has its own provider history 80 (2019), 75 (2020).
//   Training compute: test-gpu peaks at 1e14 FLOP/s (bf16) and 2.5e13 (fp32), none at fp8/fp16;
//   test-tpu has no peak figure. Published MFU: median 0.4, quartiles 0.25-0.5.
//   zeta-npu (Zeta, 2025, 32 GB): TDP 150 W, 2e14 FLOP/s bf16.
//   Embodied: test-gpu has a 500 mm2 die (no product footprint); zeta-npu a product footprint of 200 kg;
//   test-tpu's 300 mm2 is a multi-die package (no figure). Die model 2000 g/cm2 + 30000 g per device;
//   flat GPU figure 150 kg; lifetimes cloud 3 y at 0.5, own 5 y at 0.2, longest 6 y. Host server: 4000 kg
//   over 8 devices (500 kg each), low end 250 kg per device.
//   Water: testcloud fleet WUE 0.5 L/kWh (2024), alternatives 0.4 (2023) and 0.9 (2018, too old);
//   r1 its own WUE 0.2 (2024); othercloud none; the industry default (on-premise) 2.0 (2022), alternative
//   1.0 (2025). Off-site water of electricity: XX 4 L/kWh (2020); YY has no zone, so none. Drinking water
//   2 L/person-day.
//   Published models (Epoch's records): m-hours (8 test-gpu x 10 h, 7.2e18 FLOP, XX, 2021), m-compute
//   (1.44e19 FLOP on test-gpu, no count, no MFU, organisations in XX and YY, 2019), m-fp16 (zeta-npu,
//   FP16, 4e19 FLOP, MFU 0.5, 16 devices, XX, 2024), m-tpu (test-tpu, 1e18 FLOP, XX), m-old-gpu (an
//   unmapped device), m-no-count (test-gpu, 5 h, no count, no compute), m-no-place (test-gpu, 50
//   chip-hours, no country), m-1990 (test-gpu, 1e18 FLOP, XX, published 1990).
#include "Catalog.h"
#include "DatabaseFile.h"

#include <string>

namespace fixture {

inline const char* kAccelerators = R"({"format": "mlcarbon-database", "version": 1, "kind": "accelerators",
 "sources": {"t": {"title": "Test source", "license": "CC0", "snapshot_year": 2025}},
 "entries": [
  {"id": "test-gpu", "name": "Test GPU 300", "vendor": "Acme", "kind": "gpu", "tdp_w": 300, "year": 2023,
   "source": "Acme datasheet", "source_id": "t", "source_year": 2025,
   "peak_flop_per_s": {"bf16": 1e14, "fp32": 2.5e13}, "peak_flops_source": "Acme peak figures", "peak_flops_source_id": "t",
   "die_area_mm2": 500,
   "tdp_alternatives": [{"tdp_w": 250, "source_id": "t"}, {"tdp_w": 350, "source_id": "t", "basis": "average"}]},
  {"id": "test-tpu", "name": "Test TPU v9", "vendor": "Acme", "kind": "tpu", "tdp_w": 100, "year": 2024,
   "source": "Acme datasheet", "source_year": 2025, "die_area_mm2": 300, "die_area_note": "a multi-die package"},
  {"id": "zeta-npu", "name": "Zeta NPU 2", "vendor": "Zeta", "kind": "npu", "tdp_w": 150, "year": 2025,
   "memory_gb": 32, "source": "Zeta datasheet", "source_year": 2025,
   "peak_flop_per_s": {"bf16": 2e14}, "peak_flops_source": "Zeta peak figures",
   "embodied_kg": 200, "embodied_year": 2025, "embodied_source": "Zeta product carbon footprint"}
 ]})";

inline const char* kReference = R"({"format": "mlcarbon-database", "version": 1, "kind": "reference", "entries": [
  {"id": "memory_w_per_gb", "value": 0.5, "unit": "W/GB", "year": 2017, "source": "test memory power"},
  {"id": "mfu_median", "value": 0.4, "unit": "fraction", "year": 2025, "source": "test runs, median"},
  {"id": "mfu_low", "value": 0.25, "unit": "fraction", "year": 2025, "source": "test runs, first quartile"},
  {"id": "mfu_high", "value": 0.5, "unit": "fraction", "year": 2025, "source": "test runs, third quartile"},
  {"id": "embodied_gpu_die_g_per_cm2", "value": 2000, "unit": "gCO2e/cm2", "year": 2021, "source": "test die factor"},
  {"id": "embodied_gpu_base_g", "value": 30000, "unit": "gCO2e/device", "year": 2023, "source": "test card term"},
  {"id": "embodied_gpu_flat_kg", "value": 150, "unit": "kgCO2e/device", "year": 2021, "source": "test flat GPU"},
  {"id": "lifetime_cloud_years", "value": 3, "unit": "years", "year": 2020, "source": "test cloud lifetime"},
  {"id": "lifetime_local_years", "value": 5, "unit": "years", "year": 2025, "source": "test local lifetime"},
  {"id": "lifetime_longest_years", "value": 6, "unit": "years", "year": 2026, "source": "test longest lifetime"},
  {"id": "active_share_cloud", "value": 0.5, "unit": "fraction", "year": 2016, "source": "test cloud share"},
  {"id": "active_share_local", "value": 0.2, "unit": "fraction", "year": 2025, "source": "test local share"},
  {"id": "embodied_host_server_kg", "value": 4000, "unit": "kgCO2e/server", "year": 2025, "source": "test host server"},
  {"id": "embodied_host_server_devices", "value": 8, "unit": "devices/server", "year": 2025, "source": "test host devices"},
  {"id": "embodied_host_low_kg_per_device", "value": 250, "unit": "kgCO2e/device", "year": 2023, "source": "test small host"},
  {"id": "drinking_water_l_per_day", "value": 2, "unit": "L/person-day", "year": 2017, "source": "test drinking water"}]})";

inline const char* kProviders = R"({"format": "mlcarbon-database", "version": 1, "kind": "providers", "entries": [
  {"id": "testcloud", "name": "Test Cloud", "kind": "cloud", "pue": 1.2, "pue_year": 2024, "pue_source": "fleet",
   "pue_alternatives": [{"pue": 1.1, "year": 2023, "source": "compiled"}, {"pue": 1.3, "year": 2018, "source": "old"}],
   "offset_pct": 50, "offset_year": 2024, "offset_source": "provider claim",
   "wue_l_per_kwh": 0.5, "wue_year": 2024, "wue_source": "fleet wue",
   "wue_alternatives": [{"wue_l_per_kwh": 0.4, "year": 2023, "source": "older wue"},
                        {"wue_l_per_kwh": 0.9, "year": 2018, "source": "old wue"}]},
  {"id": "othercloud", "name": "Other Cloud", "kind": "cloud"},
  {"id": "on-premise", "name": "Own hardware", "kind": "on_premise", "pue": 1.5, "pue_year": 2024, "pue_source": "survey",
   "pue_alternatives": [{"pue": 1.6, "year": 2021, "source": "older survey"}],
   "wue_l_per_kwh": 2.0, "wue_year": 2022, "wue_source": "industry wue",
   "wue_alternatives": [{"wue_l_per_kwh": 2.0, "year": 2022, "source": "industry wue"},
                        {"wue_l_per_kwh": 1.0, "year": 2025, "source": "other industry wue"}]}
 ]})";

inline const char* kRegions = R"({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions", "entries": [
  {"provider": "testcloud", "region": "r1", "name": "Region One", "country": "XX", "g_per_kwh": 400, "year": 2024,
   "basis": "lifecycle", "source": "grid r1", "pue": 1.1, "pue_year": 2024, "pue_source": "region pue",
   "offset_pct": 25, "offset_year": 2024, "offset_source": "region claim",
   "wue_l_per_kwh": 0.2, "wue_year": 2024, "wue_source": "region wue",
   "intensity_alternatives": [{"g_per_kwh": 300, "year": 2024, "source_id": "t", "basis": "lifecycle"},
                              {"g_per_kwh": 500, "year": null, "source_id": "t", "basis": "unspecified"}]},
  {"provider": "testcloud", "region": "r2", "name": "Region Two", "country": "XX", "zone": "XX", "g_per_kwh": 100,
   "year": 2024, "basis": "lifecycle", "source": "grid r2",
   "intensity_history": [{"source_id": "t", "basis": "provider", "values": [[2019, 80], [2020, 75]]}],
   "intensity_alternatives": [{"g_per_kwh": 40, "year": 2024, "source_id": "t", "basis": "direct"},
                              {"g_per_kwh": 70, "year": 2018, "source_id": "t", "basis": "provider"},
                              {"g_per_kwh": 60, "year": 2023, "source_id": "t", "basis": "provider"}]},
  {"provider": "othercloud", "region": "o1", "name": "Other One", "country": "YY", "g_per_kwh": 20, "year": 2024,
   "basis": "lifecycle", "source": "grid o1"}
 ]})";

inline const char* kZones = R"({"format": "mlcarbon-database", "version": 1, "kind": "grid_zones", "entries": [
  {"code": "XX", "name": "Exland", "type": "country", "country": "XX", "g_per_kwh": 200, "year": 2024, "basis": "lifecycle",
   "source": "grid XX", "water_offsite_l_per_kwh": 4, "water_offsite_year": 2020, "water_offsite_source": "water XX",
   "intensity_alternatives": [{"g_per_kwh": 250, "year": 2022, "source_id": "t", "basis": "lifecycle"},
                              {"g_per_kwh": 900, "year": 2010, "source_id": "t", "basis": "lifecycle"}],
   "intensity_history": [{"source_id": "t", "basis": "lifecycle", "values": [[2019, 300], [2021, 260], [2024, 210]]},
                         {"source_id": "t", "basis": "direct", "values": [[2019, 150]]}]},
  {"code": "XX-AB", "name": "Ab Province", "type": "subdivision", "country": "XX", "g_per_kwh": 10, "year": 2020,
   "basis": "unspecified", "source": "grid AB",
   "intensity_alternatives": [{"g_per_kwh": 30, "year": 2023, "source_id": "t", "basis": "unspecified"}]}
 ]})";

inline const char* kModels = R"({"format": "mlcarbon-database", "version": 1, "kind": "published_models", "entries": [
  {"id": "m-hours", "name": "Hours Model", "organization": "Lab X", "country": "XX", "publication_date": "2021-05-01",
   "year": 2021, "compute_flop": 7.2e18, "training_hours": 10, "hardware_count": 8, "hardware_name": "Test GPU 300",
   "hardware": "test-gpu", "source": "Epoch: Hours Model", "source_id": "e"},
  {"id": "m-compute", "name": "Compute Model", "organization": "Lab X, Lab Y", "countries": ["XX", "YY"],
   "publication_date": "2019-03-01", "year": 2019, "parameters_count": 1e9, "compute_flop": 1.44e19,
   "hardware_name": "Test GPU 300", "hardware": "test-gpu", "source": "Epoch: Compute Model", "source_id": "e"},
  {"id": "m-fp16", "name": "Half Model", "country": "XX", "publication_date": "2024-01-01", "year": 2024,
   "compute_flop": 4e19, "hardware_count": 16, "mfu_fraction": 0.5, "hardware_name": "Zeta NPU 2",
   "hardware": "zeta-npu", "precision": "fp16", "source": "Epoch: Half Model", "source_id": "e"},
  {"id": "m-tpu", "name": "Tpu Model", "country": "XX", "publication_date": "2024-01-01", "year": 2024,
   "compute_flop": 1e18, "hardware_name": "Test TPU v9", "hardware": "test-tpu", "source": "Epoch: Tpu Model",
   "source_id": "e"},
  {"id": "m-old-gpu", "name": "Old Model", "country": "XX", "publication_date": "2012-01-01", "year": 2012,
   "compute_flop": 1e17, "hardware_name": "Old GPU 9000", "source": "Epoch: Old Model", "source_id": "e"},
  {"id": "m-no-count", "name": "Countless Model", "country": "XX", "publication_date": "2022-01-01", "year": 2022,
   "training_hours": 5, "hardware_name": "Test GPU 300", "hardware": "test-gpu", "source": "Epoch: Countless",
   "source_id": "e"},
  {"id": "m-no-place", "name": "Placeless Model", "publication_date": "2022-01-01", "year": 2022,
   "chip_hours": 50, "hardware_name": "Test GPU 300", "hardware": "test-gpu", "source": "Epoch: Placeless",
   "source_id": "e"},
  {"id": "m-1990", "name": "Early Model", "country": "XX", "publication_date": "1990-06-01", "year": 1990,
   "compute_flop": 1e18, "hardware_name": "Test GPU 300", "hardware": "test-gpu", "source": "Epoch: Early",
   "source_id": "e"}
 ]})";

inline mlcarbon::Catalog make()
{
    mlcarbon::Catalog c;
    c.add(mlcarbon::DatabaseFile::parse(kAccelerators, "fixture/accelerators.json"));
    c.add(mlcarbon::DatabaseFile::parse(kReference, "fixture/reference.json"));
    c.add(mlcarbon::DatabaseFile::parse(kProviders, "fixture/providers.json"));
    c.add(mlcarbon::DatabaseFile::parse(kRegions, "fixture/cloud_regions.json"));
    c.add(mlcarbon::DatabaseFile::parse(kZones, "fixture/grid_zones.json"));
    c.add(mlcarbon::DatabaseFile::parse(kModels, "fixture/published_models.json"));
    c.checkComplete();
    return c;
}

}  // namespace fixture
