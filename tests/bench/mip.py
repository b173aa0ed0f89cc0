#!/usr/bin/env python3
"""The exact scheduling model of a Rondas plan, solved by CBC (via PuLP),
to prove the optima the benchmark compares the solver against.

    pip install pulp
    python3 tests/bench/mip.py PLAN.json [--time-limit SECONDS] [--threads N]

Prints one JSON line: {"objective", "bound", "status", "time_s"}; "status" is
"optimal" when CBC proved the objective optimal, else "time-limit": then
"objective" is CBC's best schedule and "bound" its best bound (read from its
log), or null if it found none. CBC's time limit counts CPU seconds.

The data are read as the scheduler reads them (src/domain/schedule/instance.rs):
n_c = delegates of c in the plan, or 1 if none; a(c,t) = min(n_c,
availability[t]); interests of a country in its own offer, and repeated
pairs, are left out; min_attendees is at least 1. Locked sessions are fixed.

Formulation. Rooms of the same capacity are interchangeable, so they are
grouped in classes k (capacity cap_k, n_k rooms):
  z[o,t,k] in {0..n_k}: sessions of offer o at slot t in rooms of class k
             (only where cap_k >= m_o and a(s(o),t) >= 1)
  x[i,t] in {0,1}: interest i = (c,o) attends a session of o at slot t
             (only where a(c,t) >= 1)
  max  sum_i w_i sum_t x[i,t]
  s.t. sum_o z[o,t,k] <= n_k                                rooms of a class in a slot
       sum_i x[i,t] <= sum_k cap_k z[o,t,k]   (i of o)      seats of o's sessions at t
       sum_i x[i,t] >= m_o sum_k z[o,t,k]     (i of o)      minimum attendance
       x[i,t] <= sum_k z[o,t,k]                             attend only a session that exists
       sum_t x[i,t] <= 1                                    attend an offer at most once
       sum_{t,k} z[o,t,k] <= M_o                            sessions of an offer
       sum_{i of c} x[i,t] + sum_{o of c, k} z[o,t,k] <= a(c,t)   delegates busy at t
Attendance is aggregated per (offer, slot): when an offer runs several
sessions in one slot, any total between their minima and their seats splits
into sessions that each respect their room and minimum, so the model is
exact. A locked session is forced (its class count and its attendances);
locks that break the rules themselves are not modelled.
"""
import json
import os
import re
import sys
import tempfile
import time

import pulp


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data["plan"]


def model(plan):
    slots = [s["id"] for s in plan["event"]["slots"]]
    rooms = [(r["id"], r["capacity"]) for r in plan["event"]["rooms"]]
    countries = [c["id"] for c in plan["countries"]]
    cix = {c: k for k, c in enumerate(countries)}
    n = [0] * len(countries)
    for d in plan["delegates"]:
        if d["country"] in cix:
            n[cix[d["country"]]] += 1
    n = [max(1, v) for v in n]
    avail = {}
    for k, c in enumerate(plan["countries"]):
        for t in slots:
            avail[k, t] = min(n[k], c.get("availability", {}).get(t, n[k]))
    offers = {o["id"]: (cix.get(o["country"]), o.get("max_sessions", 1), max(1, o.get("min_attendees", 1)))
              for o in plan["offers"]}
    interests, seen = [], set()
    weight = {"high": 3, "medium": 2, "low": 1}
    for i in plan.get("interests", []):
        c, o = cix.get(i["country"]), i["offer"]
        if c is None or o not in offers or offers[o][0] is None or offers[o][0] == c or (c, o) in seen:
            continue
        seen.add((c, o))
        interests.append((c, o, weight[i["priority"]]))

    classes = {}
    for _, cap in rooms:
        classes[cap] = classes.get(cap, 0) + 1
    prob = pulp.LpProblem("rondas", pulp.LpMaximize)
    z = {}
    for o, (s, max_sessions, m) in offers.items():
        if s is None or max_sessions < 1:
            continue
        for t in slots:
            if avail[s, t] < 1:
                continue
            for cap, count in classes.items():
                if cap >= m:
                    most = min(count, max_sessions, avail[s, t])
                    cat = "Binary" if most == 1 else "Integer"
                    z[o, t, cap] = pulp.LpVariable(f"z_{len(z)}", lowBound=0, upBound=most, cat=cat)
    z_ot = {}
    for (o, t, cap), v in z.items():
        z_ot.setdefault((o, t), []).append((v, cap))
    x = {}
    for k, (c, o, w) in enumerate(interests):
        for t in slots:
            if avail[c, t] >= 1 and (o, t) in z_ot:
                x[k, t] = pulp.LpVariable(f"x_{len(x)}", cat="Binary")
    prob += pulp.lpSum(interests[k][2] * v for (k, t), v in x.items())

    by_ot, by_ct, z_tk, z_o = {}, {}, {}, {}
    for (k, t), v in x.items():
        c, o, _ = interests[k]
        by_ot.setdefault((o, t), []).append(v)
        by_ct.setdefault((c, t), []).append((v, 1))
    for (o, t, cap), v in z.items():
        z_tk.setdefault((t, cap), []).append(v)
        z_o.setdefault(o, []).append(v)
        by_ct.setdefault((offers[o][0], t), []).append((v, v.upBound))
    for (t, cap), vs in z_tk.items():
        if sum(v.upBound for v in vs) > classes[cap]:
            prob += pulp.lpSum(vs) <= classes[cap]
    for (o, t), zs in z_ot.items():
        xs = by_ot.get((o, t), [])
        prob += pulp.lpSum(xs) <= pulp.lpSum(cap * v for v, cap in zs)
        prob += pulp.lpSum(xs) >= offers[o][2] * pulp.lpSum(v for v, _ in zs)
        for xv in xs:
            prob += xv <= pulp.lpSum(v for v, _ in zs)
    for k in range(len(interests)):
        xs = [x[k, t] for t in slots if (k, t) in x]
        if len(xs) > 1:
            prob += pulp.lpSum(xs) <= 1
    for o, zs in z_o.items():
        if sum(v.upBound for v in zs) > offers[o][1]:
            prob += pulp.lpSum(zs) <= offers[o][1]
    for (c, t), vs in by_ct.items():
        if sum(most for _, most in vs) > avail[c, t]:
            prob += pulp.lpSum(v for v, _ in vs) <= avail[c, t]

    # Locked sessions stay as they are.
    capacity = dict(rooms)
    pairs = {(c, o): k for k, (c, o, _) in enumerate(interests)}
    locked = {}
    for s in (plan.get("schedule") or {}).get("sessions", []):
        if s.get("locked") and s["room"] in capacity:
            key = (s["offer"], s["slot"], capacity[s["room"]])
            locked[key] = locked.get(key, 0) + 1
            for a in s["attendees"]:
                k = pairs.get((cix.get(a), s["offer"]))
                if k is not None and (k, s["slot"]) in x:
                    prob += x[k, s["slot"]] == 1
    for key, count in locked.items():
        if key in z:
            prob += z[key] >= count
    return prob


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    limit = float(args[args.index("--time-limit") + 1]) if "--time-limit" in args else None
    threads = int(args[args.index("--threads") + 1]) if "--threads" in args else 1
    prob = model(load(args[0]))
    log = tempfile.NamedTemporaryFile(suffix=".log", delete=False).name
    start = time.time()
    prob.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=limit, threads=threads, logPath=log))
    elapsed = time.time() - start
    objective = round(pulp.value(prob.objective) or 0)
    proven = pulp.LpStatus[prob.status] == "Optimal" and prob.sol_status == pulp.LpSolutionOptimal
    bound = objective if proven else best_bound(log)
    # CBC may stop at its time limit with its bound already down to its best.
    proven = proven or (bound is not None and prob.sol_status > 0 and bound < objective + 1)
    os.unlink(log)
    print(json.dumps({"objective": objective, "bound": bound, "status": "optimal" if proven else "time-limit",
                      "time_s": round(elapsed, 2)}))


def best_bound(log):
    """CBC's last "best possible" value in its log (a maximisation's upper bound)."""
    found = None
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.search(r"best possible (-?[0-9.e+]+)", line)
            if m:
                found = m.group(1)
    # CBC minimises the negated objective: its bound comes negated.
    return None if found is None else abs(float(found))


if __name__ == "__main__":
    main()
