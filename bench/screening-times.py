#!/usr/bin/env python3
"""Sums a `ScreeningCommand --times FILE` table: where the first pass's CPU goes, by kind of query.

Usage: bench/screening-times.py TIMES.tsv [SKIP]

SKIP (default 1000) leaves out the first queries of the pass, which run while the JIT compiles the
matcher. Prints, for the rest: the mean and median first-pass and second-pass (everything cached) CPU
per query; the share of the first pass's time in its most expensive 1, 5, 10 and 25 % of queries;
then by group (positive or not, and the query's word count): count, means, medians and each group's
share of both passes' time; then the 10 most expensive queries. Exit code 2 on bad input.
"""
import csv
import statistics
import sys


def fail(message):
    print(f"screening-times.py: {message}", file=sys.stderr)
    sys.exit(2)


def main(argv):
    if len(argv) not in (2, 3):
        fail("usage: bench/screening-times.py TIMES.tsv [SKIP]")
    skip = 1000
    if len(argv) == 3:
        try:
            skip = int(argv[2])
        except ValueError:
            fail(f"SKIP must be a whole number, got '{argv[2]}'")
        if skip < 0:
            fail(f"SKIP must be 0 or more, got {skip}")
    columns = ["query", "positive", "kind", "tokens", "hits", "first_us", "second_us", "name"]
    try:
        with open(argv[1], encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            if reader.fieldnames != columns:
                fail(f"{argv[1]}: header {reader.fieldnames} is not ScreeningCommand --times' {columns}")
            rows = []
            for line, r in enumerate(reader, start=2):
                try:
                    rows.append((r["positive"], int(r["tokens"]), int(r["first_us"]), int(r["second_us"]), r["name"]))
                except (TypeError, ValueError):
                    fail(f"{argv[1]}, line {line}: tokens, first_us and second_us must be whole numbers")
    except OSError as e:
        fail(f"cannot read {argv[1]}: {e.strerror}")
    rows = rows[skip:]
    if not rows:
        fail(f"no queries after the first {skip}")
    first = [r[2] for r in rows]
    second = [r[3] for r in rows]
    total_first = sum(first) or 1
    total_second = sum(second) or 1
    print(f"queries={len(rows)} (after the first {skip})")
    print(f"first_pass_ms mean={statistics.mean(first) / 1000:.3f} median={statistics.median(first) / 1000:.3f}")
    print(f"second_pass_ms mean={statistics.mean(second) / 1000:.3f} median={statistics.median(second) / 1000:.3f}")
    ranked = sorted(first, reverse=True)
    for share in (1, 5, 10, 25):
        k = max(1, len(ranked) * share // 100)
        print(f"first_pass_top_{share}pct_share={sum(ranked[:k]) / total_first:.3f}")
    groups = {}
    for positive, tokens, f, s, _ in rows:
        groups.setdefault((positive, tokens), []).append((f, s))
    print()
    print("| positive | words | queries | first mean ms | first median ms | first share | second mean ms | second share |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (positive, tokens), values in sorted(groups.items(), key=lambda kv: -sum(f for f, _ in kv[1])):
        fs = [f for f, _ in values]
        ss = [s for _, s in values]
        print(
            f"| {positive} | {tokens} | {len(values)} | {statistics.mean(fs) / 1000:.2f} | "
            f"{statistics.median(fs) / 1000:.2f} | {sum(fs) / total_first:.3f} | "
            f"{statistics.mean(ss) / 1000:.2f} | {sum(ss) / total_second:.3f} |")
    print()
    print("| first ms | second ms | positive | name |")
    print("|---:|---:|---|---|")
    for positive, tokens, f, s, name in sorted(rows, key=lambda r: -r[2])[:10]:
        print(f"| {f / 1000:.2f} | {s / 1000:.2f} | {positive} | {name} |")


if __name__ == "__main__":
    main(sys.argv)
