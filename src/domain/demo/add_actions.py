#!/usr/bin/env python3
"""Adds what follows the rounds to the demo workshop (workshop.json).

Run from the repository root: `python3 src/domain/demo/add_actions.py`.
It replaces the plan's cooperation actions, evaluators, scores, selection
and follow-up, and keeps everything else (countries, offers, interests,
schedule) as it is. The file is what ships; this script only documents and
repeats how it was made. It is deterministic (a fixed seed), and the
selection is the one `rondas-cli select` proposes (budget USD 100 000,
at most 3 actions per receiving country, at least one per sub-region).

- 50 potential actions, one per (session, attending country) pair chosen
  from the 30 sessions (high-priority interests first, at most 2 a
  session), each with a type among the offer's modalities, a Spanish
  description built from the offer and the receiving country's interest
  note, dates after the workshop and a cost by item in USD;
- 40 registered by the offering side, 10 by the receiving side, and 8
  receiving-side counterpart forms linked to offering forms (58 forms);
- a committee of 5 (2 secretariat, 3 external, 2 of them with a country),
  each scoring every action they have no conflict of interest with;
- the selection, and follow-up records for 6 of the chosen actions.
"""

import json
import random
import subprocess

PATH = "src/domain/demo/workshop.json"
BUDGET = 100_000
rng = random.Random(2026)

TYPE_TEXT = {
    "expert-visit": (
        "Visita de {n} especialistas de {agency} a {country} para conocer en terreno {title}.",
        "Misión técnica de {agency} a {country}: reuniones con equipos nacionales y locales sobre {title}.",
    ),
    "internship": (
        "Pasantía de {n} funcionarios de {country} en {agency} para observar la gestión de {title}.",
        "Estadía de aprendizaje de un equipo de {country} en oficinas centrales y territoriales de {agency} ({title}).",
    ),
    "academic-activity": (
        "Curso corto para equipos de {country} sobre el diseño y la evaluación de {title}.",
        "Taller académico con universidades de {country} y {agency} sobre la evidencia de {title}.",
    ),
    "technical-assistance": (
        "Asistencia técnica de {agency} a {country} para adaptar componentes de {title}.",
        "Acompañamiento técnico a distancia y en terreno de {agency} a {country} sobre {title}.",
    ),
    "document-exchange": (
        "Intercambio de manuales operativos, normativa y evaluaciones de {title} entre {agency} y {country}.",
        "Envío a {country} de la documentación técnica de {title}, con una reunión virtual de presentación.",
    ),
    "virtual-seminar": (
        "Ciclo de seminarios virtuales de {agency} para equipos de {country} sobre {title}.",
        "Seminario web abierto a las instituciones de {country} sobre la experiencia de {title}.",
    ),
}

OBJECTIVES = (
    "{note} Identificar qué elementos son transferibles y definir una hoja de ruta.",
    "{note} Formar a los equipos técnicos responsables y documentar los aprendizajes.",
    "{note} Elaborar una propuesta de ajuste normativo y operativo.",
)


def cost(kind, people, days):
    """Cost by item in USD: flights, per diem and other (materials, translation, venues)."""
    flight = rng.randrange(700, 1700, 50)
    per_day = rng.randrange(180, 300, 10)
    if kind in ("expert-visit", "internship"):
        return flight * people, per_day * people * days, rng.randrange(300, 1500, 100)
    if kind == "academic-activity":
        return flight * 2, per_day * 2 * days, rng.randrange(2000, 6000, 250)
    if kind == "technical-assistance":
        return flight * people, per_day * people * days, rng.randrange(500, 3000, 250)
    if kind == "document-exchange":
        return 0, 0, rng.randrange(400, 2000, 100)
    return 0, 0, rng.randrange(300, 1200, 100)


def main():
    with open(PATH, encoding="utf-8") as f:
        file = json.load(f)
    plan = file["plan"]
    for key in ("actions", "evaluators", "scores", "selection", "follow_ups"):
        plan.pop(key, None)
    offers = {o["id"]: o for o in plan["offers"]}
    agencies = {a["id"]: a for a in plan["agencies"]}
    countries = {c["id"]: c for c in plan["countries"]}
    interests = {(i["country"], i["offer"]): i for i in plan["interests"]}
    weight = {"high": 3, "medium": 2, "low": 1}

    # (session, attendee) pairs, high-priority interests first, at most 2 a session.
    pairs = []
    for s in plan["schedule"]["sessions"]:
        ranked = sorted(
            s["attendees"],
            key=lambda c: (-weight[interests.get((c, s["offer"]), {}).get("priority", "low")], c),
        )
        pairs += [(s, c, rank) for rank, c in enumerate(ranked[:2])]
    pairs.sort(key=lambda p: (p[2], int(p[0]["id"].split("-")[1])))
    pairs = pairs[:50]
    pairs.sort(key=lambda p: (int(p[0]["id"].split("-")[1]), p[1]))

    actions, counters = [], {}
    for n, (session, receiving, _) in enumerate(pairs):
        offer = offers[session["offer"]]
        offering = offer["country"]
        side = "receiving" if n % 5 == 4 else "offering"
        registrant = offering if side == "offering" else receiving
        counters[registrant] = counters.get(registrant, 0) + 1
        kind = rng.choice(offer["modalities"])
        people = rng.choice((2, 2, 3))
        days = rng.choice((3, 4, 5, 5, 7, 10)) if kind != "internship" else rng.choice((7, 10, 14))
        travel, per_diem, other = cost(kind, people, days)
        agency = agencies.get(offer["agency"] or "", {}).get("acronym", countries[offering]["name"])
        note = interests.get((receiving, offer["id"]), {}).get("note", "Conocer la experiencia.")
        month = 5 + n % 7
        start = f"2026-{month:02d}-{rng.randrange(4, 16):02d}"
        end_day = int(start[-2:]) + (days - 1 if kind not in ("document-exchange", "virtual-seminar") else 0)
        action = {
            "id": f"act-{registrant}-{counters[registrant]}",
            "type": kind,
            "offering": offering,
            "receiving": receiving,
            "offer": offer["id"],
            "session": session["id"],
            "registered_by": side,
            "title": f"{offer['title'].split(' (')[0]} — {countries[receiving]['name']}",
            "description": rng.choice(TYPE_TEXT[kind]).format(
                n=people, agency=agency, country=countries[receiving]["name"], title=offer["title"]
            ),
            "objectives": rng.choice(OBJECTIVES).format(note=note),
            "starts_on": start,
            "ends_on": f"2026-{month:02d}-{end_day:02d}",
            "duration_days": days if kind not in ("document-exchange", "virtual-seminar") else 1,
            "participants": f"{people} especialistas de {agency}; equipo técnico de {countries[receiving]['name']}",
            "cost": {"currency": "USD", "travel": travel, "per_diem": per_diem, "other": other},
        }
        actions.append(action)

    # Counterpart forms of the receiving side, linked both ways, for 8 offering forms.
    offering_forms = [a for a in actions if a["registered_by"] == "offering"]
    for a in offering_forms[::5][:8]:
        counters[a["receiving"]] = counters.get(a["receiving"], 0) + 1
        other = dict(a)
        other["id"] = f"act-{a['receiving']}-{counters[a['receiving']]}"
        other["registered_by"] = "receiving"
        other["cost"] = dict(a["cost"], other=a["cost"]["other"] + 500)
        other["description"] = a["description"] + " La contraparte propone sumar una reunión con autoridades locales."
        other["linked"] = a["id"]
        a["linked"] = other["id"]
        actions.append(other)
    plan["actions"] = actions

    plan["evaluators"] = [
        {"id": "ev-1", "name": "Lucía Fernández", "kind": "secretariat", "organization": "Secretaría técnica del taller"},
        {"id": "ev-2", "name": "Martín Quispe", "kind": "secretariat", "organization": "Secretaría técnica del taller"},
        {"id": "ev-3", "name": "Carolina Rojas", "kind": "external", "country": "cl", "organization": "Universidad de Chile"},
        {"id": "ev-4", "name": "Jorge Ramírez", "kind": "external", "country": "mx", "organization": "El Colegio de México"},
        {"id": "ev-5", "name": "Ana Beatriz Souza", "kind": "external", "organization": "Consultora independiente"},
    ]
    bias = {"ev-1": 0.0, "ev-2": -0.3, "ev-3": 0.3, "ev-4": 0.0, "ev-5": -0.5}
    criteria = ["relevance", "feasibility", "impact", "cost-effectiveness", "sustainability"]
    candidates = [a for a in actions if not (a["registered_by"] == "receiving" and "linked" in a)]
    scores = []
    for a in candidates:
        quality = rng.uniform(2.2, 4.6)
        split = rng.random() < 0.08  # a few actions the committee disagrees on
        for e in plan["evaluators"]:
            if e.get("country") in (a["offering"], a["receiving"]):
                continue
            lean = bias[e["id"]] + (rng.choice((-1.4, 1.4)) if split else 0.0)
            values = {
                k: max(1, min(5, round(quality + lean + rng.uniform(-0.8, 0.8)))) for k in criteria
            }
            score = {"evaluator": e["id"], "action": a["id"], "values": values}
            if rng.random() < 0.6:
                score["confidence"] = rng.choice(("high", "high", "medium", "low"))
            if split and rng.random() < 0.5:
                score["comment"] = "Dudas sobre la viabilidad en el plazo previsto."
            score["updated_at"] = "2026-04-10T15:00:00Z"
            scores.append(score)
    plan["scores"] = scores

    rules = {"budget": BUDGET, "currency": "USD", "max_per_country": 3, "min_per_subregion": True}
    plan["selection"] = {"rules": rules, "chosen": []}
    write(file)
    out = subprocess.run(
        ["cargo", "run", "-q", "--bin", "rondas-cli", "--", "select", PATH, "--budget", str(BUDGET)],
        check=True, capture_output=True, text=True,
    ).stdout
    proposal = json.loads(out)
    plan["selection"] = {
        "rules": rules,
        "chosen": proposal["chosen"],
        "scenarios": [
            {"name": "Presupuesto ampliado", "rules": dict(rules, budget=140_000)},
            {"name": "Sin límite por país", "rules": {"budget": BUDGET, "currency": "USD"}},
        ],
        "computed_at": "2026-04-15T12:00:00Z",
    }
    follow = [
        ("funded", "2026-05-15", "Financiamiento aprobado por el fondo regional."),
        ("planned", "2026-06-01", "Agenda y términos de referencia en preparación."),
        ("in-progress", "2026-09-30", "Primera misión realizada; informe pendiente."),
        ("completed", "2026-08-31", "Actividad realizada según lo previsto."),
        ("selected", "2026-05-30", "Esperando confirmación de fechas por la contraparte."),
        ("funded", "2027-01-31", ""),
    ]
    by_id = {a["id"]: a for a in actions}
    ups = []
    for action_id, (status, due, notes) in zip(proposal["chosen"], follow):
        a = by_id[action_id]
        responsible = [x["id"] for x in plan["agencies"] if x["country"] in (a["offering"], a["receiving"])][:2]
        up = {"action": action_id, "status": status, "responsible": responsible,
              "starts_on": a["starts_on"], "ends_on": a["ends_on"], "due_on": due}
        if notes:
            up["notes"] = notes
        if status == "completed":
            up["results"] = "Equipo nacional capacitado; protocolo adaptado y en validación."
        up["updated_at"] = "2026-09-01T10:00:00Z"
        ups.append(up)
    plan["follow_ups"] = ups
    write(file)
    print(f"{len(actions)} forms, {len(candidates)} actions, {len(scores)} scores, "
          f"{len(proposal['chosen'])} chosen for USD {proposal['total_cost']}")


def write(file):
    with open(PATH, "w", encoding="utf-8") as f:
        f.write(json.dumps(file, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
