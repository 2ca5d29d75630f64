#!/usr/bin/env python3
"""Turns the PostgreSQL log of captured requests into pgbench scripts, one per request.

bench/run.sh switches on log_statement=all with the line prefix '@@ <pid> @@ ', sends requests one
after the other with a marker statement (select 'bench-mark-N') before each, and pipes the app's
log (where the embedded server's output lands) into this script:

    pgbench_scripts.py OUT_DIR < app.log

Each request's statements (simple or extended protocol, with their bound parameters written in as
the literals PostgreSQL logged) go to OUT_DIR/request-N.sql, in the order they ran, so pgbench can
replay exactly what each page asked of the database. Prints how many statements each request ran.
"""
import os
import re
import sys

PREFIX = re.compile(r"@@ (\d+) @@ (LOG|DETAIL|ERROR|STATEMENT|HINT|CONTEXT|WARNING|NOTICE):\s+(.*)")
MARK = re.compile(r"statement: select 'bench-mark-(\w+)'")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
PLACEHOLDER = re.compile(r"\$(\d+)")
# Not the request's own: the session store's cleanup and the connection pool's checks.
IGNORED = re.compile(r"spring_session|bench-mark|pg_reload_conf|ALTER SYSTEM", re.IGNORECASE)


def entries(lines):
    """Log entries (kind, text) rebuilt from possibly wrapped lines."""
    current = None
    for raw in lines:
        line = raw.rstrip("\n")
        match = PREFIX.search(line)
        if match:
            if current:
                yield current
            current = [match.group(2), match.group(3)]
        elif current is not None and "\t" in line:
            # a continuation line: PostgreSQL starts it with a tab
            current[1] += "\n" + line[line.index("\t") + 1:]
    if current:
        yield current


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    requests = {}
    order = []
    mark = None
    pending = None  # (sql with placeholders) awaiting its DETAIL line
    for kind, text in entries(sys.stdin):
        if kind == "LOG":
            if pending is not None:
                requests[mark].append(pending)
                pending = None
            m = MARK.search(text)
            if m:
                mark = m.group(1)
                if mark != "end":
                    requests[mark] = []
                    order.append(mark)
                continue
            if mark is None or mark == "end":
                continue
            sm = re.match(r"(?:statement|execute [^:]+):\s*(.*)", text, re.DOTALL)
            if not sm or IGNORED.search(sm.group(1)):
                continue
            pending = sm.group(1)
        elif kind == "DETAIL" and pending is not None and text.lower().startswith("parameters:"):
            values = {int(n): v for n, v in PARAM.findall(text)}
            pending = PLACEHOLDER.sub(lambda m: values.get(int(m.group(1)), m.group(0)), pending)
            requests[mark].append(pending)
            pending = None
    if pending is not None and mark in requests:
        requests[mark].append(pending)
    counts = []
    for n, mark in enumerate(order, 1):
        statements = requests[mark]
        counts.append(sum(1 for sql in statements if sql.strip().rstrip(";").strip()))
        with open(os.path.join(out, f"request-{n}.sql"), "w") as f:
            for sql in statements:
                sql = sql.strip().rstrip(";").strip()
                if sql:  # the pool's connection check is an empty statement
                    f.write(sql + ";\n")
    print(" ".join(str(c) for c in counts))


if __name__ == "__main__":
    main()
