#!/usr/bin/env python3
"""Regenerate hardware_db/*.json and regions_db/*.json from the curated reference data.

Usage:  python3 scripts/build_databases.py [--data ../shared/data]

The curated tables (see shared/data/README.md) already chose one value per row and
recorded the other sources' values; this script only selects rows, converts units and
names, and keeps every value's source and year. It never adds a number of its own:
a value that no source gives is left out. Review the diff of the JSON after running it.
"""
import argparse
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Source snapshots: title, license, year of the snapshot (the year stamped on values whose
# source does not date them), and the attribution the license asks for.
SOURCES = {
    "epoch": {"title": "Epoch AI, Machine Learning Hardware / chip dataset (training-cost-trends @263c40a)",
              "license": "CC-BY-4.0", "snapshot_year": 2026,
              "attribution": "Chip data: Epoch AI, 'Machine Learning Hardware' (epoch.ai/data), CC BY 4.0"},
    "mlco2": {"title": "ML CO2 Impact (mlco2/impact @d0d3ee5)", "license": "MIT", "snapshot_year": 2026,
              "attribution": "ML CO2 Impact (mlco2.github.io/impact), Lacoste et al. 2019, arXiv:1910.09700"},
    "ga": {"title": "Green Algorithms tool data v3.0 (GreenAlgorithms/green-algorithms-tool @30df2fe)",
           "license": "CC-BY-4.0", "snapshot_year": 2025,
           "attribution": "Green Algorithms (green-algorithms.org), Lannelongue, Grealey & Inouye, Adv. Sci. 2021, CC BY 4.0"},
    "gadata": {"title": "Green-Algorithms-data v3.1 (Cambridge-Sustainable-Computing-Lab @4a0c3fc)",
               "license": "CC-BY-4.0 (as the Green Algorithms tool; see regions_db/LICENSE.md)", "snapshot_year": 2026,
               "attribution": "Green Algorithms (green-algorithms.org), Lannelongue, Grealey & Inouye, Adv. Sci. 2021, CC BY 4.0"},
    "codecarbon": {"title": "CodeCarbon (mlco2/codecarbon @b05965e)", "license": "MIT", "snapshot_year": 2026,
                   "attribution": "CodeCarbon (github.com/mlco2/codecarbon), MIT License, (c) 2019 Mila, BCG Gamma, CometML, Haverford College; (c) 2023 Code Carbon NGO"},
    "ccf": {"title": "Cloud Carbon Footprint (@b7a049c, 2024-03)", "license": "Apache-2.0", "snapshot_year": 2024,
            "attribution": "Cloud Carbon Footprint (cloudcarbonfootprint.org), (c) Thoughtworks, Apache-2.0"},
    "em2024": {"title": "Electricity Maps 2024 yearly carbon intensity (Version January 27, 2025)",
               "license": "ODbL-1.0", "snapshot_year": 2025,
               "attribution": "Electricity Maps (2025). 2024 Yearly Carbon Intensity Data (Version January 27, 2025). https://www.electricitymaps.com, ODbL."},
    "owid": {"title": "Our World in Data energy dataset (Ember; Energy Institute), via CodeCarbon",
             "license": "CC-BY-4.0", "snapshot_year": 2026,
             "attribution": "Our World in Data, based on Ember Yearly Electricity Data and Energy Institute Statistical Review, CC BY 4.0"},
    "google": {"title": "Google Cloud region carbon data (GoogleCloudPlatform/region-carbon-info @49f3f26)",
               "license": "Apache-2.0", "snapshot_year": 2025,
               "attribution": "Google Cloud region carbon data (github.com/GoogleCloudPlatform/region-carbon-info), Apache-2.0"},
    "gsf": {"title": "Green Software Foundation Real Time Cloud dataset (@b2858aa), from AWS/Microsoft/Google sustainability disclosures",
            "license": "facts published by the providers", "snapshot_year": 2026,
            "attribution": "Green Software Foundation, Real Time Cloud dataset, from AWS/Microsoft/Google sustainability disclosures"},
    "tal66": {"title": "Region lists: github.com/tal66/cloud-regions (@93d997c), from the AWS, Azure and Google Cloud APIs",
              "license": "MIT", "snapshot_year": 2025,
              "attribution": "Region lists: github.com/tal66/cloud-regions (MIT), from the AWS, Azure and Google Cloud APIs, January 2025"},
    "web": {"title": "Web pages (press, provider pages) named in the entry", "license": "facts", "snapshot_year": 2025,
            "attribution": "cite the URL in the entry"},
    "em_hourly": {"title": "Electricity Maps hourly carbon intensity 2021-2023 (data portal CSVs, via "
                           "HewlettPackard/sustain-cluster @293fbd1 and umassos/decarbonization-potential @3493a63)",
                  "license": "ODbL-1.0", "snapshot_year": 2024,
                  "attribution": "Contains hourly carbon-intensity data from Electricity Maps "
                                 "(https://www.electricitymaps.com), made available under the Open Database License "
                                 "1.0 (https://opendatacommons.org/licenses/odbl/1-0/)"},
    "ecologits": {"title": "EcoLogits (genai-impact/ecologits @2d0a1c7): electricity_mixes.csv (off-site water of "
                           "electricity after WRI, Reig et al. 2020) and provider WUE defaults",
                  "license": "MPL-2.0", "snapshot_year": 2025,
                  "attribution": "EcoLogits (github.com/genai-impact/ecologits), MPL-2.0; water figures after WRI, "
                                 "Reig et al. 2020, Guidance for Calculating Water Use Embedded in Purchased Electricity"},
    "who": {"title": "WHO, Guidelines for drinking-water quality, 4th edition incorporating the first addendum (2017)",
            "license": "facts", "snapshot_year": 2017,
            "attribution": "World Health Organization, Guidelines for drinking-water quality, 4th ed. (2017)"},
    "egrid2016": {"title": "US EPA eGRID 2016 state rates, via CodeCarbon", "license": "US Government data (MIT in CodeCarbon)",
                  "snapshot_year": 2026, "attribution": "US EPA eGRID 2016, via CodeCarbon (MIT)"},
    "epoch_systems": {"title": "Epoch AI, Data on Notable AI Models / All ML Systems (training-cost-trends @263c40a, "
                               "file of 2025-08-07)",
                      "license": "CC-BY-4.0", "snapshot_year": 2025,
                      "attribution": "Epoch AI, 'Data on Notable AI Models' / 'Parameter, Compute and Data Trends in "
                                     "Machine Learning', epoch.ai/data, CC BY 4.0"},
    # Sources of the intensity history (shared/data/regions/grid_intensity_history.README.md).
    "em_co2js": {"title": "Electricity Maps yearly averages 2021-2025, as republished by co2.js "
                          "(thegreenwebfoundation/co2.js @df82c78, fetched 2026-02)",
                 "license": "ODbL-1.0", "snapshot_year": 2026,
                 "attribution": "Electricity Maps yearly carbon intensity, republished by The Green Web Foundation's "
                                "co2.js (github.com/thegreenwebfoundation/co2.js), ODbL"},
    "em_yearly_mlco2": {"title": "Electricity Maps yearly averages 2011-2021 of sub-national zones, as shipped by "
                                 "ML CO2 Impact (mlco2/impact @d0d3ee5, data/2021-10-27yearly_averages.csv)",
                        "license": "MIT (repository); Electricity Maps' terms for these averages not stated",
                        "snapshot_year": 2021,
                        "attribution": "Electricity Maps yearly averages via ML CO2 Impact (mlco2.github.io/impact), MIT"},
    "owid_ember": {"title": "Our World in Data / Ember country intensity 2021-2023, as shipped by CodeCarbon "
                            "(global_energy_mix.json, five commits 2023-05 to 2024-08)",
                   "license": "CC-BY-4.0", "snapshot_year": 2024,
                   "attribution": "Our World in Data, based on Ember Yearly Electricity Data, CC BY 4.0, via CodeCarbon (MIT)"},
    "owid_grapher_2022": {"title": "Our World in Data, Electricity mix from BP & Ember (2022), country intensity "
                                   "2000-2021 (owid/energy-data @e34747a)",
                          "license": "CC-BY-4.0", "snapshot_year": 2022,
                          "attribution": "Our World in Data, based on BP Statistical Review and Ember, CC BY 4.0"},
    "codecarbon_eu_2020": {"title": "European countries' intensity 2000-2020 (OWID download), as shipped by CodeCarbon "
                                    "(mlco2/codecarbon @b05965e)",
                           "license": "MIT (CodeCarbon); OWID CC-BY-4.0", "snapshot_year": 2020,
                           "attribution": "Our World in Data (European countries 2000-2020), CC BY 4.0, via CodeCarbon (MIT)"},
    "egrid": {"title": "US EPA eGRID2019 and eGRID2021 summary tables, state total output emission rates (CO2e)",
              "license": "US Government data (public domain in the US)", "snapshot_year": 2023,
              "attribution": "US EPA, Emissions & Generation Resource Integrated Database (eGRID) 2019 and 2021"},
    "ga_v21": {"title": "carbonfootprint.com 2018 figures (published 2020) via the Green Algorithms tool data v2.1 "
                        "(GreenAlgorithms/green-algorithms-tool @e43fbe0)",
                   "license": "CC-BY-4.0", "snapshot_year": 2025,
                   "attribution": "Green Algorithms (green-algorithms.org), Lannelongue, Grealey & Inouye, Adv. Sci. 2021, CC BY 4.0"},
}

FILE_TO_SOURCE = {
    "epoch-ai": "epoch", "mlco2-impact": "mlco2", "green-algorithms": "ga", "green-algorithms-data-v3.1": "gadata",
    "codecarbon": "codecarbon", "cloud-carbon-footprint": "ccf",
}
# Source ids used inside the curated tables' `tdp_values_by_source` / `other_values` columns.
VALUE_SOURCE_IDS = {"epoch": "epoch", "gadata": "gadata", "ga": "ga", "mlco2": "mlco2", "web": "web",
                    "owid-ember": "owid", "green-algorithms": "ga", "egrid2016": "egrid2016", "em2024": "em2024",
                    "cc_amd_desktop": "codecarbon", "cc_amd_server": "codecarbon", "cc_intel": "codecarbon",
                    "cc_power": "codecarbon", "gadata_cpu": "gadata", "ga_cpu": "ga"}

PROVIDER_NAMES = {"aws": "Amazon Web Services", "azure": "Microsoft Azure", "gcp": "Google Cloud",
                  "alibaba": "Alibaba Cloud", "coreweave": "CoreWeave", "ovh": "OVHcloud", "scaleway": "Scaleway",
                  "seeweb": "Seeweb"}
# The fleet PUE chosen per provider: the newest figure the provider itself published (directly or as
# quoted by press), else the newest compiled one. Keys are ids of regions/pue_defaults.csv.
CHOSEN_PROVIDER_PUE = {"aws": "aws-2025-1.14", "azure": "azure-2024-1.18", "gcp": "gcp-2021-1.1",
                       "alibaba": "alibaba-undated-1.3", "ovh": "ovhcloud-2023-1.09"}
PUE_PROVIDER_ALIASES = {"ovhcloud": "ovh"}
# The fleet WUE (on-site water, L/kWh) chosen per provider from impacts/water_factors.csv: the newest
# figure the provider itself published, as quoted (AWS 2025, Microsoft 2025). Google publishes none in
# the data: EcoLogits' default for services hosted on Google Cloud stands in, marked as such. The
# provider's other figures are kept as wue_alternatives (the range).
CHOSEN_PROVIDER_WUE = {"aws": ("aws", 2025, "Amazon News"), "azure": ("azure", 2025, "press"),
                       "gcp": ("gcp", 2025, "genai-impact")}
# The industry default for own hardware and providers without a figure: 1.8 L/kWh, "various academic
# studies" as press quotes them (the higher of the two: own facilities are rarely as efficient as the
# large providers' fleets); Amazon's 0.84 is the other published industry figure and bounds the range.
INDUSTRY_WUE = (("industry-average", 2022, "press"), ("industry-average", 2025, "Amazon News"))
# A person's daily drinking water, for the equivalent shown beside a water figure: the WHO guidelines'
# default consumption of an adult (2 L/day, used to derive guideline values). Read from the guidelines,
# not from shared/data.
DRINKING_WATER = {"id": "drinking_water_l_per_day", "value": 2, "unit": "L/person-day", "year": 2017,
                  "source": "WHO, Guidelines for drinking-water quality, 4th edition incorporating the first "
                            "addendum (2017), section 8.2.2: default daily drinking-water consumption of an adult, 2 L",
                  "source_id": "who", "source_year": 2017, "note": "an adult's daily drinking water"}
ON_PREMISE_PUE = "on-premise-unknown-2024-1.56"
ON_PREMISE_ALTERNATIVES = ["on-premise-unknown-2021-1.57", "on-premise-unknown-2019-1.67",
                           "on-premise-enterprise-idc-estimate-2025-1.63"]
# Values in the curated tables that the reference README names as errors: never used, not even as a bound.
KNOWN_BAD_TDP = {("NVIDIA GeForce GTX 750", "mlco2")}


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def num(text):
    text = (text or "").strip()
    if not text:
        return None
    v = float(text)
    return int(v) if v.is_integer() else v


def slug(name):
    s = name.lower().replace("+", " plus ")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def source_of(row_source):
    """'epoch-ai/chips.csv [X]' -> ('epoch', 'Epoch AI ... [X]'); a URL -> ('web', URL)."""
    if row_source.startswith("http"):
        return "web", row_source
    folder = row_source.split("/", 1)[0]
    sid = FILE_TO_SOURCE.get(folder)
    if sid is None:
        raise SystemExit(f"unknown source folder in {row_source!r}")
    return sid, f"{SOURCES[sid]['title']}: {row_source}"


def parse_pairs(text):
    """'epoch=700; mlco2(average)=283' -> [('epoch', '', 700), ('mlco2', 'average', 283)]"""
    out = []
    for part in filter(None, (p.strip() for p in (text or "").split(";"))):
        key, value = part.rsplit("=", 1)
        m = re.fullmatch(r"([\w.-]+)(?:\((\w+)\))?", key.strip())
        # 'epoch=25/15': the source gives two figures (e.g. configurable TDP-up/down): keep both.
        for v in value.split("/"):
            out.append((m.group(1), m.group(2) or "", num(v)))
    return out


def dump(path, header, entries):
    """One entry a line: small diffs when the data change, and still plain JSON."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        for key, value in header.items():
            f.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        f.write('  "entries": [\n')
        f.write(",\n".join("    " + json.dumps(e, ensure_ascii=False, sort_keys=False) for e in entries))
        f.write("\n  ]\n}\n")
    print(f"wrote {os.path.relpath(path, ROOT)}: {len(entries)} entries")


def header(kind, used_sources, description):
    return {"format": "mlcarbon-database", "version": 1, "kind": kind, "description": description,
            "generated_by": "scripts/build_databases.py from shared/data (curated reference tables)",
            "sources": {s: SOURCES[s] for s in sorted(used_sources)}}


def hardware_entry(row, kind, used):
    sid, source = source_of(row["source"])
    used.add(sid)
    tdp = num(row["tdp_watts"])
    e = {"id": slug(row["name"]), "name": row["name"]}
    if row.get("vendor"):
        e["vendor"] = row["vendor"]
    e["kind"] = kind
    e["tdp_w"] = tdp
    if row.get("memory_gb"):
        e["memory_gb"] = num(row["memory_gb"])
    if row.get("cores"):
        e["cores"] = num(row["cores"])
    if row.get("release_year"):
        e["year"] = int(row["release_year"])
    e["source"] = source
    e["source_id"] = sid
    e["source_year"] = SOURCES[sid]["snapshot_year"]
    if row.get("datasheet_url"):
        e["url"] = row["datasheet_url"]
    alternatives = []
    for src, qualifier, value in parse_pairs(row.get("tdp_values_by_source")):
        if (row["name"], src) in KNOWN_BAD_TDP or value is None:
            continue
        vs = VALUE_SOURCE_IDS.get(src, src)
        if vs not in SOURCES:
            raise SystemExit(f"{row['name']}: unknown value source {src}")
        used.add(vs)
        alt = {"tdp_w": value, "source_id": vs}
        if qualifier:
            # A measured average (e.g. Patterson et al. 2021 for TPUs) is kept for reference but is not a TDP.
            alt["basis"] = qualifier
        alternatives.append(alt)
    if len({a["tdp_w"] for a in alternatives if "basis" not in a} | {tdp}) > 1 or any("basis" in a for a in alternatives):
        e["tdp_alternatives"] = alternatives
    if row.get("note"):
        e["note"] = row["note"]
    return e


# Peak FLOP/s per precision (shared/data/hardware/accelerator_performance.csv, Epoch AI, dense figures).
# "bf16" is the BF16/FP16 tensor (matrix-unit) rate, the one mixed-precision training runs at: Epoch's
# tensor column, else its FP16 column where the reference data flags it a tensor figure
# (fp16_is_tensor); never a vector rate and never a figure of another precision.
PRECISIONS = ("bf16", "fp8", "fp16", "fp32")
PERFORMANCE_FLAG_NOTES = {
    "fp16acc_geforce": "GeForce: the tensor figure is NVIDIA's FP16-accumulate rate; with FP32 accumulate (the usual "
                       "mixed-precision training) NVIDIA gives half",
    "fp16_basis_unstated": "FP16 figure is the vendor headline; vector or matrix not stated",
    "mlco2_only": "figures from ML CO2 Impact only (no Epoch record)",
    "preliminary_spec": "preliminary vendor figures",
    "epoch_unverified": "Epoch flags this record Unverified",
    "per_gpu": "per GPU (NVIDIA quotes per superchip of two GPUs)",
    "board_multi_gpu": "a board of several GPUs: figures are for the whole board",
    "typo_suspect": "FP32 figure looks like a typo in the source (1/20 of FP16)",
    "fp16_is_vector": "FP16 figure is a vector rate",
}


def peak_flops(row):
    """-> ({precision: FLOP/s}, note) from one accelerator_performance.csv row."""
    flags = set(filter(None, row["flags"].split(";")))
    peaks = {}
    if row["peak_bf16_tensor_flops"] and "simd_not_gemm" not in flags:
        peaks["bf16"] = num(row["peak_bf16_tensor_flops"])
    elif row["peak_fp16_flops"] and "fp16_is_tensor" in flags:
        peaks["bf16"] = num(row["peak_fp16_flops"])
    for p, col in (("fp8", "peak_fp8_flops"), ("fp16", "peak_fp16_flops"), ("fp32", "peak_fp32_flops")):
        if row[col]:
            peaks[p] = num(row[col])
    notes = [PERFORMANCE_FLAG_NOTES[f] for f in sorted(flags) if f in PERFORMANCE_FLAG_NOTES]
    if "simd_not_gemm" in flags:
        notes.append("Epoch's BF16 figure is a SIMD rate, not the matrix rate: not used")
    if "fp16_is_tensor" in flags and "bf16" in peaks and not row["peak_bf16_tensor_flops"]:
        notes.append("bf16 = Epoch's FP16 figure, a tensor rate")
    return peaks, "; ".join(notes)


def unique_ids(entries, what):
    seen = {}
    for e in entries:
        base, n = e["id"], 2
        while e["id"] in seen:
            e["id"] = f"{base}-{n}"
            n += 1
        seen[e["id"]] = e
    return entries


# Vendor product footprints (shared/data/impacts/embodied_factors.csv): device name -> (the factors' item,
# devices the figure covers). NVIDIA's figures are for an 8-GPU baseboard, split over its 8 GPUs as the
# sources quoting them do. Only vendor PCFs are a device's own figure; left out: the A100 studies (a
# teardown LCA of the A100 SXM 40 GB, 127.6 kg; the Hubblo/ADEME calculator's default A100 PCIe, 181 kg;
# Chien et al.'s 318 kg with a host share), BLOOM's 150 kg (an assumption of that paper) and the CCF flat
# 150 kg per GPU (any GPU: reference.json keeps it as a figure for the range).
EMBODIED_DEVICES = {
    "NVIDIA H100 SXM5 80GB": ("NVIDIA HGX H100 8-GPU baseboard PCF", 8),
    "NVIDIA B200": ("NVIDIA HGX B200 8-GPU baseboard PCF", 8),
}
UNRELIABLE_DIE = {"board_multi_gpu": "the figure is for a board of several GPUs",
                  "multi_die_area": "a multi-die package: per die or per package is not clear"}


def add_die_area(e, row):
    if not row["die_area_mm2"]:
        return
    e["die_area_mm2"] = num(row["die_area_mm2"])
    flags = set(filter(None, row["flags"].split(";")))
    why = [text for flag, text in UNRELIABLE_DIE.items() if flag in flags]
    if why:
        e["die_area_note"] = "; ".join(why)


def add_product_footprint(e, name, embodied):
    item, devices = EMBODIED_DEVICES[name]
    row = embodied[item]
    total = num(row["value"])
    e["embodied_kg"] = round(total / devices, 4)
    e["embodied_year"] = int(row["year"])
    split = f"{row['value']} kgCO2e per {devices}-GPU baseboard / {devices}" if devices > 1 else f"{row['value']} kgCO2e"
    e["embodied_source"] = f"{item}: {split} ({row['source']})"
    if "NOT READ AT SOURCE" in row["note"]:
        e["embodied_note"] = "not read at source: the figure as public documents quote it"


def build_hardware(data, out):
    used = set()
    published = read_csv(os.path.join(data, "published/published_runs.csv"))
    # Devices named by the published runs, resolved by hand to the curated table's names (their
    # spellings vary: 'A100-80GB', 'H100 (Jupiter/Augusta clusters)', ...).
    published_devices = {"Google TPU v3", "Google TPU v4", "NVIDIA Tesla V100 SXM2", "NVIDIA Tesla V100 PCIe 16 GB",
                         "NVIDIA A100 SXM4 80 GB", "NVIDIA A100 PCIe 40 GB", "NVIDIA H100 SXM5 80GB",
                         "NVIDIA A800 SXM"}
    rows = read_csv(os.path.join(data, "hardware/accelerators.csv"))
    names = {r["name"] for r in rows}
    missing = published_devices - names
    if missing:
        raise SystemExit(f"published devices not in accelerators.csv: {missing}")
    performance = {r["name"]: r for r in read_csv(os.path.join(data, "hardware/accelerator_performance.csv"))}
    embodied = {r["item"]: r for r in read_csv(os.path.join(data, "impacts/embodied_factors.csv"))}
    accel = []
    skipped_no_tdp = []
    skipped_old = []
    undated = []
    for r in rows:
        if not r["tdp_watts"]:
            skipped_no_tdp.append(r["name"])
            continue
        # Only a stated release year before 2014 drops a device; a device no source dates is kept
        # (an ML accelerator must never be lost for a missing year) and says so in its entry.
        old = r["release_year"] and int(r["release_year"]) < 2014
        if old and r["name"] not in published_devices:
            skipped_old.append(r["name"])
            continue
        e = hardware_entry(r, r["kind"], used)
        if r["name"] in performance:
            peaks, note = peak_flops(performance[r["name"]])
            if peaks:
                used.add("epoch")
                e["peak_flop_per_s"] = peaks
                e["peak_flops_source"] = ("Epoch AI chip dataset, dense figures, via shared/data/hardware/"
                                          f"accelerator_performance.csv [{r['name']}]")
                e["peak_flops_source_id"] = "epoch"
                if note:
                    e["peak_flops_note"] = note
        if r["name"] in performance:
            add_die_area(e, performance[r["name"]])
        if r["name"] in EMBODIED_DEVICES:
            add_product_footprint(e, r["name"], embodied)
            used.add("web")
        if not r["release_year"]:
            undated.append(r["name"])
            e["note"] = ((e["note"] + " ") if "note" in e else "") + "Release year: no source gives one."
        accel.append(e)
    accel.sort(key=lambda e: e["name"].lower())
    dump(os.path.join(out, "hardware_db/accelerators.json"),
         header("accelerators", used, "GPUs, TPUs and other AI accelerators that have a TDP and were released in 2014 or "
                "later or have no release year in any source (those say so in their note), plus the devices of published "
                "training runs. tdp_w: thermal design power per device in W; year: release year; "
                "peak_flop_per_s: dense peak FLOP/s by precision (bf16 = the BF16/FP16 tensor rate; fp8; fp16 as Epoch "
                "gives it, vector or tensor; fp32), from Epoch AI, with peak_flops_note where the figure is of "
                "another kind; die_area_mm2: Epoch's die area (die_area_note where it is not one die of one device: "
                "multi-die packages and multi-GPU boards, which the die-area embodied model must not use); "
                "embodied_kg: a published per-device manufacturing footprint (cradle-to-gate) with embodied_source "
                "and embodied_year; "
                "source_year: year of the source snapshot. Left out for want of a TDP in any source: "
                + ", ".join(sorted(n for n in skipped_no_tdp if "TPU" in n or "Trainium" in n or "Inferentia" in n))
                + " and others listed in shared/data/README.md."),
         unique_ids(accel, "accelerator"))
    print(f"  peak FLOP/s: " + ", ".join(f"{p} {sum(1 for e in accel if p in e.get('peak_flops', {}))}"
                                         for p in PRECISIONS) + f" of {len(accel)} accelerators")
    print(f"  embodied: {sum(1 for e in accel if 'embodied_kg' in e)} product footprints, "
          f"{sum(1 for e in accel if 'die_area_mm2' in e and 'die_area_note' not in e)} reliable die areas, "
          f"{sum(1 for e in accel if 'die_area_note' in e)} unreliable (multi-die or multi-GPU boards) of {len(accel)}")
    print(f"  accelerators left out: {len(skipped_no_tdp)} without a TDP, {len(skipped_old)} released before 2014; "
          f"kept without a release year: {len(undated)}")

    used = set()
    cpus = []
    dropped = []
    for r in read_csv(os.path.join(data, "hardware/cpus.csv")):
        if float(r["tdp_watts"]) < 1:
            dropped.append(f"{r['name']} ({r['tdp_watts']} W)")
            continue
        cpus.append(hardware_entry(r, "cpu", used))
    cpus.sort(key=lambda e: e["name"].lower())
    acc_ids = {e["id"] for e in accel}
    for e in cpus:  # ids are unique across both files
        if e["id"] in acc_ids:
            e["id"] = "cpu-" + e["id"]
    dump(os.path.join(out, "hardware_db/cpus.json"),
         header("cpus", used, "CPUs with a TDP, merged across sources (see shared/data/README.md section 2). "
                "Left out: TDP below 1 W, which the database checks reject: " + "; ".join(dropped)),
         unique_ids(cpus, "cpu"))

    ref = {r["variable"]: r for r in read_csv_skip_units(os.path.join(data, "sources/green-algorithms/referenceValues.csv"))}

    def reference(key, variable, unit, year, cited, note):
        row = ref[variable]
        return {"id": key, "value": num(row["value"]), "unit": unit, "year": year,
                "source": f"Green Algorithms referenceValues.csv ({variable}), citing {cited}",
                "source_id": "ga", "source_year": SOURCES["ga"]["snapshot_year"], "note": note}

    # Constants of the host share and of the equivalents shown beside a result. The year is the
    # vintage of the cited figure; where the citation is undated, the year of the Green Algorithms snapshot.
    entries = [
        reference("memory_w_per_gb", "memoryPower", "W/GB", 2017,
                  "Desrochers et al. 2016 (doi:10.1145/3076113.3076117) and Tom's Hardware Core i7-5960X review",
                  "year: the cited measurement paper (MEMSYS 2016, published 2017)"),
        reference("car_eu_g_per_km", "passengerCar_EU_perkm", "gCO2e/km", 2019,
                  "UK Government GHG conversion factors 2019 and Atmospheric Environment 2018 (S1352231018307295)",
                  "average EU passenger car"),
        reference("car_us_g_per_km", "passengerCar_US_perkm", "gCO2e/km", SOURCES["ga"]["snapshot_year"],
                  "US EPA, Greenhouse gas emissions from a typical passenger vehicle",
                  "undated EPA page; year of the Green Algorithms snapshot"),
        reference("flight_economy_g_per_km", "flight_economy_perkm", "gCO2e/km", 2020,
                  "UK Government GHG conversion factors 2020", "economy class, per passenger-km; the source gives 139-244 g"),
        reference("tree_year_g", "treeYear", "gCO2e/tree-year", 2002,
                  "Nowak & Crane 2002, Environmental Pollution (S0269749101002640)", "CO2 taken up by one urban tree in a year"),
        reference("flight_nyc_sf_g", "flight_NY-SF", "gCO2e/passenger", SOURCES["ga"]["snapshot_year"],
                  "carbonfootprint.com flight calculator", "one economy passenger, New York to San Francisco; undated"),
    ]
    entries += mfu_references(data)
    entries += embodied_references(data)
    entries.append(DRINKING_WATER)
    dump(os.path.join(out, "hardware_db/reference.json"),
         header("reference", {"ga", "epoch_systems", "gadata", "ccf", "ecologits", "web", "who"}, "Constants of the host share (memory power per GB), of the embodied host server, of the "
                "equivalents shown beside a result (car and flight km, tree-years) and of compute-based estimates "
                "(the model FLOP utilisation of published runs). No source in the reference data gives an "
                "average person's annual footprint, so none is listed."),
         entries)


# Constants of the embodied estimate, each from its row of shared/data/impacts/embodied_factors.csv:
# key -> (the factors' item, unit, source id).
EMBODIED_REFERENCES = (
    ("embodied_gpu_die_g_per_cm2", "gpu_die_impact_gwp", "gCO2e/cm2", "gadata"),
    ("embodied_gpu_base_g", "gpu_base_impact_gwp", "gCO2e/device", "gadata"),
    ("embodied_gpu_flat_kg", "GPU_MANUFACTURING_EMISSIONS", "kgCO2e/device", "ccf"),
    ("lifetime_cloud_years", "lifespan_cloud-server", "years", "gadata"),
    ("lifetime_local_years", "lifespan_local-server", "years", "gadata"),
    ("active_share_cloud", "active-utilization_cloud-server", "fraction", "gadata"),
    ("active_share_local", "active-utilization_local-server", "fraction", "gadata"),
)


def embodied_references(data):
    rows = {r["item"]: r for r in read_csv(os.path.join(data, "impacts/embodied_factors.csv"))}
    out = []
    for key, item, unit, sid in EMBODIED_REFERENCES:
        r = rows[item]
        out.append({"id": key, "value": num(r["value"]), "unit": unit, "year": int(r["year"]),
                    "source": f"{item} ({r['applies_to']}): {r['source']}", "source_id": sid,
                    "source_year": SOURCES[sid]["snapshot_year"], "note": r["note"] or r["applies_to"]})
    # The longest lifetime a source assumes for GPU hosts bounds the range (Boavizta: 6 years).
    r = rows["cloud GPU server archetypes hours_life_time"]
    out.append({"id": "lifetime_longest_years", "value": round(num(r["value"]) / 8760, 4), "unit": "years",
                "year": int(r["year"]), "source": f"{r['item']} ({r['applies_to']}): {r['value']} h / 8760 h: "
                f"{r['source']}", "source_id": "web", "source_year": SOURCES["web"]["snapshot_year"],
                "note": "the longest lifetime the sources assume, for the low end of the range"})
    out += embodied_host_references(rows)
    return out


def embodied_host_references(rows):
    """The host server's share per device (optional in an estimate): EcoLogits' 8-GPU server archetype
    (AWS p5.48xlarge modelled with BoaviztAPI, without its GPUs) divided by its GPU count; the low end of
    the range is the smallest host of Cloud Carbon Footprint's 8-GPU instances, its total less the GPU
    term it states ("... + GPUs 1200"), over its GPU count. Arithmetic on the sources' own terms only."""
    server, gpus = rows["SERVER_EMBODIED_IMPACT_GWP"], rows["SERVER_GPUS"]
    out = [{"id": "embodied_host_server_kg", "value": num(server["value"]), "unit": "kgCO2e/server",
            "year": int(server["year"]), "source": f"SERVER_EMBODIED_IMPACT_GWP ({server['applies_to']}): {server['source']}",
            "source_id": "ecologits", "source_year": SOURCES["ecologits"]["snapshot_year"],
            "note": "host server without its GPUs: chassis, motherboard, CPUs, memory, storage, power supplies"},
           {"id": "embodied_host_server_devices", "value": num(gpus["value"]), "unit": "devices/server",
            "year": int(gpus["year"]), "source": f"SERVER_GPUS ({gpus['applies_to']}): {gpus['source']}",
            "source_id": "ecologits", "source_year": SOURCES["ecologits"]["snapshot_year"],
            "note": "the host's embodied figure is shared by this many devices"}]
    low = None
    for item in ("CCF p4d.24xlarge embodied total", "CCF p3.16xlarge embodied total"):
        r = rows[item]
        gpu_term = re.search(r"GPUs (\d+(?:\.\d+)?)", r["applies_to"])
        count = re.search(r"\((\d+)x ", r["applies_to"])
        if not gpu_term or not count:
            raise SystemExit(f"embodied_factors.csv: {item}: no 'GPUs N' term or '(Nx' count in applies_to")
        per_device = (num(r["value"]) - num(gpu_term.group(1))) / int(count.group(1))
        if low is None or per_device < low[0]:
            low = (per_device, r, gpu_term.group(1), count.group(1))
    per_device, r, gpu_term, count = low
    out.append({"id": "embodied_host_low_kg_per_device", "value": round(per_device, 4), "unit": "kgCO2e/device",
                "year": int(r["year"]), "source": f"{r['item']} ({r['applies_to']}) less the GPU term "
                f"{gpu_term} kg, over {count} GPUs: {r['source']}", "source_id": "ccf",
                "source_year": SOURCES["ccf"]["snapshot_year"],
                "note": "the smallest 8-GPU host of Cloud Carbon Footprint's coefficients, for the low end of the range"})
    return out


def mfu_references(data):
    """Median and quartiles of the MFU that published runs report (Epoch AI's ML systems database):
    the default and the low-high range of a compute-based estimate."""
    import statistics
    rows = read_csv(os.path.join(data, "published/epoch_ml_systems.csv"))
    reported = [(float(r["Hardware utilization (MFU)"]), r["Model"]) for r in rows if r["Hardware utilization (MFU)"]]
    # A fraction above 1 is not an MFU (one row gives 72.0, a percentage typed as a fraction): not used.
    bad = [f"{m} ({v})" for v, m in reported if not 0 < v <= 1]
    values = sorted(v for v, _ in reported if 0 < v <= 1)
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    years = sorted(int(r["Publication date"][:4]) for r in rows if r["Hardware utilization (MFU)"])
    cited = (f"Epoch AI ML systems database: the {len(values)} runs that report a model FLOP utilisation "
             f"(published {years[0]}-{years[-1]})")
    left = f"; left out: {', '.join(bad)}, not a fraction" if bad else ""
    print(f"  MFU of {len(values)} published runs: median {median:.4g}, quartiles {q1:.4g}-{q3:.4g}{left}")

    def entry(key, value, what):
        return {"id": key, "value": round(value, 4), "unit": "fraction", "year": years[-1],
                "source": f"{cited}, {what} (Python statistics.quantiles, inclusive method)",
                "source_id": "epoch_systems", "source_year": SOURCES["epoch_systems"]["snapshot_year"],
                "note": f"year: the newest of those runs{left}"}
    return [entry("mfu_median", median, "median"), entry("mfu_low", q1, "first quartile"),
            entry("mfu_high", q3, "third quartile")]


def read_csv_skip_units(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        f.readline()  # Green Algorithms files start with a units/comment row
        return list(csv.DictReader(f))


def parse_other_values(text, used):
    """'owid-ember 2022=561.13; green-algorithms 2020=417.89' -> [{g_per_kwh, year, source_id}]"""
    out = []
    for part in filter(None, (p.strip() for p in (text or "").split(";"))):
        key, value = part.rsplit("=", 1)
        src, year = key.strip().rsplit(" ", 1)
        sid = VALUE_SOURCE_IDS[src]
        used.add(sid)
        # 'year?' marks a value whose source does not date it: year null, never used as a bound.
        out.append({"g_per_kwh": num(value), "year": int(year) if year.isdigit() else None, "source_id": sid,
                    "basis": ZONE_VALUE_BASIS[sid]})
    return out


SOURCE_ID_BY_LICENSE = {"ODbL-1.0": "em2024", "CC-BY-4.0": None}

# Every intensity carries one of four bases (the app compares figures on one basis only):
#   lifecycle    Electricity Maps life-cycle, or Ember/OWID (life-cycle factors)
#   direct       Electricity Maps direct (operational); US EPA eGRID output rates (combustion)
#   provider     a cloud provider's own published grid figure (Google's region figures, also as GSF and
#                CodeCarbon ship them)
#   unspecified  the source does not say (carbonfootprint.com compilations via Green Algorithms, CCF, ML CO2 Impact)
BASES = ("lifecycle", "direct", "provider", "unspecified")
ZONE_VALUE_BASIS = {"owid": "lifecycle", "ga": "unspecified", "egrid2016": "direct", "em2024": "lifecycle"}


def split_basis(text):
    """The curated tables' basis text -> (basis, detail): 'provider-published (Google: ...)' -> ('provider', 'Google: ...')."""
    m = re.fullmatch(r"([a-z-]+)(?: \((.*)\))?", text.strip())
    word = {"provider-published": "provider"}.get(m.group(1), m.group(1)) if m else ""
    if word not in BASES:
        raise SystemExit(f"unknown intensity basis {text!r}")
    return word, (m.group(2) or "")


def zone_source_id(row):
    s = row["source"]
    if s.startswith("Electricity Maps"):
        return "em2024"
    if "Our World in Data" in s or "OWID" in s or "owid" in s:
        return "owid"
    if "Green Algorithms" in s or "carbonfootprint" in s:
        return "ga"
    if "Ember" in s:
        return "em2024"
    raise SystemExit(f"zone {row['zone_code']}: unknown source {s}")


# The intensity history (shared/data/regions/grid_intensity_history.csv), per place, as series of
# (source, basis) with year -> value pairs. The order below is the order of preference when two
# sources give a figure for the same place, year and basis: Electricity Maps first (the family of the
# places' own 2024 figures, so that year 2024 gives the figure shown without a year), then Google's
# own region figures, OWID/Ember, eGRID, and the undated-basis compilations.
HISTORY_SOURCES = {  # source_id in the table -> source id in our files
    "em2024_lifecycle": "em2024", "em2024_direct": "em2024", "em_co2js": "em_co2js", "google_cloud": "google",
    "owid_ember": "owid_ember", "owid_grapher_2022": "owid_grapher_2022", "egrid_st": "egrid",
    "egrid2016_codecarbon": "egrid2016", "em_yearly_mlco2": "em_yearly_mlco2", "ga_ci_aggregated": "ga",
    "ga_v21_carbonfootprint": "ga_v21", "codecarbon_eu_2020": "codecarbon_eu_2020",
}
# Left out of the history, with the reason the bundled descriptions repeat:
HISTORY_LEFT_OUT = {
    "ember_co2js": "Ember via co2.js: its licence is in doubt (co2.js says CC BY-SA 4.0, OWID and Climatiq "
                   "CC BY 4.0); the same countries and years are covered by Electricity Maps (2021-2025) and "
                   "OWID/Ember (2000-2023)",
}
HISTORY_BASIS = {"lifecycle": "lifecycle", "direct": "direct", "operational": "provider", "unspecified": "unspecified"}


def read_history(data):
    """zone_code -> [{"source_id", "basis", "values": [[year, g], ...]}] in HISTORY_SOURCES order,
    and counts of what was left out."""
    order = list(dict.fromkeys((v, b) for v in HISTORY_SOURCES.values() for b in BASES))
    series = {}
    left = {"licence": 0, "value 0 flagged as missing data": 0, "partial year": 0}
    for r in read_csv(os.path.join(data, "regions/grid_intensity_history.csv")):
        if r["source_id"] in HISTORY_LEFT_OUT:
            left["licence"] += 1
            continue
        if r["note"].startswith("VALUE 0 IN SOURCE"):
            left["value 0 flagged as missing data"] += 1
            continue
        if "PARTIAL YEAR" in r["note"]:
            left["partial year"] += 1  # an average over part of a year is not the year's figure
            continue
        sid = HISTORY_SOURCES.get(r["source_id"])
        if sid is None:
            raise SystemExit(f"grid_intensity_history.csv: unknown source_id {r['source_id']!r}")
        key = (sid, HISTORY_BASIS[r["basis"]])
        values = series.setdefault(r["zone_code"], {}).setdefault(key, {})
        year = int(r["year"])
        if year in values:
            raise SystemExit(f"grid_intensity_history.csv: two {key} figures for {r['zone_code']} {year}")
        values[year] = num(r["gco2_per_kwh"])
    history = {}
    for zone, by_key in series.items():
        history[zone] = [{"source_id": sid, "basis": basis, "values": [[y, v] for y, v in sorted(by_key[(sid, basis)].items())]}
                         for sid, basis in order if (sid, basis) in by_key]
    return history, left


def history_sources(entries):
    return {s["source_id"] for e in entries for s in e.get("intensity_history", [])}


def read_water(data):
    """Off-site water of electricity by zone, and on-site WUE rows by (zone_code, year)."""
    offsite, onsite = {}, []
    for r in read_csv(os.path.join(data, "impacts/water_factors.csv")):
        if r["kind"] == "offsite":
            offsite[r["zone_code"]] = r
        else:
            onsite.append(r)
    return offsite, onsite


def onsite_row(rows, code, year, source_prefix):
    found = [r for r in rows if r["zone_code"] == code and int(r["year"]) == year and r["source"].startswith(source_prefix)]
    if len(found) != 1:
        raise SystemExit(f"water_factors.csv: {len(found)} on-site rows for {code} {year} '{source_prefix}'")
    return found[0]


def wue_value(row):
    sid = "ecologits" if "ecologits" in row["source"] else "gsf" if "Green-Software-Foundation" in row["source"] else "web"
    v = {"wue_l_per_kwh": num(row["value_l_per_kwh"]), "year": int(row["year"]), "source": row["source"],
         "source_id": sid}
    if row["note"]:
        v["note"] = row["note"]
    return v


def add_chosen_wue(e, chosen, alternatives, what):
    e.update({"wue_l_per_kwh": chosen["wue_l_per_kwh"], "wue_year": chosen["year"],
              "wue_source": chosen["source"] + (f" ({what})" if what else ""), "wue_source_id": chosen["source_id"]})
    e["wue_alternatives"] = alternatives


def build_regions(data, out):
    used = set()
    water_offsite, water_onsite = read_water(data)
    history, left_out = read_history(data)
    zones = []
    zone_rows = read_csv(os.path.join(data, "regions/grid_intensity.csv"))
    for r in zone_rows:
        sid = zone_source_id(r)
        used.add(sid)
        e = {"code": r["zone_code"], "name": r["zone_name"], "type": r["zone_type"]}
        if r["country_iso2"]:
            e["country"] = r["country_iso2"]
        if r["zone_type"] == "country" and r["country_name"] and r["country_name"] != r["zone_name"]:
            e["country_name"] = r["country_name"]  # ISO name when the zone's differs ("USA" -> "United States")
        basis, detail = split_basis(r["basis"])
        e.update({"g_per_kwh": num(r["gco2_per_kwh"]), "year": int(r["year"]), "basis": basis})
        if detail:
            e["basis_note"] = detail
        e.update({"source": r["source"], "source_id": sid, "license": r["license"]})
        if r["direct_gco2_per_kwh"]:
            e["direct_g_per_kwh"] = num(r["direct_gco2_per_kwh"])
        alts = parse_other_values(r["other_values"], used)
        if r["direct_gco2_per_kwh"]:
            alts.insert(0, {"g_per_kwh": num(r["direct_gco2_per_kwh"]), "year": int(r["year"]), "source_id": "em2024",
                            "basis": "direct"})
        if alts:
            e["intensity_alternatives"] = alts
        if r["note"]:
            e["note"] = r["note"]
        if r["zone_code"] in history:
            e["intensity_history"] = history[r["zone_code"]]
        w = water_offsite.get(r["zone_code"])
        if w and r["zone_type"] in ("country", "world"):
            used.add("ecologits")
            e.update({"water_offsite_l_per_kwh": num(w["value_l_per_kwh"]), "water_offsite_year": int(w["year"]),
                      "water_offsite_source": w["source"], "water_offsite_source_id": "ecologits"})
        zones.append(e)
    missing_water = sorted(set(water_offsite) - {z["code"] for z in zones if "water_offsite_l_per_kwh" in z})
    if missing_water:
        raise SystemExit(f"water_factors.csv: off-site zones not in the database as countries: {missing_water}")
    used |= history_sources(zones)
    zone_codes = {z["code"] for z in zones}
    unused = sorted(z for z in history if z not in zone_codes and not z.startswith("gcp:"))
    history_note = (" intensity_history: every figure of shared/data/regions/grid_intensity_history.csv for the "
                    "place, as (source, basis) series of [year, gCO2e/kWh], in order of preference. Left out: "
                    + "; ".join(HISTORY_LEFT_OUT.values()) + "; rows the table flags 'VALUE 0 IN SOURCE' (probable "
                    "missing data) or 'PARTIAL YEAR' (an average over part of a year).")
    print(f"  history: {sum(len(s['values']) for z in zones for s in z.get('intensity_history', []))} figures for "
          f"{sum(1 for z in zones if 'intensity_history' in z)} zones; left out: "
          + ", ".join(f"{n} rows ({why})" for why, n in left_out.items())
          + f", {len(unused)} zones not in the database ({', '.join(unused[:8])}, ...)")
    subdivision_by_name = {(z.get("country"), z["name"]): z["code"] for z in zones if z["type"] == "subdivision"}
    dump(os.path.join(out, "regions_db/grid_zones.json"),
         header("grid_zones", used, "Grid carbon intensity of countries, subdivisions (ISO 3166-2) and grid zones, "
                "gCO2e/kWh, newest value per zone; other sources' values in intensity_alternatives."
                + history_note + " Made available under the Open Database License 1.0 (see regions_db/LICENSE.md)."),
         zones)

    used = {"gsf", "tal66"}
    regions = []
    for r in read_csv(os.path.join(data, "regions/cloud_regions.csv")):
        lic = r["intensity_license"]
        sid = {"Apache-2.0": "google", "ODbL-1.0": "em2024", "CC-BY-4.0": "ga"}[lic]
        used.add(sid)
        e = {"provider": r["provider"], "region": r["region_code"], "name": r["region_name"] or r["region_code"],
             "country": r["country_iso2"]}
        sub = subdivision_by_name.get((r["country_iso2"], r["state_or_subdivision"]))
        if sub:
            e["subdivision"] = sub
        if r["state_or_subdivision"]:
            e["subdivision_name"] = r["state_or_subdivision"]
        if r["city"]:
            e["city"] = r["city"]
        if r["em_zone_id"]:
            e["zone"] = r["em_zone_id"]
            if r["em_zone_id"] not in zone_codes:
                raise SystemExit(f"{r['provider']}/{r['region_code']}: zone {r['em_zone_id']} not in grid_intensity.csv")
        basis, detail = split_basis(r["intensity_basis"])
        e.update({"g_per_kwh": num(r["grid_intensity_gco2_per_kwh"]), "year": int(r["intensity_year"]), "basis": basis})
        if detail:
            e["basis_note"] = detail
        e.update({"source": r["intensity_source"], "source_id": sid, "license": lic})
        if r["pue"]:
            pue_sid = "ccf" if "Cloud Carbon Footprint" in r["pue_source"] or "CCF" in r["pue_source"] else \
                      "mlco2" if "ML CO2" in r["pue_source"] else "gsf"
            used.add(pue_sid)
            e["pue"] = num(r["pue"])
            e["pue_year"] = int(r["pue_year"]) if r["pue_year"] else SOURCES[pue_sid]["snapshot_year"]
            e["pue_source"] = r["pue_source"] + ("" if r["pue_year"] else " (undated; year of the source snapshot)")
            e["pue_source_id"] = pue_sid
        # Offset / renewable match: the provider's own market-based claim (0 g/kWh means 100% matched)
        # wins over ML CO2 Impact's undated offsetRatio.
        if r["market_based_gco2_per_kwh"] != "" and num(r["grid_intensity_gco2_per_kwh"]):
            share = 100.0 * (1 - num(r["market_based_gco2_per_kwh"]) / num(r["grid_intensity_gco2_per_kwh"]))
            e["offset_pct"] = round(max(0.0, min(100.0, share)), 2)
            e["offset_year"] = int(r["market_based_year"])
            e["offset_source"] = (f"provider market-based intensity {r['market_based_gco2_per_kwh']} g/kWh "
                                  f"({r['market_based_year']}), GSF Real Time Cloud, from the provider's disclosure")
        elif r["offset_note"]:
            m = re.search(r"offsetRatio (\d+)%", r["offset_note"])
            used.add("mlco2")
            e["offset_pct"] = num(m.group(1))
            e["offset_year"] = SOURCES["mlco2"]["snapshot_year"]
            e["offset_source"] = r["offset_note"] + " (undated; year of the source snapshot)"
        if r["wue_l_per_kwh"]:
            e.update({"wue_l_per_kwh": num(r["wue_l_per_kwh"]), "wue_year": int(r["wue_year"]),
                      "wue_source": "the provider's region WUE, via the Green Software Foundation Real Time Cloud "
                                    "dataset", "wue_source_id": "gsf"})
        if r["cfe_percent"]:
            e["cfe_pct"] = num(r["cfe_percent"])
            e["cfe_year"] = int(r["cfe_year"])
        alts = []

        def alt(col, year, src, basis, note=None):
            if r[col]:
                used.add(src)
                a = {"g_per_kwh": num(r[col]), "year": year, "source_id": src, "basis": basis}
                if note:
                    a["note"] = note
                alts.append(a)
        alt("em2024_lifecycle_gco2_per_kwh", 2024, "em2024", "lifecycle")
        alt("em2024_direct_gco2_per_kwh", 2024, "em2024", "direct")
        if r["gsf_grid_year"]:
            # GSF's Google column holds Google's own figure (shared/data README, section 3); for the other
            # providers GSF does not say which basis its grid average is on.
            alt("gsf_grid_gco2_per_kwh", int(r["gsf_grid_year"]), "gsf",
                "provider" if r["provider"] == "gcp" else "unspecified")
        if r["google_year"]:
            alt("google_gco2_per_kwh", int(r["google_year"]), "google", "provider")
        alt("codecarbon_gco2_per_kwh", 2023, "codecarbon", "provider", "Google's 2023 figures as shipped by CodeCarbon")
        # CCF: eGRID2020 NERC regions for US rows, carbonfootprint.com 2021 / EEA elsewhere.
        alt("ccf_gco2_per_kwh", 2020 if "NERC" in r["ccf_note"] else 2021, "ccf", "unspecified")
        # ML CO2 Impact and Green Algorithms do not date their region figures row by row: year null,
        # kept for the record, never used as a bound.
        alt("mlco2_gco2_per_kwh", None, "mlco2", "unspecified")
        alt("ga_gco2_per_kwh", None, "ga", "unspecified")
        if alts:
            e["intensity_alternatives"] = alts
        if r["note"]:
            e["note"] = r["note"]
        # Google's per-region series; every other region's history is its zone's.
        if r["provider"] == "gcp" and f"gcp:{r['region_code']}" in history:
            e["intensity_history"] = history[f"gcp:{r['region_code']}"]
        regions.append(e)
    used |= history_sources(regions)
    regions.sort(key=lambda e: (e["provider"], e["region"]))
    dump(os.path.join(out, "regions_db/cloud_regions.json"),
         header("cloud_regions", used, "Cloud regions with the grid carbon intensity of their location (gCO2e/kWh), "
                "region PUE where the provider publishes one, and the offset/renewable-match share where the data has it. "
                "intensity_history: Google's own yearly figures of a Google Cloud region (2019-2020 life-cycle, "
                "2021-2024 operational = provider basis); other regions take the history of their zone. "
                "Made available under the Open Database License 1.0 (see regions_db/LICENSE.md)."),
         regions)

    used = {"ga"}
    pue_rows = {r["id"]: r for r in read_csv(os.path.join(data, "regions/pue_defaults.csv"))}

    def pue_value(row):
        sid = "web" if row["source_file"].startswith("web page") else \
              "ccf" if "cloud-carbon-footprint" in row["source_file"] else "ga"
        used.add(sid)
        year = int(row["year"]) if row["year"] else SOURCES[sid]["snapshot_year"]
        v = {"pue": num(row["pue"]), "year": year, "source": row["source"], "source_id": sid, "scope": row["scope"]}
        if not row["year"]:
            v["note"] = "undated in the source; year of the source snapshot"
        return v

    offsets = {r["provider"]: r for r in read_csv_skip_units(os.path.join(data, "sources/green-algorithms/servers_offset.csv"))}
    providers = []
    for pid in sorted({r["provider"] for r in regions}):
        e = {"id": pid, "name": PROVIDER_NAMES[pid], "kind": "cloud"}
        values = [pue_value(r) for r in pue_rows.values() if PUE_PROVIDER_ALIASES.get(r["provider"], r["provider"]) == pid]
        if pid in CHOSEN_PROVIDER_PUE:
            chosen = pue_value(pue_rows[CHOSEN_PROVIDER_PUE[pid]])
            e.update({"pue": chosen["pue"], "pue_year": chosen["year"], "pue_source": chosen["source"],
                      "pue_source_id": chosen["source_id"]})
        if values:
            e["pue_alternatives"] = values
        if pid in CHOSEN_PROVIDER_WUE:
            code = CHOSEN_PROVIDER_WUE[pid][0]
            alts = sorted((wue_value(w) for w in water_onsite if w["zone_code"] == code), key=lambda a: a["year"])
            used.update(a["source_id"] for a in alts)
            add_chosen_wue(e, wue_value(onsite_row(water_onsite, *CHOSEN_PROVIDER_WUE[pid])), alts,
                           "EcoLogits' default for services hosted on Google Cloud; Google's own fleet WUE is not "
                           "in the data" if pid == "gcp" else "fleet average")
        if pid in offsets:
            e["offset_pct"] = num(offsets[pid]["offsetRatio"])
            e["offset_year"] = SOURCES["ga"]["snapshot_year"]
            e["offset_source"] = ("Green Algorithms servers_offset.csv (share of emissions the provider offsets; "
                                  "undated; year of the source snapshot)")
        providers.append(e)
    op = pue_value(pue_rows[ON_PREMISE_PUE])
    providers.append({"id": "on-premise", "name": "Own / on-premise hardware", "kind": "on_premise",
                      "pue": op["pue"], "pue_year": op["year"], "pue_source": op["source"],
                      "pue_source_id": op["source_id"],
                      "pue_alternatives": [op] + [pue_value(pue_rows[i]) for i in ON_PREMISE_ALTERNATIVES]})
    industry = [wue_value(onsite_row(water_onsite, *k)) for k in INDUSTRY_WUE]
    used.update(a["source_id"] for a in industry)
    add_chosen_wue(providers[-1], industry[0], industry,
                   "industry average: the default for own hardware and for providers without a WUE")
    dump(os.path.join(out, "regions_db/providers.json"),
         header("providers", used, "Provider defaults: fleet PUE (chosen figure and all others found), offset share, "
                "and the on-premise default PUE used for own hardware, --country and --intensity; fleet WUE (on-site water, L/kWh) "
                "where published, and the industry WUE default on the on-premise entry."),
         providers)


# Published training runs -> presets. The device names of the papers are resolved by hand to database
# ids; the place is resolved to a database location only to offer "database defaults" beside the
# reported inputs, and every such choice says so in location_note.
PUBLISHED_HARDWARE = {
    "TPU v3": "google-tpu-v3", "TPU v4": "google-tpu-v4", "V100": "nvidia-tesla-v100-sxm2",
    "V100 16GB": "nvidia-tesla-v100-pcie-16-gb", "A100-80GB": "nvidia-a100-sxm4-80-gb",
    "A100 SXM4 80GB": "nvidia-a100-sxm4-80-gb", "H100-80GB": "nvidia-h100-sxm5-80gb",
    "H100 (Jupiter/Augusta clusters)": "nvidia-h100-sxm5-80gb", "A800 80GB (24 DGX-A800 servers)": "nvidia-a800-sxm",
    "A100 PCIe 40GB (Env. section); 'Hardware: 32 x 8 x A100 GPUs'": "nvidia-a100-pcie-40-gb",
}
PUBLISHED_LOCATION = {  # location text prefix -> (kind, provider, region-or-zone, note)
    "Google Taiwan": ("cloud", "gcp", "asia-east1", "Google's Taiwan data centre = region asia-east1 (Changhua County)"),
    "Google Georgia": ("zone", "", "US-GA", "Google's Georgia data centre: the US-GA grid figure"),
    "Microsoft Azure (US": ("zone", "", "US", "US average, as the authors used"),
    "hypothetical same datacenter": ("zone", "", "US", "US average, as the authors used"),
    "France, Jean Zay": ("zone", "", "FR", "Jean Zay is in France"),
    "Meta Research SuperCluster": ("zone", "", "US", "not published; US average"),
    "Meta custom GPU clusters": ("zone", "", "US", "not published; US average"),
    "AWS US-east": ("cloud", "aws", "us-east-1", "AWS US East = us-east-1"),
    "Azure, 'assumed East US": ("cloud", "azure", "eastus", "as the card assumes"),
    "Azure, 16 regions": ("cloud", "azure", "eastus", "16 regions compared in the paper; eastus shown"),
    "Jupiter cluster, Texas": ("zone", "", "US-TX", "Austin, Texas: the US-TX grid figure"),
    "China (not stated)": ("zone", "", "CN", "China country figure"),
    "Google datacenter": ("zone", "", "US", "not stated; US average"),
}


# Published run (id) -> the same run in the published-models catalog (Epoch AI's id), reviewed by hand:
# the same model, size and training run. Left out: Llama 2 13B and Llama 3.1 8B/70B (Epoch lists only
# derivatives), Stable Diffusion v1/v2 (Epoch's "Stable Diffusion (LDM-KL-8-G)" is the latent-diffusion
# paper's model, not Stability's runs), DistilGPT2 and Dodge et al.'s BERT-small and ViT-Huge runs.
PUBLISHED_RUN_MODELS = {
    "t5-11b": "t5-11b", "meena": "meena", "switch-transformer-1-5t-moe": "switch",
    "gpt-3": "gpt-3-175b-davinci", "opt-175b-llama-table-15-normalisation": "opt-175b",
    "bloom-176b-luccioni-et-al": "bloom-176b", "llama-2-7b": "llama-2-7b", "llama-2-70b": "llama-2-70b",
    "llama-3-1-405b": "llama-3-1-405b", "olmo-2-7b": "olmo-2-furious-7b", "flm-101b": "flm-101b",
    "palm-540b-as-quoted-in-flm-101b-table-3": "palm-540b", "glam-1-2t-moe-600b-token-run": "glam",
}


def build_presets(data, out):
    rows = read_csv(os.path.join(data, "published/published_runs.csv"))
    accel = {e["id"] for e in json.load(open(os.path.join(out, "hardware_db/accelerators.json")))["entries"]}
    models = {e["id"]: e for e in json.load(open(os.path.join(out, "hardware_db/published_models.json")))["entries"]}
    presets = []
    for r in rows:
        hw = PUBLISHED_HARDWARE.get(r["hardware"])
        if hw is None or hw not in accel:
            raise SystemExit(f"published run {r['model']}: device {r['hardware']!r} has no database id")
        loc = next((v for k, v in PUBLISHED_LOCATION.items() if r["location_or_region"].startswith(k)), None)
        if loc is None:
            raise SystemExit(f"published run {r['model']}: no location for {r['location_or_region']!r}")
        m = re.search(r"\b(20[0-2]\d)\b", r["source"])
        e = {"id": slug(r["model"]), "name": r["model"], "hardware": hw, "hardware_as_reported": r["hardware"]}
        for key, col in (("params_billion", "params_billion"), ("count", "hardware_count"),
                         ("device_hours", "accelerator_hours"), ("power_w", "power_w_per_accelerator"),
                         ("pue", "pue"), ("g_per_kwh", "grid_gco2_per_kwh"),
                         ("reported_energy_mwh", "reported_energy_mwh"), ("reported_tco2e", "reported_tco2e")):
            if r[col]:
                e[key] = num(r[col])
        e["location_as_reported"] = r["location_or_region"]
        kind, provider, where, note = loc
        e["default_location"] = {"kind": kind, "provider": provider, "code": where, "note": note} if provider else \
                                {"kind": kind, "code": where, "note": note}
        e["emissions_basis"] = r["emissions_basis"]
        e["source"] = r["source"]
        if m:
            e["year"] = int(m.group(1))
        model = models.get(PUBLISHED_RUN_MODELS.get(e["id"], ""))
        if e["id"] in PUBLISHED_RUN_MODELS and model is None:
            raise SystemExit(f"published run {e['id']}: model {PUBLISHED_RUN_MODELS[e['id']]!r} is not in the catalog")
        if model:
            e["model_id"] = model["id"]
            e["run_year"] = model["year"]
            e["run_year_note"] = f"publication year of {model['name']} (Epoch AI); the run ended in or before that year"
        elif m:
            e["run_year"] = e["year"]
            e["run_year_note"] = "year of the cited source; the run ended in or before that year"
        e["tier"] = r["note"][5] if r["note"].startswith("Tier ") else ""
        e["note"] = r["note"]
        presets.append(e)
    dump(os.path.join(out, "hardware_db/published_runs.json"),
         header("published_runs", set(), "Published training runs as their authors reported them (shared/data/"
                "published/published_runs.csv): every number is the paper's or model card's, cited in `source`; "
                "`year` is the citation's year where it states one; model_id the same run in published_models.json "
                "(a reviewed list), run_year the year of the run mlcarbon takes (that model's publication year, else "
                "the citation's year; run_year_note says which). Tier A: all inputs published and the arithmetic "
                "reproduces the report; B: some inputs missing; C: totals only or inconsistent. default_location is "
                "mlcarbon's reading of the reported place, used only for the database-defaults estimate."),
         presets)


# Published models -> catalog (shared/data/published/epoch_ml_systems.csv, Epoch AI's ML systems database).
# Epoch's device names are matched to database ids: (0) EPOCH_NOT_MAPPED first (names whose exact match
# would be wrong); (1) the exact name of an accelerator (then of a CPU), ignoring case, spaces and
# punctuation; (2) EPOCH_HARDWARE_ALIASES, Epoch's generic or differently spelled names, each with the
# note the entry carries. Only the first device Epoch lists is mapped; the others go to hardware_note.
EPOCH_HARDWARE_ALIASES = {  # Epoch's name -> (database id, hardware_note or "")
    # The curated table merged Epoch's two records of this card ("merged Epoch rows: NVIDIA GTX Titan
    # Black | NVIDIA GeForce GTX TITAN BLACK"): the same device.
    "NVIDIA GTX Titan Black": ("nvidia-geforce-gtx-titan-black", ""),
    # No memory size: the 40 GB PCIe card, the first A100 PCIe shipped (2020; the 80 GB PCIe followed in
    # 2021). The two differ in TDP (250 W vs 300 W), so the note says which was taken.
    "NVIDIA A100 PCIe": ("nvidia-a100-pcie-40-gb", "Epoch gives no memory size: taken as the A100 PCIe 40 GB, "
                         "the first A100 PCIe shipped (the 80 GB PCIe card, 300 W, followed in 2021)"),
}
# Left unmapped on purpose (otherwise rule 1 would match them):
EPOCH_NOT_MAPPED = {
    # An exact match in cpus.json is a 3 W Intel CPU of 2007 (Intel A100, "Stealey"); the Epoch row (Uni-RNA,
    # DP Technology, 2023) surely means an NVIDIA A100, but which variant is a guess: not mapped.
    "Intel A100": "Epoch writes 'Intel A100', the name of a 3 W Intel CPU of 2007 (probably an NVIDIA A100 is "
                  "meant): not mapped",
}
# Not aliased because rule 1 already matches them: Epoch's generic "NVIDIA A100" and "NVIDIA V100" are records
# of the database under those names (nvidia-a100: Epoch's A100 record, 400 W, 40 GB, the SXM4 40 GB figures;
# nvidia-v100), as are "Google TPU v3" and the other TPUs that have a TDP.
# Not aliased, for want of the same device in the database (reviewed by hand):
#   Google TPU v5p, Google TPU v6e Trillium, Amazon Trainium1, NVIDIA RTX 6000 Ada Generation: in the
#     reference data but without a TDP, so not in accelerators.json (TPU v5e and Trainium2 are other chips);
#   NVIDIA GeForce GTX 280/285/580/780/TITAN, Quadro K4000/K6000, Tesla C2075/K20X/K20c/K40s/K40t: released
#     before 2014 and so left out of accelerators.json (the 780 Ti 6 GB and TITAN BLACK/Z there are other cards);
#   Cerebras CS-2: no source in the reference data gives it.
EPOCH_COUNTRIES = {  # Epoch's country names -> ISO 3166-1 alpha-2; "Multinational" has no code
    "Argentina": "AR", "Australia": "AU", "Austria": "AT", "Belgium": "BE", "Brazil": "BR", "Canada": "CA",
    "China": "CN", "Croatia": "HR", "Czechia": "CZ", "Denmark": "DK", "Finland": "FI", "France": "FR",
    "Germany": "DE", "Greece": "GR", "Hong Kong": "HK", "Hungary": "HU", "Iceland": "IS", "India": "IN",
    "Indonesia": "ID", "Iran (Islamic Republic of)": "IR", "Ireland": "IE", "Israel": "IL", "Italy": "IT",
    "Japan": "JP", "Korea (Republic of)": "KR", "Lebanon": "LB", "Lithuania": "LT", "Luxembourg": "LU",
    "Netherlands": "NL", "Poland": "PL", "Portugal": "PT", "Russia": "RU", "Saudi Arabia": "SA",
    "Singapore": "SG", "Spain": "ES", "Sweden": "SE", "Switzerland": "CH", "Taiwan": "TW", "Thailand": "TH",
    "United Arab Emirates": "AE", "United Kingdom of Great Britain and Northern Ireland": "GB",
    "United States of America": "US",
}
# Epoch's "Numerical format" parts -> our precisions; TF32 is the FP32 tensor-core mode.
EPOCH_PRECISIONS = {"FP8": "fp8", "BF16": "bf16", "FP16": "fp16", "FLOAT16": "fp16", "TF32": "fp32", "FP32": "fp32"}
PRECISION_ORDER = ("fp8", "bf16", "fp16", "fp32")  # lowest precision first (bf16 has fewer mantissa bits than fp16)
EPOCH_NUMBERS = (  # key (unit in the name) -> Epoch's column
    ("parameters_count", "Parameters"), ("compute_flop", "Training compute (FLOP)"),
    ("compute_low_flop", "Training compute lower bound"), ("compute_high_flop", "Training compute upper bound"),
    ("dataset_size_count", "Training dataset size (datapoints)"), ("training_hours", "Training time (hours)"),
    ("hardware_count", "Hardware quantity"), ("mfu_fraction", "Hardware utilization (MFU)"),
    ("chip_hours", "Training chip-hours"), ("power_draw_w", "Training power draw (W)"),
)
MODEL_SLUG_CHARS = {"α": " alpha ", "Σ": " sigma ", "σ": " sigma ", "×": " x ", "·": "-"}


def model_slug(name):
    """slug() after spelling out Greek letters and dropping accents ('PanGu-Σ' -> 'pangu-sigma', 'Tülu' -> 'tulu')."""
    import unicodedata
    s = "".join(MODEL_SLUG_CHARS.get(c, c) for c in name)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return slug(s) or "model"


def epoch_number(text):
    """-> (value, None) or (None, why). Whole values below 2^53 as int, others as float (6.12e+23 stays so)."""
    try:
        v = float(text)
    except ValueError:
        return None, "not a number"
    if v != v or v in (float("inf"), float("-inf")):
        return None, "not finite"
    if v < 0:
        return None, "negative"
    return (int(v) if v.is_integer() and abs(v) < 2 ** 53 else v), None


def build_published_models(data, out):
    import collections
    rows = read_csv(os.path.join(data, "published/epoch_ml_systems.csv"))
    devices = {}  # normalised name -> (id, name)
    for fname in ("accelerators.json", "cpus.json"):  # accelerators win a name both files have
        for e in json.load(open(os.path.join(out, "hardware_db", fname), encoding="utf-8"))["entries"]:
            devices.setdefault(re.sub(r"[^a-z0-9]", "", e["name"].lower()), (e["id"], e["name"]))
    ids = {i for i, _ in devices.values()}
    for name, (i, _) in EPOCH_HARDWARE_ALIASES.items():
        if i not in ids:
            raise SystemExit(f"EPOCH_HARDWARE_ALIASES: {name!r} -> {i!r} is not a database id")
    # Why a device of the reference data is not in the database (for `missing`).
    reference = {}
    for r in read_csv(os.path.join(data, "hardware/accelerators.csv")):
        key = re.sub(r"[^a-z0-9]", "", r["name"].lower())
        if not r["tdp_watts"]:
            reference[key] = "no TDP in the reference data"
        elif r["release_year"] and int(r["release_year"]) < 2014:
            reference[key] = f"released {r['release_year']}, before the database's 2014 cut"

    def device(name):
        """-> (id or None, note)"""
        if name in EPOCH_NOT_MAPPED:
            return None, EPOCH_NOT_MAPPED[name]
        hit = devices.get(re.sub(r"[^a-z0-9]", "", name.lower()))
        if hit:
            return hit[0], ""
        if name in EPOCH_HARDWARE_ALIASES:
            return EPOCH_HARDWARE_ALIASES[name]
        return None, ""

    entries = []
    rejected = []       # "model: column value (why)"
    mfu_left_out = []
    country_unmapped = collections.Counter()
    rows_without_country = 0
    unmapped_hw = collections.Counter()
    for r in rows:
        r = {k: (v or "").strip() for k, v in r.items()}
        name = r["Model"]
        e = {"id": model_slug(name), "name": name}
        if r["Organization"]:
            e["organization"] = r["Organization"]
        if r["Country (of organization)"]:
            names = [c.strip() for c in r["Country (of organization)"].split(",") if c.strip()]
            codes = list(dict.fromkeys(EPOCH_COUNTRIES[c] for c in names if c in EPOCH_COUNTRIES))
            for c in set(names) - set(EPOCH_COUNTRIES):
                country_unmapped[c] += 1  # rows, not mentions
            if names[0] in EPOCH_COUNTRIES:
                e["country"] = EPOCH_COUNTRIES[names[0]]
            else:
                rows_without_country += 1
            if len(set(names)) > 1 and codes:
                e["countries"] = codes
        e["publication_date"] = r["Publication date"]
        e["year"] = int(r["Publication date"][:4])
        for key, col in (("domain", "Domain"), ("reference", "Reference"), ("link", "Link")):
            if r[col]:
                e[key] = r[col]
        for key, col in EPOCH_NUMBERS:
            if not r[col]:
                continue
            v, why = epoch_number(r[col])
            if why is None and key == "mfu_fraction" and not 0 < v <= 1:
                mfu_left_out.append(f"{name} ({r[col]})")
                continue
            if why:
                rejected.append(f"{name}: {col} {r[col]!r} ({why})")
                continue
            e[key] = v
        hw = None
        first = ""
        if r["Training hardware"]:
            listed = [d.strip() for d in r["Training hardware"].split(",") if d.strip()]
            first = listed[0]
            e["hardware_name"] = r["Training hardware"]
            hw, note = device(first)
            if len(listed) > 1:
                note = "; ".join(filter(None, [note, "also: " + ", ".join(listed[1:])]))
            if hw:
                e["hardware"] = hw
            else:
                unmapped_hw[first] += 1
            if note:
                e["hardware_note"] = note
        if r["Numerical format"]:
            parts = [p.strip() for p in r["Numerical format"].split(",")]
            found = [EPOCH_PRECISIONS[p.upper()] for p in parts if p.upper() in EPOCH_PRECISIONS]
            if found:
                e["precision"] = min(found, key=PRECISION_ORDER.index)
                if len(parts) > 1:
                    e["precision_note"] = f"Epoch gives {r['Numerical format']}: the lowest precision taken"
                elif parts[0].upper() == "TF32":
                    e["precision_note"] = "Epoch gives TF32 (the FP32 tensor-core mode)"
        for key, col in (("cloud_vendor", "Training cloud compute vendor"), ("data_center", "Training data center"),
                         ("confidence", "Confidence"), ("estimation_method", "Training compute estimation method")):
            if r[col]:
                e[key] = r[col]
        if hw and "hardware_count" in e and "training_hours" in e:
            e["estimable"] = "hours"
        elif hw and "compute_flop" in e:
            e["estimable"] = "compute"
        else:
            lacks = []
            if not first:
                lacks.append("no training hardware")
            elif not hw:
                why = EPOCH_NOT_MAPPED.get(first) or reference.get(re.sub(r"[^a-z0-9]", "", first.lower()))
                lacks.append(f"training hardware not in the database: {first}" + (f" ({why})" if why else ""))
            if "compute_flop" not in e:
                lacks.append("no training compute")
                lacks += [f"no {what}" for key, what in (("training_hours", "hours"), ("hardware_count", "hardware count"))
                          if key not in e]
            e["missing"] = ", ".join(lacks)
        e["source"] = f"Epoch AI ML systems database (training-cost-trends @263c40a, file of 2025-08-07): {name}"
        e["source_id"] = "epoch_systems"
        e["source_year"] = SOURCES["epoch_systems"]["snapshot_year"]
        entries.append(e)
    entries.sort(key=lambda e: (e["name"].lower(), e["name"], e["publication_date"]))
    unique_ids(entries, "published model")
    dump(os.path.join(out, "hardware_db/published_models.json"),
         header("published_models", {"epoch_systems"},
                "Published ML models from Epoch AI's ML systems database (shared/data/published/epoch_ml_systems.csv, "
                "one entry per row, every value as Epoch gives it; an empty cell leaves its key out): organisation, "
                "country (ISO code of the first organisation's country; countries: all of them, when several), "
                "publication date, parameters, training compute with Epoch's bounds (FLOP), dataset size "
                "(datapoints), training time (hours), hardware count, MFU (only values in (0, 1]), chip-hours, "
                "power draw (W), numerical format as precision, cloud vendor, data centre, confidence and "
                "estimation method. hardware: the database id of the first device of hardware_name (Epoch's text), "
                "matched by the exact name of an accelerator, then of a CPU, ignoring case, spaces and punctuation, "
                "else by a hand-made alias list for Epoch's generic or differently spelled names (hardware_note says "
                "which variant was taken and lists the other devices); a device the database lacks is left "
                "unmapped. estimable: 'hours' (device, count and hours known), 'compute' (device and training "
                "compute known), else absent with missing saying what an estimate lacks; informational only. "
                "Data: Epoch AI, 'Data on Notable AI Models' / 'Parameter, Compute and Data Trends in Machine "
                "Learning', epoch.ai/data, CC BY 4.0: free to use, distribute and reproduce with credit to Epoch AI."),
         entries)
    with_hw = sum(1 for e in entries if "hardware_name" in e)
    mapped = sum(1 for e in entries if "hardware" in e)
    est = collections.Counter(e.get("estimable", "neither") for e in entries)
    print(f"  {with_hw} with a hardware name, {mapped} mapped to a device ({100.0 * mapped / with_hw:.1f}%); "
          f"unmapped first devices: " + ", ".join(f"{n} ({c})" for n, c in sorted(unmapped_hw.items(),
                                                                                 key=lambda t: (-t[1], t[0]))))
    print(f"  estimable by hours {est['hours']}, by compute {est['compute']}, neither {est['neither']}")
    print(f"  countries not mapped: " + (", ".join(f"{n} ({c} rows)" for n, c in sorted(country_unmapped.items()))
                                         or "none") + f"; {rows_without_country} rows without a country code")
    print(f"  MFU left out (not in (0, 1]): {', '.join(mfu_left_out) or 'none'}; other numbers left out: "
          + (f"{len(rejected)} ({'; '.join(rejected)})" if rejected else "none"))


# ---- Hourly grid intensity (the "when to run" feature) ----------------------------------------------------------

# Each hourly zone's IANA time zone, for showing its hours locally. Countries with one zone take the first zone of
# /usr/share/zoneinfo/zone.tab for the country; the zones below are sub-national or of a country with several time
# zones. "approx": the zone spans time zones; the one named is where most of its load is (said in the entry).
HOURLY_TIME_ZONES = {
    "AU-NSW": "Australia/Sydney", "AU-QLD": "Australia/Brisbane", "AU-SA": "Australia/Adelaide",
    "AU-TAS": "Australia/Hobart", "AU-VIC": "Australia/Melbourne", "AU-WA": "Australia/Perth",
    "BR": ("America/Sao_Paulo", "approx"), "BR-CS": "America/Sao_Paulo", "BR-N": ("America/Belem", "approx"),
    "CA-ON": "America/Toronto", "CA-QC": "America/Toronto", "CL-SEN": "America/Santiago",
    "ES": "Europe/Madrid", "ID": ("Asia/Jakarta", "approx"), "PT": "Europe/Lisbon", "NZ": "Pacific/Auckland",
    "US-CAL-BANC": "America/Los_Angeles", "US-CAL-CISO": "America/Los_Angeles", "US-CAL-LDWP": "America/Los_Angeles",
    "US-CAL-TIDC": "America/Los_Angeles", "US-CAR-CPLE": "America/New_York", "US-CAR-CPLW": "America/New_York",
    "US-CAR-DUK": "America/New_York", "US-CAR-SC": "America/New_York", "US-CAR-SCEG": "America/New_York",
    "US-CENT-SPA": "America/Chicago", "US-CENT-SWPP": ("America/Chicago", "approx"),
    "US-FLA-FMPP": "America/New_York", "US-FLA-FPC": "America/New_York", "US-FLA-FPL": "America/New_York",
    "US-FLA-GVL": "America/New_York", "US-FLA-JEA": "America/New_York", "US-FLA-TAL": "America/New_York",
    "US-FLA-TEC": "America/New_York", "US-HI-OA": "Pacific/Honolulu", "US-MIDA-PJM": ("America/New_York", "approx"),
    "US-MIDW-AECI": "America/Chicago", "US-MIDW-LGEE": "America/Kentucky/Louisville",
    "US-MIDW-MISO": ("America/Chicago", "approx"), "US-NE-ISNE": "America/New_York",
    "US-NW-BPAT": "America/Los_Angeles", "US-NW-CHPD": "America/Los_Angeles", "US-NW-DOPD": "America/Los_Angeles",
    "US-NW-GCPD": "America/Los_Angeles", "US-NW-GRID": "America/Los_Angeles", "US-NW-IPCO": "America/Boise",
    "US-NW-NEVP": "America/Los_Angeles", "US-NW-NWMT": "America/Denver", "US-NW-PACE": "America/Denver",
    "US-NW-PACW": "America/Los_Angeles", "US-NW-PGE": "America/Los_Angeles", "US-NW-PSCO": "America/Denver",
    "US-NW-PSEI": "America/Los_Angeles", "US-NW-SCL": "America/Los_Angeles", "US-NW-TPWR": "America/Los_Angeles",
    "US-NW-WACM": "America/Denver", "US-NY-NYIS": "America/New_York", "US-SE-SOCO": ("America/New_York", "approx"),
    "US-SW-AZPS": "America/Phoenix", "US-SW-EPE": "America/Denver", "US-SW-PNM": "America/Denver",
    "US-SW-SRP": "America/Phoenix", "US-SW-TEPC": "America/Phoenix", "US-SW-WALC": "America/Phoenix",
    "US-TEN-TVA": ("America/Chicago", "approx"), "US-TEX-ERCO": "America/Chicago",
}
HOURLY_SCALE = 20  # values stored as round(g x 20) in 16 bits: 0.05 g steps up to 3276.75 g
# A series whose hourly values barely move has no daily pattern to use (HK, ID, US-NW-SCL 2022 are constant).
HOURLY_FLAT_SPREAD = 1.0  # g: max - min below this is flat


def time_zone_of(zone):
    tz = HOURLY_TIME_ZONES.get(zone)
    if tz:
        return (tz, None) if isinstance(tz, str) else (tz[0], "the zone spans time zones; times are shown in "
                                                              f"{tz[0]}, where most of its load is")
    country = zone.split("-")[0]
    with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(parts) >= 3 and parts[0] == country:
                return parts[2], None
    raise SystemExit(f"hourly: no time zone for zone {zone}: add it to HOURLY_TIME_ZONES")


def utc_offsets(tz_name, year, hours):
    """[[hour of the year (UTC), offset in minutes], ...]: the offset at hour 0 and at each change in the year."""
    import datetime
    import zoneinfo
    tz = zoneinfo.ZoneInfo(tz_name)
    start = datetime.datetime(year, 1, 1, tzinfo=datetime.timezone.utc)
    out = []
    for h in range(hours):
        off = int((start + datetime.timedelta(hours=h)).astimezone(tz).utcoffset().total_seconds() // 60)
        if not out or out[-1][1] != off:
            out.append([h, off])
    return out


def build_hourly(data, out):
    """regions_db/hourly.bin (every series, 16-bit) and regions_db/hourly_index.json (what each series is: zone,
    year, basis, source, time zone and its offsets, quality flags, and its mean as a check of the binary)."""
    import struct
    folder = os.path.join(data, "regions/hourly")
    manifest = read_csv(os.path.join(folder, "MANIFEST.csv"))
    entries, blob = [], bytearray()
    series = []
    for m in sorted(manifest, key=lambda r: (r["zone"], int(r["year"]))):
        zone, year = m["zone"], int(m["year"])
        rows = read_csv(os.path.join(folder, f"{zone}_{year}.csv"))
        expect = 8784 if year % 4 == 0 else 8760
        if len(rows) != expect or int(m["rows"]) != expect:
            raise SystemExit(f"hourly: {zone}_{year}.csv: {len(rows)} rows, expected {expect}")
        for i, r in enumerate(rows[:2]):
            if r["datetime_utc"] != f"{year}-01-01T{i:02d}:00:00Z":
                raise SystemExit(f"hourly: {zone}_{year}.csv: row {i + 2} is {r['datetime_utc']}")
        tz, tz_note = time_zone_of(zone)
        for basis, column in (("lifecycle", "gco2_per_kwh_lifecycle"), ("direct", "gco2_per_kwh_direct")):
            values = [r[column] for r in rows]
            if basis == "direct" and all(v == "" for v in values):
                continue
            if any(v == "" for v in values):
                raise SystemExit(f"hourly: {zone}_{year}.csv: {basis} has empty hours")
            g = [float(v) for v in values]
            if min(g) < 0 or max(g) * HOURLY_SCALE > 65535:
                raise SystemExit(f"hourly: {zone}_{year}.csv: {basis} value out of range ({min(g)}..{max(g)})")
            stored = [round(v * HOURLY_SCALE) for v in g]
            series.append((zone, year, basis, stored))
            flags = []
            if max(g) - min(g) < HOURLY_FLAT_SPREAD:
                flags.append("flat")
            e = {"zone": zone, "year": year, "basis": basis, "hours": expect,
                 "stored_mean_g_per_kwh": round(sum(stored) / len(stored) / HOURLY_SCALE, 4),
                 "min_g_per_kwh": min(g), "max_g_per_kwh": max(g),
                 "source": f"Electricity Maps hourly {basis} intensity {year}, zone {zone}, via {m['source_repo']} "
                           f"{m['source_path']} @{m['commit'][:7]}",
                 "source_id": "em_hourly", "source_year": year,
                 "time_zone": tz, "utc_offsets": utc_offsets(tz, year, expect)}
            if tz_note:
                e["time_zone_note"] = tz_note
            if flags:
                e["flags"] = flags
            for key in ("estimated_hours", "suspected_filled_hours"):
                if m.get(key) and int(m[key]) > 0 and basis == "lifecycle":
                    e[key] = int(m[key])
            if "umass" in m["source_repo"] and "slack" in m["source_path"]:
                e["note"] = "an older Electricity Maps vintage; the repository filled gaps it had (bfill/ffill)"
            entries.append(e)
    blob += b"MLCH" + struct.pack("<II", 1, len(series))
    for zone, year, basis, stored in series:
        z = zone.encode("ascii")
        blob += struct.pack("<H", len(z)) + z + struct.pack("<HBI", year, 0 if basis == "lifecycle" else 1, len(stored))
        blob += struct.pack(f"<{len(stored)}H", *stored)
    with open(os.path.join(out, "regions_db/hourly.bin"), "wb") as f:
        f.write(blob)
    print(f"wrote regions_db/hourly.bin: {len(series)} series, {len(blob)} bytes")
    h = header("hourly_zones", {"em_hourly"},
               "Hourly grid carbon intensity by zone and year (UTC hours), for choosing when to run: what each series "
               "of regions_db/hourly.bin is, its time zone (IANA, with the UTC offset from each hour of the year on) "
               "and its quality flags. Values are stored in hourly.bin as round(g x 20), 16-bit little-endian; stored_mean_g_per_kwh is the mean of the stored values, a check of the binary. "
               "2024 hourly data are left out: no Electricity Maps statement covers their licence "
               "(shared/data/regions/hourly/README.md).")
    h["scale"] = HOURLY_SCALE
    dump(os.path.join(out, "regions_db/hourly_index.json"), h, entries)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"), help="the shared/data folder")
    p.add_argument("--out", default=ROOT, help="project root to write hardware_db/ and regions_db/ into")
    a = p.parse_args()
    if not os.path.isfile(os.path.join(a.data, "README.md")):
        sys.exit(f"no reference data at {a.data}")
    build_hardware(a.data, a.out)
    build_regions(a.data, a.out)
    build_published_models(a.data, a.out)
    build_presets(a.data, a.out)  # after the models: a run names the model it is
    build_hourly(a.data, a.out)


if __name__ == "__main__":
    main()
