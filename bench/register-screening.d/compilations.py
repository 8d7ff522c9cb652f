#!/usr/bin/env python3
"""What the JIT compilers compiled in a wall-clock window, and why, from a HotSpot compilation log
(-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=LOG, written out when the JVM exits).

usage: compilations.py LOG START_MS END_MS [TOP]
  START_MS, END_MS: the window in milliseconds since the epoch (bench/register-screening's bench_answers_wall_ms).

Each compilation that started in the window is counted with its time (task start to end, wall clock: on a loaded
machine that includes the compiler thread's waits for a processor, so compare shares, not totals) under one reason:
  C2 first compile (tier-up)       the method's first C2 (tier 4) code: its counters crossed C2's thresholds
  C2 recompile after trap <reason> its C2 code was thrown away by an uncommon trap (unstable_if, class_check,
                                   null_check, range_check, profile_predicate...: a branch or class the profile
                                   had not seen), with the trap's site (the method and bytecode, often inlined)
  C2 again (no trap)               C2 code made not entrant otherwise (a class loaded that broke an assumption)
  C1 L<n> first / again / after C2 trap   tiers 1-3 (C1)
and OSR compilations (a loop's entry) with "OSR" before the reason. Prints jit_log_* key=value lines, then tables
by reason, by package (org.jsis.<module>.<package>, others by their first three names) and by method, and the traps
that fired in the window by site.
"""
import collections
import re
import sys

ATTR = re.compile(r"(\w+)='([^']*)'")


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    log = sys.argv[1]
    try:
        t0, t1 = float(sys.argv[2]), float(sys.argv[3])
        top = int(sys.argv[4]) if len(sys.argv) > 4 else 25
    except ValueError:
        print("compilations.py: START_MS and END_MS expect milliseconds since the epoch, TOP a whole number; got "
              + " ".join(sys.argv[2:]), file=sys.stderr)
        sys.exit(2)
    try:
        with open(log, errors="replace") as f:
            lines = f.read().splitlines()
    except OSError as e:
        print(f"compilations.py: LOG {log}: {e.strerror}", file=sys.stderr)
        sys.exit(2)
    epoch = None
    for line in lines[:50]:
        m = re.search(r"<hotspot_log [^>]*time_ms='(\d+)'", line)
        if m:
            epoch = int(m.group(1))
            break
    if epoch is None:
        print("compilations.py: no <hotspot_log time_ms=...> in " + log + " (expected HotSpot's compilation log)",
              file=sys.stderr)
        sys.exit(2)
    w0, w1 = (t0 - epoch) / 1000, (t1 - epoch) / 1000

    tasks, traps, queued, current = [], {}, {}, None
    for i, line in enumerate(lines):
        s = line.lstrip()
        if s.startswith("<task "):
            current = dict(ATTR.findall(s))
        elif s.startswith("<task_done") and current is not None:
            current["done"] = float(dict(ATTR.findall(s))["stamp"])
            tasks.append(current)
            current = None
        elif s.startswith("<task_queued"):
            a = dict(ATTR.findall(s))
            queued[a["compile_id"]] = float(a["stamp"])
        elif s.startswith("<uncommon_trap thread"):   # a trap that fired (not one compiled into code)
            a = dict(ATTR.findall(s))
            nxt = dict(ATTR.findall(lines[i + 1])) if i + 1 < len(lines) else {}
            a["site"] = short(nxt.get("method", "?")) + "@" + nxt.get("bci", "?")
            traps.setdefault(a["compile_id"], []).append(a)

    tasks.sort(key=lambda t: float(t["stamp"]))
    history = collections.defaultdict(list)   # method -> [(level, compile_id, osr)]
    by_reason, n_reason = collections.Counter(), collections.Counter()
    by_pkg, n_pkg = collections.Counter(), collections.Counter()
    by_method, n_method = collections.Counter(), collections.Counter()
    waits = collections.defaultdict(list)
    for t in tasks:
        start, method = float(t["stamp"]), t["method"]
        level, osr = int(t.get("level", "4")), "osr_bci" in t
        before = history[method]
        if level == 4:
            c2 = [b for b in before if b[0] == 4 and b[2] == osr]
            if not c2:
                reason = "C2 first compile (tier-up)"
            elif c2[-1][1] in traps:
                tr = traps[c2[-1][1]][0]
                reason = f"C2 recompile after trap {tr['reason']}"
            else:
                reason = "C2 again (no trap)"
        else:
            trapped = [b for b in before if b[0] == 4 and b[1] in traps]
            if trapped:
                reason = f"C1 L{level} after C2 trap {traps[trapped[-1][1]][0]['reason']}"
            elif any(b[0] == level for b in before):
                reason = f"C1 L{level} again"
            else:
                reason = f"C1 L{level} first"
        if osr:
            reason = "OSR " + reason
        before.append((level, t["compile_id"], osr))
        if not (w0 <= start < w1):
            continue
        ms = (t["done"] - start) * 1000
        by_reason[reason] += ms
        n_reason[reason] += 1
        by_pkg[package(method)] += ms
        n_pkg[package(method)] += 1
        key = f"{short(method)} L{level}{' OSR' if osr else ''} ({reason})"
        by_method[key] += ms
        n_method[key] += 1
        if t["compile_id"] in queued:
            waits[reason].append(start - queued[t["compile_id"]])

    total = sum(by_reason.values())
    c2 = sum(v for k, v in by_reason.items() if "C2" in k and "C1" not in k)
    tier_up = sum(v for k, v in by_reason.items() if "first compile" in k and "C2" in k)
    trapped = sum(v for k, v in by_reason.items() if "C2 recompile after trap" in k)
    fired = [tr for ts in traps.values() for tr in ts if w0 <= float(tr["stamp"]) < w1]
    print(f"jit_log_window_s={w0:.1f}-{w1:.1f} (after the JVM's start)")
    print(f"jit_log_compilations={sum(n_reason.values())}")
    print(f"jit_log_compile_ms={total:.0f} (wall clock, summed over the compiler threads)")
    print(f"jit_log_c2_share={share(c2, total)}")
    print(f"jit_log_c2_tier_up_share={share(tier_up, total)}")
    print(f"jit_log_c2_after_trap_share={share(trapped, total)}")
    print(f"jit_log_traps_fired={len(fired)}")
    table("by reason (ms, compilations, median wait in the queue s)", by_reason, n_reason, top, waits)
    table("by package", by_pkg, n_pkg, top)
    table("by method", by_method, n_method, top)
    sites = collections.Counter(f"{tr['reason']} {tr['site']}" for tr in fired)
    print("--- traps fired in the window, by site")
    for k, v in sites.most_common(top):
        print(f"{v:6d}  {k}")


def short(method):
    parts = method.replace("&lt;", "<").replace("&gt;", ">").split(" ")
    return parts[0].replace("/", ".") + "::" + (parts[1] if len(parts) > 1 else "?")


def package(method):
    cls = method.split(" ")[0].replace("/", ".")
    parts = cls.split(".")
    if cls.startswith("org.jsis."):
        return ".".join(parts[:4]) if len(parts) > 4 else ".".join(parts[:3])
    if cls.startswith(("java.", "jdk.", "sun.")):
        return ".".join(parts[:2])
    return ".".join(parts[:3])


def share(part, total):
    return f"{100 * part / total:.0f}%" if total > 0 else "n/a"


def table(title, ms, n, top, waits=None):
    print(f"--- {title}")
    for k, v in ms.most_common(top):
        extra = ""
        if waits is not None and waits.get(k):
            w = sorted(waits[k])
            extra = f"  {w[len(w) // 2]:.2f}"
        print(f"{v:9.0f} {n[k]:5d}{extra}  {k}")


if __name__ == "__main__":
    main()
