#!/usr/bin/env python3
"""Where the CPU went in a JDK Flight Recorder recording: execution samples by method (not a test).

Usage: bench/jfr-samples.py RECORDING.jfr [UNDER [TOP]]

Reads the recording's jdk.ExecutionSample events with `jfr print --stack-depth 64` and counts, among the samples
whose stack holds a frame of the method UNDER (a fully qualified name such as
org.jsis.namematch.bench.matchers.JsisMatcher.search; every sample when it is not given), each method's samples
of its own (its frame on top) and its inclusive samples (its frame anywhere in the stack, once a sample), with
their shares of those samples, the TOP (default 30) of each. Stacks deeper than 64 frames are cut at the bottom,
so name an UNDER within 64 frames of the top.

Example: the matcher's part of a ScreeningCommand run,
  java -XX:StartFlightRecording=filename=F.jfr,settings=profile -cp namematch-benchmarks/target/benchmarks.jar \\
      org.jsis.namematch.bench.ScreeningCommand --data register --names 1000000 --queries 3000 --skip-pg
  bench/jfr-samples.py F.jfr org.jsis.namematch.bench.matchers.JsisMatcher.search

Prints key=value lines (samples=, under=), then the two tables. Exit code 2 on a bad argument or a recording
that jfr cannot read.
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w.$<>]+)\(.*\)\s+line:", re.M)


def die(message):
    print("jfr-samples.py: " + message, file=sys.stderr)
    sys.exit(2)


def stacks(path):
    """The stacks of the recording's execution samples, each a list of method names, top first."""
    try:
        out = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path],
                             check=True, capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        die("cannot read %s with jfr print: %s" % (path, e))
    for event in out.split("jdk.ExecutionSample")[1:]:
        frames = FRAME.findall(event)
        if frames:
            yield frames


def main(path, under, top):
    own = collections.Counter()
    inclusive = collections.Counter()
    n = 0
    for frames in stacks(path):
        if under and under not in frames:
            continue
        n += 1
        own[frames[0]] += 1
        for method in set(frames):
            inclusive[method] += 1
    print("samples=%d" % n)
    print("under=%s" % (under or "(every sample)"))
    if n == 0:
        return
    for title, counter in (("own samples (frame on top)", own), ("inclusive samples (frame in the stack)", inclusive)):
        print()
        print("| %s | samples | share |" % title)
        print("|---|---:|---:|")
        for method, count in counter.most_common(top):
            print("| `%s` | %d | %.1f %% |" % (method, count, 100.0 * count / n))


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3, 4):
        die("usage: bench/jfr-samples.py RECORDING.jfr [UNDER [TOP]]")
    top = 30
    if len(sys.argv) == 4:
        try:
            top = int(sys.argv[3])
        except ValueError:
            die("TOP expects a whole number, e.g. 30; got %r" % sys.argv[3])
        if top <= 0:
            die("TOP expects a positive number; got %d" % top)
    main(sys.argv[1], sys.argv[2] if len(sys.argv) >= 3 else "", top)
