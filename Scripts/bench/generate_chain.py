#!/usr/bin/env python3
"""Writes a large, valid chainaudit chain file (JSON) for the benchmark.

    generate_chain.py N OUTPUT.json [--seed S]

The chain has N subcontracts in a realistic shape: a lead with a few dozen
(or, for large N, a few hundred) tier-1 partners, each letting work on down to
tier 4; providers are a mix of sectors and sizes across Kent's twelve
districts and a few places outside Kent; some providers deliver several
subcontracts. A few per cent of subcontracts break a rule (long payment terms,
pay-when-paid, missing fields, high fees, risk out of proportion, bid candy),
so every rule has work to do. The file is always valid input: ids unique,
references resolve, nobody subcontracts to themselves or to the commissioner.
The same N and seed always give the same bytes.
"""
import argparse
import json
import random

KENT = ["Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham",
        "Maidstone", "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"]
ELSEWHERE = ["Medway", "London Borough of Bexley", "East Sussex", "Surrey"]
ROLES = ["Befriending", "Carers' support", "Talking therapies", "Community transport",
         "Digital inclusion", "Peer support", "Handyperson service", "Advice and advocacy"]
UNITS = ["people supported a year", "visits a year", "journeys a year", "sessions a year"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("subcontracts", type=int)
    parser.add_argument("output")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.subcontracts

    # Organisations: index 0 the commissioner, 1 the lead, then providers created as needed.
    organisations = [
        {"id": "kcc", "name": "Kent County Council", "sector": "public", "size": "large", "district": "Maidstone"},
        {"id": "lead", "name": "Garden of England Care Partnership Ltd", "sector": "private", "size": "large",
         "annualTurnover": 90_000_000, "district": "Maidstone"},
    ]
    level = [None, 0]               # generation of each organisation: edges only go from level L to L + 1,
    by_level = {0: [1]}             # so the chain has no cycles and is at most four tiers deep
    funding = [0.0, 0.0]            # what each provider receives (the lead's is the contract value, set last)
    remaining = [0.0, float("inf")] # what each organisation may still pass on
    days_in = [None, 30]            # the longest payment term each organisation is paid on
    tier1 = max(5, min(400, n // 50))

    def new_organisation(at_level):
        index = len(organisations)
        r = rng.random()
        if r < 0.45:
            sector, size = "vcse", rng.choice(["micro", "small", "small", "medium"])
        elif r < 0.85:
            sector, size = "private", rng.choice(["micro", "small", "medium", "large", "sme"])
        elif r < 0.95:
            sector, size = "public", rng.choice(["medium", "large"])
        else:
            sector, size = "unknown", "unknown"
        organisation = {
            "id": f"org{index:07d}",
            "name": f"{rng.choice(ROLES)} Partner {index}",
            "sector": sector,
            "size": size,
            "district": rng.choice(KENT) if rng.random() < 0.85 else rng.choice(ELSEWHERE),
        }
        if rng.random() < 0.8:
            organisation["annualTurnover"] = rng.choice([40_000, 120_000, 600_000, 2_500_000, 15_000_000])
        organisations.append(organisation)
        level.append(at_level)
        by_level.setdefault(at_level, []).append(index)
        funding.append(0.0)
        remaining.append(0.0)
        days_in.append(None)
        return index

    subcontracts = []
    for number in range(n):
        parent = 1
        if number >= tier1:
            # Parents at deeper levels are more numerous, so pick a level first, then a parent on it.
            parent_level = rng.choices([0, 1, 2, 3], weights=[1, 6, 4, 1])[0]
            parent = rng.choice(by_level.get(parent_level) or by_level[0])
        # Value: a slice of what the parent receives, never more than it has left to pass on,
        # so funding does not overcommit (except where a breach below says so).
        if parent == 1:
            value = round(rng.uniform(50_000, 2_000_000), -2)
        else:
            value = round(funding[parent] * rng.uniform(0.05, 0.25), -2)
            if value < 1000 or value > remaining[parent]:
                parent = 1
                value = round(rng.uniform(50_000, 2_000_000), -2)
        child_level = level[parent] + 1
        reuse = by_level.get(child_level, [])
        if reuse and rng.random() < 0.12:
            provider = rng.choice(reuse)
        else:
            provider = new_organisation(child_level)
        remaining[parent] -= value
        funding[provider] += value
        remaining[provider] += value * 0.7
        days = min(30, days_in[parent] or 30) if rng.random() < 0.9 else 14

        s = {
            "id": f"SC{number:07d}",
            "parent": organisations[parent]["id"],
            "provider": organisations[provider]["id"],
            "role": rng.choice(ROLES),
            "districts": [organisations[provider]["district"]],
            "value": value,
            "volume": {"amount": rng.randint(20, 2000), "unit": rng.choice(UNITS)},
            "paymentDays": days,
            "byResultsShare": rng.choice([0, 0, 0.05, 0.1]),
            "managementFee": rng.choice([0.05, 0.08, 0.1, 0.12]),
            "liabilityCap": round(value * 0.5, 2),
            "deliverables": "Delivery plan schedule 2",
            "rewards": "Monthly payment in arrears",
            "penalties": "Service credits",
            "kpis": ["people supported", "outcome score"],
            "commissionerAccess": True,
            "exitStrategy": "Clause 22: three months' notice",
            "issueResolution": "Clause 19: escalation then mediation",
            "changeMechanism": "Clause 20: written variation",
            "selectionRationale": "Local track record",
            "agreement": "signed",
            "expectations": "Partner handbook",
        }
        if rng.random() < 0.3:
            s["contingency"] = "Work transfers to the parent's own team"
        # A few per cent break something.
        r = rng.random()
        if r < 0.03:
            s["paymentDays"] = rng.choice([45, 60, 90])
        elif r < 0.05:
            s["payWhenPaid"] = True
        elif r < 0.07:
            for key in rng.sample(["role", "volume", "changeMechanism", "paymentDays"], 2):
                del s[key]
        elif r < 0.09:
            s["managementFee"] = rng.choice([0.25, 0.3])
        elif r < 0.10:
            s["riskShare"] = "breach"          # set below, once the contract value is known
        elif r < 0.11:
            s["value"] = 0
            s["liabilityCap"] = 0
        elif r < 0.13:
            del s["exitStrategy"]
        elif r < 0.14:
            s["byResultsShare"] = 0.4
        elif r < 0.15:
            del s["kpis"]
            s["commissionerAccess"] = False
        elif r < 0.16:
            s["agreement"] = "letterOfIntent"
        elif r < 0.165:
            del s["managementFee"]
        if "paymentDays" in s:
            days_in[provider] = max(days_in[provider] or 0, s["paymentDays"])
        subcontracts.append(s)

    # The contract is worth what the lead lets plus its own share of the work.
    contract_value = round(sum(s["value"] for s in subcontracts if s["parent"] == "lead") / 0.85, -2)
    for s in subcontracts:
        fair = s["value"] / contract_value
        s["riskShare"] = round(min(1.0, fair * 4 + 0.05), 6) if s.get("riskShare") == "breach" else round(fair, 6)

    contract = {
        "id": f"BENCH-{n}",
        "title": f"Benchmark chain of {n} subcontracts",
        "commissioner": "kcc",
        "lead": "lead",
        "value": contract_value,
        "start": "2026-04-01",
        "end": "2031-03-31",
        "paymentDays": 30,
        "byResultsShare": 0.1,
        "outcomes": [
            {"id": "O1", "description": "Fewer isolated people", "indicator": "UCLA loneliness score"},
            {"id": "O2", "description": "Carers supported to keep caring"},
        ],
        "exitStrategy": "Schedule 12: managed handover",
        "issueResolution": "Clause 41: escalation then mediation",
        "changeMechanism": "Clause 38: change control",
        "governance": "Quarterly partnership board",
        "feedback": "Service-user panel",
    }

    # Streamed one item per line, so even a million subcontracts need little memory here.
    with open(args.output, "w", encoding="utf-8") as out:
        out.write('{\n"chainaudit": 1,\n"contract": ')
        out.write(json.dumps(contract, separators=(",", ":")))
        out.write(',\n"organisations": [\n')
        out.write(",\n".join(json.dumps(o, separators=(",", ":")) for o in organisations))
        out.write('\n],\n"subcontracts": [\n')
        out.write(",\n".join(json.dumps(s, separators=(",", ":")) for s in subcontracts))
        out.write("\n]\n}\n")


if __name__ == "__main__":
    main()
