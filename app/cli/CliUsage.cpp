#include "CliUsage.h"

namespace mlcarbon {

std::string CliUsage::text()
{
    return R"(mlcarbon-cli: energy and carbon footprint of machine-learning compute

Usage:
  mlcarbon-cli estimate --hardware NAME|ID --hours H [--count N] LOCATION [options]
  mlcarbon-cli estimate --hardware NAME|ID --flop F | --params N --tokens D [--mfu U] LOCATION [options]
  mlcarbon-cli compare  (same options as estimate) [--same-provider] [--top N] [--sort emissions|water]
  mlcarbon-cli compare-hardware (estimate options, with --flop or --params/--tokens) [--kind gpu|tpu|other]
                        [--vendor V] [--released-since YEAR] [--min-memory-gb GB] [--top N]
                        the same training compute on every accelerator with a peak figure, cleanest first
  mlcarbon-cli when     (estimate options) [--window H | --deadline H] [--date YYYY-MM-DD[THH:MM] | --month M]
                        [--start-hour H] [--min-slot H] [--hourly-file FILE] [--format text|json|csv]
                        when to run: the best start in the window and pause-and-resume, from the place's
                        hourly grid data (Electricity Maps 2021-2023, ODbL), against starting now
  mlcarbon-cli report   (same options as estimate) --pdf FILE --csv FILE --compare-csv FILE
                        --latex FILE --markdown FILE --model-card FILE (any, at least one)
                        [--page-size a4|letter] [--training-type pre-training|fine-tuning]
                        [--when | when options]: a "When to run" section in the PDF and Markdown
  mlcarbon-cli estimate --project FILE | --preset ID [job options override the preset's]
  mlcarbon-cli compare  --project FILE | --preset ID [...]    the whole project moved to each place
  mlcarbon-cli report   --project FILE | --preset ID --pdf FILE ...   items, phases and totals in every form
  mlcarbon-cli estimate|compare|compare-hardware|report --model ID|NAME [job options fill or override]
                        a published model (Epoch AI's record): its devices and hours or its training
                        compute; the organisation's country and the publication year are assumptions
  mlcarbon-cli list hardware|regions|countries|providers|presets|models|hourly-zones [--search TEXT] [--provider P]
  mlcarbon-cli batch FILE.csv|- [-o OUT.csv] [--summary] [--no-embodied] [--no-water]
                        one estimate per row of a job log
  mlcarbon-cli --help | --version

LOCATION is exactly one of:
  --provider P --region R    a cloud region (mlcarbon-cli list regions)
  --country CODE             ISO 3166-1 alpha-2 (FR) or subdivision (US-CA) code, own hardware
  --intensity G              a grid intensity you know, in gCO2e/kWh (0 to 1500)

Work (one of):
  --hours H              hours each device ran
  --hours-per-day H --days D
                         a job that runs part of each day (e.g. a service off at night): hours =
                         H (0 to 24) x D days
  --flop F               training compute in FLOP (e.g. 3.14e23)
  --params N --tokens D  parameters (active ones for a mixture of experts) and training tokens, e.g.
                         --params 7B --tokens 2T: FLOP = 6 x N x D (Kaplan et al. 2020; Hoffmann et al. 2022)
  With compute, device-hours = FLOP / (peak FLOP/s at the precision x MFU) / 3600; with --hours too,
  the MFU they imply is shown (flagged outside 0.05 to 1).
  --mfu U                model FLOP utilisation, > 0 and <= 1 (default: median of published runs)
  --precision P          bf16 (BF16/FP16 tensor, default), fp8, fp16 or fp32: the peak FLOP/s used

Options:
  --year Y               year of the run: each place's grid figure for that year (else the nearest
                         year's, and the output says so); default: each place's newest figure
  --count N              devices (whole number, default 1)
  --pue X                power usage effectiveness, 1.0 to 3.0 (default: region, provider, else on-premise)
  --utilization U        share of TDP drawn on average, > 0 and <= 1 (default 1)
  --utilization-low U    lowest plausible utilisation, for the range (default: the utilisation)
  --utilization-high U   highest plausible utilisation, for the range (default: the utilisation)
  --power-w W            measured average power per device in W (instead of TDP x utilisation)
  --offset PCT           offset / renewable-match share, 0 to 100 (default: provider data, else 0)
  --host-cpu-w W         host CPU power per device in W (default 0)
  --host-memory-gb GB    host memory per device in GB (default 0)
  --fail-over-budget     estimate --project: exit 5 when the total is over a budget of the project
                         ("budget_kg", "phase_budgets_kg" in the file), the overrun on stderr
  --embodied, --no-embodied
                         show (default) or leave out the devices' embodied emissions (scope 3), apart
                         from the operational figure, never added to it
  --embodied-host, --no-embodied-host
                         add (or not, the default) each accelerator's share of its host server: an
                         8-GPU server without its GPUs (EcoLogits' archetype) over its 8 GPUs
  --with-total           also show operational (location-based) + embodied as one total
  --lifetime-years Y     device lifetime for the embodied share (default: 3 in the cloud, 5 own hardware)
  --active-share S       share of the lifetime in use, (0, 1] (default: 0.5 cloud, 0.2 own hardware)
  --water, --no-water    show (default) or leave out the water: on-site (WUE) and off-site (electricity)
  --wue L                on-site water use effectiveness, L/kWh (default: region, provider, else industry)
  --requests N           serving: requests served (figures per request and per 1,000 requests)
  --served-tokens N      serving: tokens served (figures per 1,000 tokens); --tokens is training tokens
  --window H             when: the job may start within H hours of now (default 24; 0 to 744)
  --deadline H           when: the job must finish within H hours of now (instead of --window)
  --date D               when: "now" in the place's local time, YYYY-MM-DD (at --start-hour, default 00:00) or
                         YYYY-MM-DDTHH:MM; the actual hours of that date (a year without data: the nearest year's)
  --month M              when: a typical day of month M (the mean of each hour) instead of a date
  --min-slot H           when: the shortest run of a paused job, whole hours (default 1; checkpoint restarts)
  --hourly-file FILE     when: your own hourly series for the place (an Electricity Maps CSV export, or
                         datetime,gco2_per_kwh in UTC), for this run
  --format F             text (default), json or csv
  --same-provider        compare: only regions of the chosen provider
  --countries            compare: own hardware in every country and subdivision instead of cloud regions
  --top N                compare: the N cleanest regions only (the first N in the --sort order)
  --sort S               compare: emissions (cleanest first, default) or water (least water first)
  --search TEXT          list: best matches first (exact, prefix, substring)
  --include-grid-zones   list countries: also sub-national grid zones (e.g. US-CAL-CISO)
  --database-dir DIR     load hardware_db/ and regions_db/ from DIR instead of the built-in copy

Formula:
  energy_kwh   = count x hours x (power_w + host_w) x pue / 1000
  emissions_kg = energy_kwh x intensity_g_per_kwh / 1000   (location-based)
  market-based = emissions_kg x (1 - offset / 100)           (shown apart, never instead)

User data: *.json files in $XDG_DATA_HOME/mlcarbon (~/.local/share/mlcarbon) add or replace
database entries by id; the output names the file every value came from.

Every report file is written atomically: if writing fails, an earlier file at that path is left whole.

Batch: the log's header names its columns (any order, any case; others are passed through):
  hardware, count (default 1), hours or start and end (ISO 8601; no zone = UTC), and a location:
  provider and region, or country, or intensity; optional pue, utilization, power_w, label;
  year (else the year of start), and instead of the hours: flop, or params and tokens, with
  optional mfu and precision.
  Output: the input's columns plus energy_kwh, emissions_kg, intensity_basis, status, embodied_kg
  and water_l, and a last row of totals;
  a bad row is reported on stderr with its line, marked "skipped" and left out of the totals.
  --no-embodied, --no-water leave those columns empty; --embodied-host adds the host server's share.
  --summary prints rows, totals and speed (to stdout with -o, else to stderr).

Exit codes: 0 success, 1 a file could not be written, 2 bad input, 3 data file error,
4 batch: some rows were skipped, 5 estimate --project --fail-over-budget: over a budget.
)";
}

std::string CliUsage::seeHelp()
{
    return "(see mlcarbon-cli --help)";
}

}  // namespace mlcarbon
