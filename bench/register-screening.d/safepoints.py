"""The JVM's stop-the-world pauses during a measured run, from its safepoint log, matched with the run's silences.

Usage: python3 safepoints.py LOG FROM_MS TO_MS [SILENCES]
  LOG       the JVM's -Xlog:safepoint=info:file=LOG:time (one line a pause, stamped with its wall-clock end)
  FROM_MS, TO_MS  the run's first and last answer (wall-clock milliseconds since the epoch)
  SILENCES  screening.lua's bench_silences (HH:MM:SS.mmm+MS/IN_FLIGHT ...: the times between two answers of
            50 ms or more, UTC)
Prints stw_run_pauses (the pauses that ended in the window), stw_run_total_ms (their sum: time to reach the
safepoint plus time at it, the whole JVM standing still), stw_run_gc_ms (the collector's share),
stw_run_max_ms (the longest, with its operation and end), stw_run_max_reach_ms (the longest time to reach a
safepoint: a thread that does not stop at once holds every stopped one up), and with SILENCES
stw_run_silences_in_pause (how many of the silences a pause overlapped) and stw_run_silence_ms_in_pause (the
milliseconds of silence a pause covered, of all): the rest of the silence was the server running slowly or not at
all for another reason (the machine's other processes, the database).
"""
import datetime
import re
import sys

LINE = re.compile(r'^\[(?P<at>[^\]]+)\].*Safepoint "(?P<op>[^"]+)".*Reaching safepoint: (?P<reach>\d+) ns'
                  r'.*Total: (?P<total>\d+) ns')
SILENCE = re.compile(r"(\d\d):(\d\d):(\d\d)\.(\d{3})\+(\d+)/\d+")
GC_OPERATIONS = ("G1", "CollectFor", "GenCollect", "ParallelGC")


def wall_ms(stamp):
    # -Xlog's time decorator: 2026-11-28T16:53:58.100+0000
    return datetime.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() * 1000


def silences(text, start):
    """The silences as (start, end) wall-clock milliseconds; their times of day are taken on the run's UTC day."""
    day = datetime.datetime.fromtimestamp(start / 1000, datetime.timezone.utc).replace(
        hour=0, minute=0, second=0, microsecond=0).timestamp() * 1000
    out = []
    for h, m, s, ms, length in SILENCE.findall(text):
        at = day + ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)
        if at < start - 12 * 3600 * 1000:   # the run crossed midnight
            at += 24 * 3600 * 1000
        out.append((at, at + int(length)))
    return out


def main(log, start, end, silence_text=None):
    pauses = []   # (total ms, reach ms, operation, end stamp, start ms, end ms)
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = LINE.match(line)
            if m:
                ended = wall_ms(m["at"])
                total = int(m["total"]) / 1e6
                if start <= ended <= end:
                    pauses.append((total, int(m["reach"]) / 1e6, m["op"], m["at"], ended - total, ended))
    print(f"stw_run_pauses={len(pauses)}")
    print(f"stw_run_total_ms={sum(p[0] for p in pauses):.0f}")
    print(f"stw_run_gc_ms={sum(p[0] for p in pauses if p[2].startswith(GC_OPERATIONS)):.0f}")
    if pauses:
        longest = max(pauses)
        print(f"stw_run_max_ms={longest[0]:.1f} ({longest[2]}, ended {longest[3][11:23]} UTC)")
        print(f"stw_run_max_reach_ms={max(p[1] for p in pauses):.1f}")
    if silence_text is not None:
        quiet = silences(silence_text, start)
        hit = 0
        covered = 0.0
        for s0, s1 in quiet:
            overlaps = [(max(s0, p[4]), min(s1, p[5])) for p in pauses if p[4] < s1 and p[5] > s0]
            if overlaps:
                hit += 1
                covered += sum(b - a for a, b in overlaps)
        total = sum(s1 - s0 for s0, s1 in quiet)
        print(f"stw_run_silences_in_pause={hit} of {len(quiet)}")
        print(f"stw_run_silence_ms_in_pause={covered:.0f} of {total:.0f}")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else None)
