package org.jsis.namematch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line describing where figures were measured: CPU, cores, JDK, heap, commit. */
final class Machine {

    private Machine() {}

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep "unknown CPU"
        }
        return "machine: %s, %d cores visible, JDK %s (%s), max heap %d MB, commit %s"
                .formatted(
                        cpu,
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"),
                        System.getProperty("java.vm.name"),
                        Runtime.getRuntime().maxMemory() >> 20,
                        System.getProperty("jsis.commit", "unknown"));
    }
}
