#!/usr/bin/env python3
"""Benchmark of the scheduler on the demo and the generated instances.

    python3 tests/bench/schedule.py [--cli PATH] [--seed N] [--time-limit S]
                                    [--mip SECONDS] [--only NAME]

For each instance it writes the plan with rondas-cli (`demo`, or `generate
PRESET --seed N`), runs `rondas-cli schedule` on it and prints one row:
objective, bound, gap to the bound, the solver's time, its greedy start, the
naive greedy, and (with --mip, for the demo, demo-like-tight, medium-tight
and bilateral) the result of the exact model solved by CBC
(tests/bench/mip.py): its optimum if proven, else its best schedule and best
bound, with the time. Build the CLI first, natively optimised:

    CARGO_TARGET_DIR=... cargo build --profile fast --bin rondas-cli

(--cli defaults to $CARGO_TARGET_DIR/fast/rondas-cli, else target/fast/...).
"""
import json
import os
import subprocess
import sys
import tempfile

INSTANCES = ["demo", "demo-like-tight", "medium", "medium-tight", "large", "large-tight", "bilateral"]
SMALL = {"demo", "demo-like-tight", "medium-tight", "bilateral"}
HERE = os.path.dirname(os.path.abspath(__file__))


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(HERE, "..", "..", "target"))
    cli = arg("--cli", os.path.join(target, "fast", "rondas-cli"))
    seed = arg("--seed", "1")
    limit = arg("--time-limit", None)
    mip = arg("--mip", None)
    only = arg("--only", None)
    work = tempfile.mkdtemp(prefix="rondas-bench-")
    print("| instance | objective | bound | gap | time ms | greedy | naive | violations | MIP optimum | MIP status | MIP s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name in INSTANCES:
        if only and name != only:
            continue
        plan = os.path.join(work, f"{name}.json")
        if name == "demo":
            with open(plan, "w", encoding="utf-8") as f:
                subprocess.run([cli, "demo"], stdout=f, check=True)
        else:
            subprocess.run([cli, "generate", name, "--seed", seed, "-o", plan], check=True, capture_output=True)
        command = [cli, "schedule", plan, "-o", os.path.join(work, f"{name}.out.json"), "--seed", seed]
        if limit:
            command += ["--time-limit", limit]
        r = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        row = [name, r["objective"], r["bound"], f"{100 * r['gap']:.2f}%", r["time_ms"], r["greedy_objective"],
               r["naive_objective"], r["violations"]]
        if mip and name in SMALL:
            m = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "mip.py"), plan, "--time-limit", mip],
                                          check=True, capture_output=True, text=True).stdout)
            found = m["objective"] if m["status"] == "optimal" else f"{m['objective']} (bound {m['bound']})"
            row += [found, m["status"], m["time_s"]]
        else:
            row += ["", "", ""]
        print("| " + " | ".join(str(x) for x in row) + " |", flush=True)


if __name__ == "__main__":
    main()
