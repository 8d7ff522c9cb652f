#!/usr/bin/env python3
"""What survives the young collections of a JDK Flight Recorder recording, by class and by pause.

Usage: promotions.py RECORDING.jfr [SCREENINGS] [TOP]

The recording needs jdk.PromoteObjectInNewPLAB and jdk.PromoteObjectOutsidePLAB enabled (profile's settings
have them off; JFR.start's option gc=high turns them on: bench/register-screening's JFR_OPTIONS=gc=high), and reads
jdk.G1GarbageCollection, jdk.G1EvacuationOldStatistics, jdk.G1EvacuationYoungStatistics, jdk.GCHeapSummary and
jdk.OldObjectSample where present.

The collector reports an object that opens a new promotion buffer (PLAB) with the buffer's size, and every
object copied outside a buffer with its own size: like the allocation samples by TLAB, an object opening a
buffer stands for the buffer's bytes, so a class's promoted bytes are estimated as the sum of the buffers its
objects opened plus its objects copied outside one (the larger the buffers, the coarser the estimate:
-XX:-ResizePLAB keeps them at OldPLABSize, 8 KB by default); its object count as those bytes over each sampled
object's size. Totals per pause come from the collector's own statistics (G1EvacuationOldStatistics: bytes
copied into the old generation; Young: into survivor spaces). With SCREENINGS (the answered requests during the
recording), the figures are also given per screening. The old-object samples (jdk.OldObjectSample: objects
sampled at allocation and still live when the recording ends, with the stack that allocated them) are summed
by class and by the first frame in org/jsis, for where the survivors are made.

Prints key=value lines first (promoted_*), then the tables. Exit code 2 on a bad argument or a recording
without promotion events.
"""
import collections
import json
import subprocess
import sys


def die(message):
    print("promotions.py: " + message, file=sys.stderr)
    sys.exit(2)


def events(path, names):
    try:
        out = subprocess.run(["jfr", "print", "--json", "--events", ",".join(names), path],
                             check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        die("cannot read %s with jfr print: %s" % (path, e))
    return json.loads(out)["recording"]["events"]


def class_name(c):
    if not c:
        return "?"
    n = c.get("name") or "?"
    return n.replace("/", ".")


def duration_ms(text):
    # ISO-8601 durations as jfr prints them: PT0.012345S, PT1M2.5S
    if not text or not text.startswith("PT"):
        return 0.0
    t = text[2:]
    ms = 0.0
    num = ""
    for ch in t:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            v = float(num) if num else 0.0
            ms += v * {"H": 3600000, "M": 60000, "S": 1000}.get(ch, 0)
            num = ""
    return ms


def site(stack):
    frames = (stack or {}).get("frames") or []
    for f in frames:
        m = f.get("method") or {}
        owner = class_name(m.get("type"))
        if owner.startswith("org.jsis."):
            return "%s.%s:%s" % (owner.rsplit(".", 1)[-1], m.get("name"), f.get("lineNumber"))
    if frames:
        m = frames[0].get("method") or {}
        return "%s.%s" % (class_name(m.get("type")).rsplit(".", 1)[-1], m.get("name"))
    return "?"


def main(argv):
    if len(argv) < 2 or len(argv) > 4:
        die("usage: promotions.py RECORDING.jfr [SCREENINGS] [TOP]")
    path = argv[1]
    try:
        screenings = int(argv[2]) if len(argv) > 2 else 0
        top = int(argv[3]) if len(argv) > 3 else 15
    except ValueError:
        die("SCREENINGS and TOP must be whole numbers")
    evs = events(path, ["jdk.PromoteObjectInNewPLAB", "jdk.PromoteObjectOutsidePLAB", "jdk.G1GarbageCollection",
                        "jdk.G1EvacuationOldStatistics", "jdk.G1EvacuationYoungStatistics", "jdk.GCHeapSummary",
                        "jdk.OldObjectSample"])
    by_class = collections.defaultdict(lambda: [0.0, 0.0, 0])  # bytes, objects, samples
    by_gc_sampled = collections.defaultdict(float)
    pauses = {}
    old_stats = {}
    young_stats = {}
    heap = collections.defaultdict(dict)
    old_samples = collections.defaultdict(lambda: [0, 0])  # count, bytes (last known size unknown: count only)
    old_sites = collections.Counter()
    promo_events = 0
    for e in evs:
        t, v = e["type"], e["values"]
        if t in ("jdk.PromoteObjectInNewPLAB", "jdk.PromoteObjectOutsidePLAB"):
            promo_events += 1
            size = v.get("objectSize") or 0
            weight = v.get("plabSize") if t.endswith("InNewPLAB") else size
            weight = weight or size
            row = by_class[class_name(v.get("objectClass"))]
            row[0] += weight
            row[1] += weight / size if size else 0
            row[2] += 1
            by_gc_sampled[v.get("gcId")] += weight
        elif t == "jdk.G1GarbageCollection":
            pauses[v["gcId"]] = (v.get("type"), duration_ms(v.get("duration")), v.get("startTime"))
        elif t == "jdk.G1EvacuationOldStatistics":
            s = v["statistics"]
            old_stats[s["gcId"]] = s
        elif t == "jdk.G1EvacuationYoungStatistics":
            s = v["statistics"]
            young_stats[s["gcId"]] = s
        elif t == "jdk.GCHeapSummary":
            heap[v["gcId"]][v.get("when")] = v.get("heapUsed")
        elif t == "jdk.OldObjectSample":
            name = class_name((v.get("object") or {}).get("type"))
            old_samples[name][0] += 1
            old_sites[(name, site(v.get("stackTrace")))] += 1
    if promo_events == 0:
        die("%s holds no promotion events (enable jdk.PromoteObjectInNewPLAB/OutsidePLAB)" % path)

    young_pauses = [g for g in pauses if pauses[g][0] != "Remark" and pauses[g][0] != "Cleanup"]
    promoted = sum(old_stats[g]["used"] for g in old_stats)
    survived = sum(young_stats[g]["used"] for g in young_stats)
    sampled = sum(r[0] for r in by_class.values())
    objects = sum(r[1] for r in by_class.values())
    pause_ms = [pauses[g][1] for g in young_pauses]
    per = (lambda x: "%.0f" % (x / screenings)) if screenings else (lambda x: "")
    print("promoted_pauses=%d" % len(young_pauses))
    print("promoted_pause_ms_total=%.0f longest=%.1f" % (sum(pause_ms), max(pause_ms) if pause_ms else 0))
    print("promoted_old_bytes=%d (G1EvacuationOldStatistics used; survivor spaces: %d)" % (promoted, survived))
    print("promoted_sampled_bytes=%d objects=%.0f (%d promotion events)" % (sampled, objects, promo_events))
    if screenings:
        print("promoted_per_screening_bytes=%s objects=%s (sampled estimate; old statistics: %s bytes; %d screenings)"
              % (per(sampled), per(objects), per(promoted), screenings))
    print()
    print("By class (estimated from the promotion events; share of the sampled bytes):")
    print("%-72s %12s %7s %12s %9s %9s" % ("class", "bytes", "share", "objects", "B/scr", "obj/scr"))
    for name, (b, n, _) in sorted(by_class.items(), key=lambda kv: -kv[1][0])[:top]:
        print("%-72s %12.0f %6.1f%% %12.0f %9s %9s" % (name[:72], b, 100 * b / sampled, n,
                                                       per(b), per(n) if screenings else ""))
    print()
    print("By pause (gcId, type, pause ms, old-generation bytes copied in, heap used before -> after MB):")
    for g in sorted(pauses):
        typ, ms, start = pauses[g]
        o = old_stats.get(g, {}).get("used", 0)
        h = heap.get(g, {})
        before = (h.get("Before GC") or 0) / 1048576
        after = (h.get("After GC") or 0) / 1048576
        print("%6s %-22s %8.1f %12d %9.0f -> %.0f %s" % (g, typ, ms, o, before, after, start))
    if old_samples:
        print()
        print("Old-object samples (allocated during the recording and live at its end), by class and site:")
        for (name, where), n in old_sites.most_common(top * 2):
            print("%6d  %-60s %s" % (n, name[:60], where))


if __name__ == "__main__":
    main(sys.argv)
