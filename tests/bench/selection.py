#!/usr/bin/env python3
"""Benchmark of the selection (branch and bound within a work limit) on the
demo and on larger plans made from it.

    python3 tests/bench/selection.py [--cli PATH] --demo [--budgets 0,50000,...]
    python3 tests/bench/selection.py [--cli PATH] [--sizes 50,100,200,300] [--seed N] [--no-limit] [--per-theme]

With `--demo` it runs `rondas-cli select` on the demo itself (its rules: at
most 3 actions per country, one per sub-region) at each budget and prints
the time, whether the selection is proven optimal or its gap (how much more
score a selection could have at most), and the nodes.

For each size N it writes a plan: the demo with N candidate actions (the
demo's 50, then copies of them with random costs and the five evaluators'
random scores), and runs `rondas-cli select PLAN --budget B --max-per-country
K --per-subregion` with the budget at 40 % of the total cost and K at
N/10 (at least 3); `--no-limit` drops the per-country limit and
`--per-theme` adds one action per theme. It prints the time of the run (best of 3, the whole CLI
run including reading the file), the branch-and-bound nodes, the actions
chosen and the budget used. Build the CLI first, natively optimised:

    CARGO_TARGET_DIR=... cargo build --profile fast --bin rondas-cli
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(HERE, "..", "..", "src", "domain", "demo", "workshop.json")
CRITERIA = ["relevance", "feasibility", "impact", "cost-effectiveness", "sustainability"]


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def plan_of(size, rng):
    with open(DEMO, encoding="utf-8") as f:
        file = json.load(f)
    plan = file["plan"]
    plan.pop("selection", None)
    plan.pop("follow_ups", None)
    base = [a for a in plan["actions"] if not (a["registered_by"] == "receiving" and "linked" in a)]
    for i in range(size - len(base)):
        a = dict(rng.choice(base))
        a.pop("linked", None)
        a["id"] = f"act-bench-{i}"
        a["registered_by"] = "offering"
        a["cost"] = {"currency": "USD", "travel": rng.randrange(0, 9000, 50), "per_diem": rng.randrange(0, 6000, 10),
                     "other": rng.randrange(200, 3000, 100)}
        plan["actions"].append(a)
        for e in plan["evaluators"]:
            values = {k: rng.randint(1, 5) for k in CRITERIA}
            plan["scores"].append({"evaluator": e["id"], "action": a["id"], "values": values})
    total = sum(sum(a["cost"].get(k, 0) for k in ("travel", "per_diem", "other")) for a in plan["actions"])
    return file, total


def run(cli, args):
    """Best of 3 runs of the CLI: (milliseconds, the proposal)."""
    best, out = None, None
    for _ in range(3):
        start = time.perf_counter()
        out = subprocess.run([cli, "select", *args], check=True, capture_output=True, text=True).stdout
        took = (time.perf_counter() - start) * 1000
        best = took if best is None else min(best, took)
    return best, json.loads(out)


def demo(cli):
    budgets = [int(b) for b in arg("--budgets", "0,50000,100000,300000,1000000,10000000").split(",")]
    print(f"{'budget':>10} {'time ms':>9} {'proof':>14} {'nodes':>8} {'chosen':>7} {'score':>8}")
    for budget in budgets:
        took, p = run(cli, [DEMO, "--budget", str(budget)])
        proof = "proven" if p["proven_optimal"] else f"gap {p['gap']:.2f}"
        print(f"{budget:>10} {took:>9.1f} {proof:>14} {p['nodes']:>8} {len(p['chosen']):>7} {p['total_score']:>8.2f}")


def main():
    cli = arg("--cli", os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "fast", "rondas-cli"))
    if "--demo" in sys.argv:
        return demo(cli)
    sizes = [int(n) for n in arg("--sizes", "50,100,200,300").split(",")]
    rng = random.Random(int(arg("--seed", "1")))
    print(f"{'actions':>8} {'budget':>9} {'k':>3} {'time ms':>9} {'proof':>11} {'nodes':>8} {'chosen':>7} {'used':>9}")
    for size in sizes:
        file, total = plan_of(size, rng)
        budget, k = total * 2 // 5, max(3, size // 10)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(file, f)
            path = f.name
        rules = [] if "--no-limit" in sys.argv else ["--max-per-country", str(k)]
        rules += ["--per-theme"] if "--per-theme" in sys.argv else []
        best, p = run(cli, [path, "--budget", str(budget), "--per-subregion", *rules])
        proof = "proven" if p["proven_optimal"] else f"gap {p['gap']:.2f}"
        print(f"{size:>8} {budget:>9} {k:>3} {best:>9.1f} {proof:>11} {p['nodes']:>8} {len(p['chosen']):>7} {p['total_cost']:>9}")
        os.unlink(path)


if __name__ == "__main__":
    main()
