# Writes everything.yaml: one valid chain whose every text is hostile to some output format.
# Run: python3 Fixtures/hostile/everything.py Fixtures/hostile/everything.yaml
import sys
ESC = "\x1b"
def q(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif ch == '\x1b': out.append('\\e')
        elif ch == '\x07': out.append('\\a')
        elif o < 0x20 or 0x7f <= o <= 0x9f: out.append('\\x%02X' % o)
        elif o in (0x2028, 0x2029, 0xFEFF) or 0x202a <= o <= 0x202e or 0x2066 <= o <= 0x2069 or o in (0x200e, 0x200f, 0x61c):
            out.append('\\u%04X' % o)
        else: out.append(ch)
    out.append('"')
    return ''.join(out)

LONG_NAME = ("Very Long \"Quoted\" <b>Name</b> | Trust \\N " * 400)[:10000]
LONG_ID = ("long-id-<x>-\"q\"-" * 800)[:10000]
assert len(LONG_NAME) == 10000 and len(LONG_ID) == 10000

orgs = [
    # id, name, sector, size, district
    ("kcc", "Kent \"County\" Council's \\N \\G \\l \\\\ office", "public", "large", "Maidstone"),
    ("lead\"'<x>\\N", "<script>alert(1)</script> \"Prime\" 'Lead' Ltd", "private", "large", "Ashford</text>"),
    ("esc\x1b[31m", ESC + "[31mRed" + ESC + "[0m " + ESC + "[2J Clear " + ESC + "]0;title\x07 " + ESC + "]8;;http://x" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\ \x9b31m C1 \x7f Del \x08 BS", "private", "small", "Dover"),
    ("bidi\u202e", "Safe \u202egnp.exe\u202c Ltd \u2066isolate\u2069 \u200f", "vcse", "small", "Thanet"),
    ("html", "<img src=x onerror=alert(1)> \"><svg onload=alert(1)> </style> ]]> <!-- & &amp;", "vcse", "micro", "Swale"),
    ("dot}", "} -> x [label=\"x\"]; digraph g { a -> b } // # \\\\ \\", "private", "medium", "Swale"),
    ("=HYPERLINK(\"http://x\",\"y\")", "=HYPERLINK(\"http://x\",\"y\")", "private", "sme", "Thanet"),
    ("+1+1", "+1+1", "private", "micro", "Sevenoaks"),
    ("-2", "-2", "vcse", "small", "Gravesham"),
    ("@SUM(A1)", "@SUM(A1)", "private", "large", None),
    ("\ttab", "\tTabbed =1+1", "vcse", "small", "Dartford"),
    ("md|`", "Pipe | cell | `tick` ``double`` *star* [link](x) \\| escaped", "vcse", "medium", "Ashford"),
    ("json\",", "\"}]}, {\"x\": [1, \\u0041 \\\" \u2028 line sep \u2029 para", "private", "small", "Canterbury"),
    ("nl\r\n", "New\nLine\r\nCR\rEnd\tTab", "vcse", "micro", "Dover"),
    ("emoji😀", "Café 😀 👩‍👩‍👧 e\u0301\u0301 中文 مرحبا Z\u0351\u0352\u0353", "vcse", "small", "Dover"),
    ("long", LONG_NAME, "vcse", "medium", "Canterbury"),
    (LONG_ID, "Provider with a 10,000-character id", "private", "small", "Thanet"),
]
lead = orgs[1][0]
# subcontracts: id, parent, provider, value, paymentDays, role
subs = [
    ("SC\"1<script>", lead, "esc\x1b[31m", 60000, 45, ESC + "[2J" + ESC + "[Hcleared " + ESC + "]0;pwned\x07"),
    ("SC'2\\N", lead, "bidi\u202e", 50000, 60, "\u202eevil role"),
    ("SC<3>", lead, "html", 40000, 31, "<img src=x onerror=alert(3)>"),
    ("SC}4 -> x [label=\"x\"];", lead, "dot}", 30000, 90, "} -> [label=\"x\"]; digraph"),
    ("=1+1", lead, "=HYPERLINK(\"http://x\",\"y\")", 20000, 40, "=cmd|' /C calc'!A0"),
    ("+SC", lead, "+1+1", 10000, 35, "+1+1"),
    ("-SC", lead, "-2", 10000, 50, "-2"),
    ("@SC", lead, "@SUM(A1)", 10000, 45, "@SUM(A1)"),
    ("\tSC", lead, "\ttab", 10000, 33, "\tleading tab"),
    ("SC|`md`", lead, "md|`", 10000, 61, "| a | b |\n|---|"),
    ("SC\"}json", lead, "json\",", 10000, 30, "\"} \u2028 ]"),
    ("SC\r\nnl", lead, "nl\r\n", 10000, 30, None),
    ("SC😀", lead, "emoji😀", 10000, 30, "Café 😀 e\u0301"),
    ("SC-long", lead, "long", 300000, 45, LONG_NAME),
    ("SC-long-onward", "long", LONG_ID, 400000, 60, None),
]
outcomes = [
    ("out\"<1>", "Fewer \"people\" <script>alert(1)</script> \\N \\G in crisis " + ESC + "[31m\u202e| `x` =1+1"),
    ("out\r\n2", "=HYPERLINK(\"http://x\",\"y\") ]]> <!-- \u2028 😀"),
]
lines = []
w = lines.append
w("# One chain whose every text tries to break an output format: quotes, backslashes, newlines,")
w("# terminal escapes, bidi marks, HTML/XML/DOT/CSV/Markdown/JSON syntax, emoji, 10,000-character")
w("# names. Every output must show them as data. Written by everything.py (python3 everything.py everything.yaml).")
w("chainaudit: 1")
w("contract:")
w("  id: " + q("KCC-<HOSTILE>\"'\\N " + ESC + "]0;title\x07"))
w("  title: " + q("Hostile \"names\" 'single' </title></style><script>alert(\"title\")</script> ]]> <!-- \\G \\l \\\\ " + ESC + "[2J\u202e|`x`|\n=1+1"))
w("  commissioner: kcc")
w("  lead: " + q(lead))
w("  value: 1000000")
w("  paymentDays: 45")
w("  outcomes:")
for oid, desc in outcomes:
    w("    - id: " + q(oid))
    w("      description: " + q(desc))
w("organisations:")
for oid, name, sector, size, district in orgs:
    w("  - id: " + q(oid))
    w("    name: " + q(name))
    w("    sector: " + sector)
    w("    size: " + size)
    if district is not None:
        w("    district: " + q(district))
w("subcontracts:")
for sid, parent, provider, value, days, role in subs:
    w("  - id: " + q(sid))
    w("    parent: " + q(parent))
    w("    provider: " + q(provider))
    w("    value: %d" % value)
    w("    paymentDays: %d" % days)
    if role is not None:
        w("    role: " + q(role))
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines) + "\n")
