#!/usr/bin/env python3
"""A benchmark peer for `chainaudit check --format json`: the rules of
rules.md written plainly in Python with `json` and `networkx`.

    peer.py CHAIN.json > report.json

It is not product code: it trusts its input (the benchmark's generator writes
only valid chains), reads JSON only, has no configuration or waivers, and is
here so that chainaudit's speed and memory have something honest to be
compared with. It implements the payment, visibility, exit, risk, pricing,
shape and working-relationship rules with their default parameters, and the
report's metrics; its findings name rule, severity and subject like
chainaudit's, so the benchmark can compare the two counts rule by rule.
"""
import json
import sys
from datetime import date

import networkx as nx

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
SME_SIZES = {"micro", "small", "medium", "sme"}
KENT_DISTRICTS = {"Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham",
                  "Maidstone", "Sevenoaks", "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells"}


def missing(value):
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, list) and not value)


def share(value):
    if value is None:
        return None
    if isinstance(value, str):
        return float(value.strip().rstrip("%")) / 100
    return float(value)


def exceeds(a, b):
    return a - b > 1e-9


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        chain = json.load(f)
    contract = chain["contract"]
    organisations = {o["id"]: o for o in chain["organisations"]}
    subs = chain.get("subcontracts") or []
    lead = contract["lead"]
    cvalue = float(contract["value"])
    cdays = contract.get("paymentDays")
    cpbr = share(contract.get("byResultsShare")) or 0.0

    findings = []

    def find(rule, severity, kind, subject, message):
        findings.append({"rule": rule, "severity": severity, "subject": {"kind": kind, "id": subject}, "message": message})

    # The graph: one edge per parent/provider pair, subcontract indices kept beside it.
    graph = nx.DiGraph()
    graph.add_nodes_from(organisations)
    incoming = {oid: [] for oid in organisations}
    outgoing = {oid: [] for oid in organisations}
    for i, s in enumerate(subs):
        graph.add_edge(s["parent"], s["provider"])
        incoming[s["provider"]].append(i)
        outgoing[s["parent"]].append(i)

    tier = nx.single_source_shortest_path_length(graph, lead)

    def funding_in(oid):
        return cvalue if oid == lead else sum(subs[i].get("value") or 0 for i in incoming[oid])

    def incoming_days(oid):
        if oid == lead:
            return cdays
        known = [subs[i]["paymentDays"] for i in incoming[oid] if subs[i].get("paymentDays") is not None]
        return max(known) if known else None

    def incoming_pbr(oid):
        if oid == lead:
            return cpbr
        return max((share(subs[i].get("byResultsShare")) or 0.0 for i in incoming[oid]), default=0.0)

    days_to_cash = {}
    in_progress = set()

    def dtc(i):
        if i in days_to_cash:
            return days_to_cash[i]
        s = subs[i]
        days = s.get("paymentDays")
        if days is None:
            result = None
        elif not s.get("payWhenPaid"):
            result = days
        elif i in in_progress:
            return None                      # the pay-when-paid chain loops back on itself
        else:
            in_progress.add(i)
            parent = s["parent"]
            if parent == lead:
                upstream = cdays
            else:
                known = [d for d in (dtc(j) for j in incoming[parent]) if d is not None]
                upstream = max(known) if known else None
            in_progress.discard(i)
            result = None if upstream is None else days + upstream
        days_to_cash[i] = result
        return result

    term_years = 1.0
    if contract.get("start") and contract.get("end"):
        days = (date.fromisoformat(contract["end"]) - date.fromisoformat(contract["start"])).days
        term_years = max(1.0, days / 365.25)

    # Contract-level rules.
    cid = contract["id"]
    if cdays is not None and cdays > 30:
        find("late-payment-terms", "error", "contract", cid, f"the commissioner pays within {cdays} days")
    if missing(contract.get("outcomes")):
        find("no-outcomes", "warning", "contract", cid, "no outcomes")
    for outcome in contract.get("outcomes") or []:
        if missing(outcome.get("indicator")):
            find("outcome-without-indicator", "warning", "outcome", outcome["id"], "no indicator")
    for key, rule in (("exitStrategy", "no-exit-strategy"), ("issueResolution", "no-issue-resolution")):
        if missing(contract.get(key)):
            find(rule, "error", "contract", cid, f"no {key}")
    if missing(contract.get("governance")):
        find("no-governance", "info", "contract", cid, "no governance")
    if missing(contract.get("feedback")):
        find("no-feedback-loop", "info", "contract", cid, "no feedback")

    # Subcontract rules.
    for i, s in enumerate(subs):
        sid = s["id"]
        parent, provider = s["parent"], s["provider"]
        org = organisations[provider]
        name = org["name"]
        days = s.get("paymentDays")
        value = s.get("value")
        pbr = share(s.get("byResultsShare")) or 0.0
        fee = share(s.get("managementFee"))
        risk = share(s.get("riskShare"))

        if days is not None and days > 30:
            find("late-payment-terms", "error", "subcontract", sid, f"{name} is paid within {days} days")
        if s.get("payWhenPaid"):
            find("pay-when-paid", "error", "subcontract", sid, f"{name} is paid only when {parent} is paid")
        parent_days = incoming_days(parent)
        if days is not None and parent_days is not None and days > parent_days:
            find("slower-than-parent", "warning", "subcontract", sid, f"{days} days against {parent_days}")
        cash = dtc(i)
        if cash is not None and cash > 60:
            find("payment-cascade", "warning", "subcontract", sid, f"{cash} days to cash")

        absent = [k for k in ("role", "paymentDays", "volume", "changeMechanism") if missing(s.get(k))]
        if absent:
            find("missing-visibility", "error", "subcontract", sid, "missing " + ", ".join(absent))
        if missing(s.get("kpis")):
            find("no-performance-data", "warning", "subcontract", sid, "no KPIs")
        if s.get("commissionerAccess") is not True:
            find("no-commissioner-access", "warning", "subcontract", sid, "no commissioner access")
        absent = [k for k in ("deliverables", "rewards", "penalties") if missing(s.get(k))]
        if absent:
            find("unclear-terms", "warning", "subcontract", sid, "missing " + ", ".join(absent))
        for key, rule in (("exitStrategy", "no-exit-strategy"), ("issueResolution", "no-issue-resolution")):
            if missing(s.get(key)):
                find(rule, "error", "subcontract", sid, f"no {key}")

        if risk is not None and value is not None and cvalue > 0 and risk >= 0.05 - 1e-9 \
                and exceeds(risk, 1.5 * value / cvalue):
            find("disproportionate-risk", "error", "subcontract", sid, f"risk {risk} for value share {value / cvalue}")
        if exceeds(pbr, incoming_pbr(parent) + 0.10):
            find("pbr-amplified", "warning", "subcontract", sid, f"{pbr} by results")
        cap = s.get("liabilityCap")
        if cap is not None and value is not None and exceeds(cap, value):
            find("liability-exceeds-value", "warning", "subcontract", sid, f"cap {cap} above value {value}")
        turnover = org.get("annualTurnover")
        if (org["size"] in ("micro", "small", "sme") or org["sector"] == "vcse") and turnover is not None \
                and value is not None and exceeds(pbr * value / term_years, 0.25 * turnover):
            find("risk-exceeds-capacity", "warning", "subcontract", sid, "exposure above a quarter of turnover")

        if fee is not None and exceeds(fee, 0.20):
            find("excessive-management-fee", "warning", "subcontract", sid, f"fee {fee}")
        if fee is None:
            find("undisclosed-management-fee", "warning", "subcontract", sid, "no fee disclosed")
        volume = s.get("volume")
        if value == 0 or (volume is not None and volume.get("amount") == 0):
            find("bid-candy", "warning", "subcontract", sid, f"{name} is given no work")

        parent_tier = tier.get(parent)
        if parent != lead and parent_tier is None:
            find("unreachable-subcontract", "error", "subcontract", sid, f"{parent} is outside the lead's chain")
        if parent_tier is not None and parent_tier + 1 > 3:
            find("deep-chain", "info", "subcontract", sid, f"tier {parent_tier + 1}")

        if missing(s.get("selectionRationale")):
            find("no-selection-rationale", "info", "subcontract", sid, "no selection rationale")
        if s.get("agreement") in (None, "none", "letterOfIntent"):
            find("no-working-agreement", "warning", "subcontract", sid, "no working agreement")
        if missing(s.get("expectations")):
            find("no-expectations", "info", "subcontract", sid, "no expectations")

    # Organisation rules.
    for oid, org in organisations.items():
        if outgoing[oid]:
            out = sum(subs[i].get("value") or 0 for i in outgoing[oid])
            known = all(subs[i].get("value") is not None for i in incoming[oid] + outgoing[oid])
            if (oid == lead or (incoming[oid] and known)) and exceeds(out, funding_in(oid)):
                find("overcommitted-funding", "error", "organisation", oid, f"lets {out}, receives {funding_in(oid)}")
        if incoming[oid]:
            delivered = sum(subs[i].get("value") or 0 for i in incoming[oid])
            if exceeds(delivered, 0.25 * cvalue) and all(missing(subs[i].get("contingency")) for i in incoming[oid]):
                find("single-point-of-failure", "warning", "organisation", oid, "no contingency")

    # Shape of the chain as a whole.
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            inside = [s["id"] for s in subs if s["parent"] in component and s["provider"] in component]
            find("subcontracting-cycle", "error", "subcontract", min(inside), "a cycle")
    by_provider = {}
    total = 0.0
    for s in subs:
        if s.get("value") is not None:
            total += s["value"]
            by_provider[s["provider"]] = by_provider.get(s["provider"], 0.0) + s["value"]
    if total > 0 and exceeds(max(by_provider.values()) / total, 0.6):
        find("low-variety", "warning", "contract", cid, "one provider takes most of the value")
    if subs and not any(organisations[s["provider"]]["size"] in SME_SIZES or organisations[s["provider"]]["sector"] == "vcse"
                        for s in subs):
        find("no-sme-or-vcse", "info", "contract", cid, "no SME or VCSE provider")

    findings.sort(key=lambda f: (SEVERITY_RANK[f["severity"]], f["rule"], f["subject"]["id"]))

    # Metrics, as chainaudit reports them.
    def kent_based(org):
        return org.get("kentBased", org.get("district") in KENT_DISTRICTS)

    subcontracted = kent = sme = vcse = 0.0
    for s in subs:
        value = s.get("value") or 0
        org = organisations[s["provider"]]
        subcontracted += value
        kent += value if kent_based(org) else 0
        sme += value if org["size"] in SME_SIZES else 0
        vcse += value if org["sector"] == "vcse" else 0
    providers = []
    for oid, delivered in incoming.items():
        if not delivered:
            continue
        value = sum(subs[i].get("value") or 0 for i in delivered)
        risks = [share(subs[i]["riskShare"]) for i in delivered if subs[i].get("riskShare") is not None]
        cash = [d for d in (dtc(i) for i in delivered) if d is not None]
        providers.append({"id": oid, "tier": tier.get(oid), "value": value,
                          "valueShare": value / cvalue if cvalue > 0 else None,
                          "riskShare": sum(risks) if risks else None,
                          "daysToCash": max(cash) if cash else None})
    providers.sort(key=lambda p: (p["tier"] is None, p["tier"] or 0, p["id"]))

    summary = {k: sum(1 for f in findings if f["severity"] == k) for k in ("error", "warning", "info")}
    summary["waived"] = 0
    report = {
        "tool": {"name": "peer.py", "version": "0"},
        "file": sys.argv[1],
        "contract": {"id": cid, "title": contract["title"]},
        "summary": summary,
        "findings": findings,
        "metrics": {
            "organisations": len(organisations), "subcontracts": len(subs), "maxTier": max(tier.values(), default=0),
            "subcontractedValue": subcontracted,
            "kentShare": kent / subcontracted if subcontracted else None,
            "smeShare": sme / subcontracted if subcontracted else None,
            "vcseShare": vcse / subcontracted if subcontracted else None,
            "providers": providers,
        },
    }
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    sys.setrecursionlimit(100_000)
    main()
