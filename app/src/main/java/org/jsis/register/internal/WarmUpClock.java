package org.jsis.register.internal;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * When the name index's warm-up stops: once the JIT compilers have been quiet for {@value #QUIET_WINDOWS}
 * windows of {@value #WINDOW_MILLIS} ms in a row (their CPU time under {@value #QUIET_PERCENT} % of one
 * processor in each), that is when the searches the warm-up runs no longer give them anything to compile, or
 * at the warm-up's limit. How long compiling takes depends on the machine and its load far more than on the
 * register, so a fixed time is either too short (the first real screenings pay for the compiling, and for
 * the recompiling of code compiled for too few branches) or longer than needed.
 */
public final class WarmUpClock {

    static final long WINDOW_MILLIS = 1_000;
    static final int QUIET_WINDOWS = 2;
    static final int QUIET_PERCENT = 10;

    private final long limitNanos;
    private final LongSupplier nanoTime;
    private final LongSupplier compilerMillis;
    private final long start;
    private final long compileStart;
    private long windowStart;
    private long windowCompile;
    private int quietWindows;
    private boolean quiet;

    /**
     * @param compilerMillis the compilers' work since start in milliseconds (CPU or elapsed), or a negative
     *     number when it cannot be read: the warm-up then runs to its limit
     */
    WarmUpClock(long limitMillis, LongSupplier nanoTime, LongSupplier compilerMillis) {
        this.limitNanos = limitMillis * 1_000_000;
        this.nanoTime = nanoTime;
        this.compilerMillis = compilerMillis;
        this.start = nanoTime.getAsLong();
        this.windowStart = start;
        this.compileStart = compilerMillis.getAsLong();
        this.windowCompile = compileStart;
    }

    /** A clock on this JVM's compiler threads' CPU time (or, where it cannot be read, their compile time). */
    public static WarmUpClock system(long limitMillis) {
        return new WarmUpClock(limitMillis, System::nanoTime, compilerMillisOfThisJvm());
    }

    /** Whether the warm-up should stop now; checked between searches. */
    public boolean done() {
        long now = nanoTime.getAsLong();
        if (now - start >= limitNanos) {
            return true;
        }
        if (windowCompile < 0 || now - windowStart < WINDOW_MILLIS * 1_000_000) {
            return false;
        }
        long compile = compilerMillis.getAsLong();
        long windowMillis = (now - windowStart) / 1_000_000;
        quietWindows = (compile - windowCompile) * 100 < QUIET_PERCENT * windowMillis ? quietWindows + 1 : 0;
        windowStart = now;
        windowCompile = compile;
        quiet = quietWindows >= QUIET_WINDOWS;
        return quiet;
    }

    /** Whether it stopped because the compilers were quiet (not at the limit). */
    public boolean quiet() {
        return quiet;
    }

    /** The compilers' work since this clock started, in milliseconds (-1 when it cannot be read). */
    public long compileMillis() {
        return compileStart < 0 ? -1 : compilerMillis.getAsLong() - compileStart;
    }

    /**
     * The CPU time of this JVM's JIT compiler threads from {@code /proc/self/task} (Linux; HotSpot names
     * them "C1 CompilerThread<i>" and "C2 CompilerThread<i>"), else the compilers' elapsed compile time from
     * {@link CompilationMXBean} (counted only when a compilation ends, so a long one looks quiet while it
     * runs), else nothing.
     */
    private static LongSupplier compilerMillisOfThisJvm() {
        Path tasks = Path.of("/proc/self/task");
        if (procCompilerMillis(tasks) >= 0) {
            return () -> procCompilerMillis(tasks);
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit != null && jit.isCompilationTimeMonitoringSupported()) {
            return jit::getTotalCompilationTime;
        }
        return () -> -1;
    }

    /** The compiler threads' CPU time in milliseconds, or -1 when /proc cannot be read or shows none. */
    static long procCompilerMillis(Path tasks) {
        long ticks = 0;
        boolean found = false;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                try {
                    String comm = Files.readString(task.resolve("comm"));
                    if (!comm.startsWith("C1 CompilerThre") && !comm.startsWith("C2 CompilerThre")) {
                        continue;
                    }
                    ticks += cpuTicks(Files.readString(task.resolve("stat")));
                    found = true;
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        // The kernel counts in clock ticks of USER_HZ, 100 a second on Linux's usual builds.
        return found ? ticks * 10 : -1;
    }

    /** utime + stime of one /proc/<pid>/task/<tid>/stat line (fields 14 and 15; the name in parentheses may hold spaces). */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        // fields[0] is field 3 (state), so utime (14) is fields[11] and stime (15) fields[12]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
