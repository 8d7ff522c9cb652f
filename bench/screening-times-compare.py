#!/usr/bin/env python3
"""Compares two builds' `ScreeningCommand --times FILE` tables, each from one or more runs of the same queries.

Usage: bench/screening-times-compare.py BASE.tsv[,BASE.tsv...] END.tsv[,END.tsv...] [SKIP]

Every run of a build must list the same queries in the same order (the same --data, --names, --queries
and --seed). For each query, the median of its CPU time over the build's runs is taken, per pass, so
that one run's noise (the machine, a collection) does not decide a query's figure; then, over the
queries after the first SKIP (default 1000, run while the JIT compiles the matcher), it prints per
build and pass: mean, median, p99, the longest, and the number of queries over 15 ms; then the 15
queries slowest in the base's first pass with both builds' medians. Exit code 2 on bad input.
"""
import csv
import statistics
import sys

COLUMNS = ["query", "positive", "kind", "tokens", "hits", "first_us", "second_us", "name"]


def fail(message):
    print(f"screening-times-compare.py: {message}", file=sys.stderr)
    sys.exit(2)


def load(path):
    """The run's rows after its header: (name, first_us, second_us) in query order."""
    rows = []
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            if reader.fieldnames != COLUMNS:
                fail(f"{path}: header {reader.fieldnames} is not ScreeningCommand --times' {COLUMNS}")
            for line, r in enumerate(reader, start=2):
                try:
                    rows.append((r["name"], int(r["first_us"]), int(r["second_us"])))
                except (TypeError, ValueError):
                    fail(f"{path}, line {line}: first_us and second_us must be whole numbers")
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")
    return rows


def medians(paths):
    """Per query, the median over the runs of (first_us, second_us); and the queries' names."""
    runs = [load(p) for p in paths]
    names = [r[0] for r in runs[0]]
    for path, run in zip(paths, runs):
        if [r[0] for r in run] != names:
            fail(f"{path}: not the same queries in the same order as {paths[0]}")
    per_query = [
        (statistics.median(run[i][1] for run in runs), statistics.median(run[i][2] for run in runs))
        for i in range(len(names))
    ]
    return names, per_query


def p99(values):
    ranked = sorted(values)
    return ranked[max(0, (len(ranked) * 99 + 99) // 100 - 1)]


def summary(values):
    return (
        f"{statistics.mean(values) / 1000:.3f} | {statistics.median(values) / 1000:.3f} | "
        f"{p99(values) / 1000:.2f} | {max(values) / 1000:.1f} | {sum(1 for v in values if v > 15000)}")


def main(argv):
    if len(argv) not in (3, 4):
        fail("usage: bench/screening-times-compare.py BASE.tsv[,BASE.tsv...] END.tsv[,END.tsv...] [SKIP]")
    skip = 1000
    if len(argv) == 4:
        try:
            skip = int(argv[3])
        except ValueError:
            fail(f"SKIP must be a whole number, got '{argv[3]}'")
        if skip < 0:
            fail(f"SKIP must be 0 or more, got {skip}")
    base_names, base = medians(argv[1].split(","))
    end_names, end = medians(argv[2].split(","))
    if base_names != end_names:
        fail("the base's runs and the end's do not list the same queries in the same order")
    if len(base) <= skip:
        fail(f"no queries after the first {skip}")
    names = base_names[skip:]
    base = base[skip:]
    end = end[skip:]
    print(f"queries={len(names)} (after the first {skip}); base runs={len(argv[1].split(','))}, "
          f"end runs={len(argv[2].split(','))}; each query's median over its build's runs")
    print()
    print("| build, pass | mean ms | median ms | p99 ms | longest ms | queries over 15 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, rows in (("base", base), ("end", end)):
        for k, name in ((0, "first"), (1, "second")):
            print(f"| {label}, {name} | {summary([r[k] for r in rows])} |")
    print()
    print("| base first ms | end first ms | base second ms | end second ms | name |")
    print("|---:|---:|---:|---:|---|")
    for i in sorted(range(len(names)), key=lambda i: -base[i][0])[:15]:
        print(f"| {base[i][0] / 1000:.1f} | {end[i][0] / 1000:.1f} | {base[i][1] / 1000:.1f} | "
              f"{end[i][1] / 1000:.1f} | {names[i]} |")


if __name__ == "__main__":
    main(sys.argv)
