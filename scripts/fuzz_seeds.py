#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora (tests/fuzz/corpus/<target>/) from the repo's real files and
hand-made edge cases. Run it after a database format change, then review and commit the result.
Seeds stay small (libFuzzer mutates them; the bundled files themselves are far larger): the
databases contribute a few entries each, in their real shape. The 1 MB line is made at fuzz time
by scripts/fuzz.sh and in TestFuzzCorpus, so it is not committed."""
import json
import re
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fuzz" / "corpus"


def excerpt(path, n=3):
    doc = json.loads((ROOT / path).read_text(encoding="utf-8"))
    doc["entries"] = doc["entries"][:n]
    if "sources" in doc:
        used = {e.get("source_id") for e in doc["entries"]}
        doc["sources"] = {k: v for k, v in doc["sources"].items() if k in used}
    return json.dumps(doc, ensure_ascii=False, indent=1)


def hw(entry):
    return json.dumps({"format": "mlcarbon-database", "version": 1, "kind": "accelerators", "entries": [entry]})


GPU = {"id": "my-chip", "name": "My Chip", "kind": "npu", "tdp_w": 50, "source": "datasheet", "source_year": 2025}


def database():
    seeds = {}
    for f in ["hardware_db/accelerators.json", "hardware_db/cpus.json", "regions_db/cloud_regions.json",
              "regions_db/grid_zones.json", "regions_db/providers.json", "hardware_db/reference.json"]:
        seeds["real-" + pathlib.Path(f).stem] = excerpt(f)
    good = hw(GPU)
    seeds.update({
        "empty": "",
        "bom": "\ufeff" + good,
        "crlf": good.replace("\n", "\r\n") + "\r\n",
        "duplicate-keys": good.replace('"tdp_w": 50', '"tdp_w": 50, "tdp_w": 60'),
        "number-1e400": good.replace('"tdp_w": 50', '"tdp_w": 1e400'),
        "number-minus-zero": good.replace('"tdp_w": 50', '"tdp_w": -0'),
        "number-hex": good.replace('"tdp_w": 50', '"tdp_w": 0x10'),
        "number-nan": good.replace('"tdp_w": 50', '"tdp_w": NaN'),
        "number-string": good.replace('"tdp_w": 50', '"tdp_w": "50"'),
        "unicode-names": hw(dict(GPU, id="華北-chip", name="Zürich 華北2 ✓")),
        "deeply-nested": "[" * 10000 + "]" * 10000,
        "nested-entries": good.replace('"entries": [', '"entries": [[[[[[{}]]]]]], "x": ['),
        "region-unicode": json.dumps({"format": "mlcarbon-database", "version": 1, "kind": "cloud_regions",
                                      "entries": [{"provider": "testcloud", "region": "cn-北京", "name": "华北2（北京）",
                                                   "country": "CN", "g_per_kwh": 537, "year": 2024, "source": "s"}]}),
        "provider-kind-change": json.dumps({"format": "mlcarbon-database", "version": 1, "kind": "providers",
                                            "entries": [{"id": "on-premise", "name": "Not own", "kind": "cloud"}]}),
        "version-2": good.replace('"version": 1', '"version": 2'),
    })
    return seeds


def project():
    example = (ROOT / "resources/examples/small-llm.mlcarbon.json").read_text(encoding="utf-8")
    item = {"label": "train", "phase": "training", "hardware": "test-gpu", "count": 8, "hours": 24,
            "location": {"kind": "cloud", "provider": "testcloud", "region": "r1"}}
    one = json.dumps({"format": "mlcarbon-project", "version": 1, "name": "p", "items": [item]})
    return {
        "real-example": example,
        "fixture-item": one,
        "zone-and-custom": json.dumps({"format": "mlcarbon-project", "version": 1, "name": "z", "items": [
            dict(item, location={"kind": "zone", "code": "XX"}, pue=1.5, utilization=0.5),
            dict(item, location={"kind": "custom", "g_per_kwh": 1499}, count=1e9, hours=1e7)]}),
        "budgets-embodied-water": json.dumps({
            "format": "mlcarbon-project", "version": 1, "name": "b", "budget_kg": 0.5,
            "phase_budgets_kg": {"training": 0.25, "inference": 1e3},
            "items": [dict(item, embodied=False, water=True, lifetime_years=4, active_share=0.3, wue_l_per_kwh=0.4,
                           requests=1000, served_tokens=5e6)]}),
        "schedule-host-total": json.dumps({"format": "mlcarbon-project", "version": 1, "name": "s", "items": [
            dict(item, hours=144, hours_per_day=8, embodied_host=True, embodied_total=True),
            dict(item, hours=1, hours_per_day=24, embodied=False, embodied_host=True)]}),
        "empty": "",
        "bom-crlf": "\ufeff" + one.replace(", ", ",\r\n"),
        "unknown-keys-newer": one.replace('"version": 1', '"version": 7, "future": {"a": [1, 2]}'),
        "number-1e400": one.replace('"hours": 24', '"hours": 1e400'),
        "number-minus-zero": one.replace('"hours": 24', '"hours": -0'),
        "number-nan": one.replace('"hours": 24', '"hours": NaN'),
        "duplicate-keys": one.replace('"hours": 24', '"hours": 24, "hours": 48'),
        "unicode-label": one.replace('"train"', '"訓練 ✓ Zürich"'),
        "deeply-nested": '{"format": "mlcarbon-project", "version": 1, "x": ' + "[" * 5000 + "]" * 5000 + "}",
    }


def batch():
    example = (ROOT / "resources/examples/jobs.csv").read_text(encoding="utf-8")
    head = "label,hardware,count,hours,provider,region,country,intensity,pue\n"
    return {
        "real-jobs": example,
        "fixture-rows": head + "a,test-gpu,8,24,testcloud,r1,,,\nb,test-tpu,2,10,,,XX,,1.3\nc,test-gpu,1,1,,,,400,\n",
        "empty": "",
        "bom-crlf": "\ufeff" + head.replace("\n", "\r\n") + "a,test-gpu,8,24,testcloud,r1,,,\r\n",
        "quotes-inside-quotes": head + '"say ""hi"", twice",test-gpu,8,24,testcloud,r1,,,\n',
        "line-break-in-quotes": head + '"two\nlines",test-gpu,8,24,testcloud,r1,,,\n',
        "unclosed-quote": head + '"open,test-gpu,8,24,testcloud,r1,,,\n',
        "formula-cells": head + "=HYPERLINK(\"x\"),test-gpu,+8,-24,@SUM(A1),r1,,,\n-5,test-gpu,8,24,,,XX,,\n",
        "field-counts": head + "a,test-gpu,8\nb,test-gpu,8,24,,,XX,,,extra,more\n",
        "start-end": "hardware,count,start,end,country\ntest-gpu,2,2024-03-30T22:00:00Z,2024-03-31T04:30:00+02:00,XX\n",
        "numbers": head + "a,test-gpu,1e400,-0,testcloud,r1,,,\nb,test-gpu,0x10,NaN,,,,1499,\nc,test-gpu,1e9,1e7,,,,1499,\n",
        "unicode": head + "華北,test-gpu,8,24,,,XX,,\n",
        "header-only": head,
        "no-usable-header": "a,b,c\n1,2,3\n",
    }


def numbers():
    cases = ["24", "1.5", " 36 ", "+3", "-0", "0", "1e400", "1e-400", "0x10", "NaN", "nan", "inf", "-inf", "1,5",
             "1e9", "1000000000.0000001", "1e12", "0.000001", "２４", "24h", "", "   ", "1e", ".5", "5.",
             "2024-05-01T10:00:00Z\n2024-05-01T22:00:00Z", "2024-05-01 10:00\n2024-05-02 10:30",
             "2024-02-28T00:00:00+14:00\n2024-03-01T00:00:00-12:00", "9999-12-31T23:59:59Z\n0000-01-01T00:00:00Z",
             "2024-13-01T00:00:00Z\n2024-01-32T00:00:00Z", "2024-05-01T10:00:00.5Z\n2024-05-01T10:00:36.5Z"]
    return {f"case-{i:02d}": c for i, c in enumerate(cases)}


def preset():
    runs = (ROOT / "hardware_db/published_runs.json").read_text(encoding="utf-8")
    doc = json.loads(runs)
    one = dict(doc["entries"][0], hardware="test-gpu", default_location={"kind": "zone", "code": "XX", "note": "fixture"})
    small = {k: v for k, v in doc.items() if k != "entries"}
    small["entries"] = [one]
    return {
        "real-runs": runs,
        "fixture-run": json.dumps(small, ensure_ascii=False),
        "missing-numbers": json.dumps(dict(small, entries=[{k: v for k, v in one.items()
                                                            if k not in ("device_hours", "power_w", "pue")}])),
        "huge-numbers": json.dumps(dict(small, entries=[dict(one, device_hours=1e15, count=1e13)])),
        "empty": "",
    }


def model():
    fixture = (ROOT / "tests/FixtureCatalog.h").read_text(encoding="utf-8")
    models = re.search(r'kModels = R"\((.*?)\)";', fixture, re.S).group(1)
    doc = json.loads((ROOT / "hardware_db/published_models.json").read_text(encoding="utf-8"))
    es = doc["entries"]
    # A sample spanning the kinds of records (hours, compute, neither, several countries, FP8, before 1960,
    # gaps), its devices and countries moved to the fixture catalog's so that it merges.
    pick = [e for e in es if e["id"] in ("llama-65b", "infty-former-sm", "align", "audiolm")]
    pick += [e for e in es if e.get("precision") == "fp8"][:2] + [e for e in es if e["year"] < 1960][:2]
    pick += [e for e in es if "missing" in e][:4]
    for e in pick:
        if "hardware" in e:
            e["hardware"] = "test-gpu"
        if e.get("country"):
            e["country"] = "XX"
    return {"fixture-models": models, "real-sample": json.dumps(dict(doc, entries=pick)),
            "huge-numbers": json.dumps(dict(json.loads(models), entries=[dict(json.loads(models)["entries"][0],
                                            compute_flop=1e30, training_hours=1e9, hardware_count=1e7)]))}


def hourly():
    """Imported hourly series: the three header forms, an offset, and the errors the reader names."""
    real = (ROOT.parent / "shared/data/regions/hourly/DE_2023.csv")
    rows = real.read_text(encoding="utf-8").splitlines()[:49] if real.exists() else []
    plain = "datetime,gco2_per_kwh\n" + "".join(f"2025-03-01T{h:02d}:00:00Z,{200 + 10 * (h % 7)}\n" for h in range(24))
    em = ("Datetime (UTC),Country,Zone Name,Zone Id,Carbon Intensity gCO\u2082eq/kWh (direct),"
          "Carbon Intensity gCO\u2082eq/kWh (LCA)\n"
          + "".join(f"2023-01-01 {h:02d}:00:00,Germany,Germany,DE,{100 + h},{150 + h}\n" for h in range(30)))
    offset = "datetime,gco2_per_kwh\n" + "".join(f"2025-06-01T{h:02d}:00+02:00,{300 - h}\n" for h in range(2, 24))
    offset += "".join(f"2025-06-02T{h:02d}:00+02:00,{250 + h}\n" for h in range(0, 6))
    seeds = {"plain": plain, "electricity-maps-export": em, "offset": offset,
             "gap": plain.replace("T05:00", "T06:00", 1), "negative": plain.replace(",230\n", ",-5\n", 1),
             "year-end": "datetime,gco2_per_kwh\n" + "".join(f"2023-12-31T{h:02d}:00:00Z,100\n" for h in range(24))
             + "2024-01-01T00:00:00Z,100\n", "empty": ""}
    if rows:
        seeds["shared-format"] = "\n".join(rows) + "\n"
    return seeds


def main():
    # Seeds are written over, never cleared: the corpora also hold seeds added by hand and inputs kept
    # from fuzzing runs, which a clean slate would delete. A seed this script no longer makes is removed
    # by hand (git rm).
    for name, fn in [("database", database), ("project", project), ("batch", batch), ("numbers", numbers),
                     ("preset", preset), ("model", model), ("hourly", hourly)]:
        d = OUT / name
        d.mkdir(parents=True, exist_ok=True)
        for seed, text in fn().items():
            (d / seed).write_bytes(text.encode("utf-8"))
    print(f"seeds written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
