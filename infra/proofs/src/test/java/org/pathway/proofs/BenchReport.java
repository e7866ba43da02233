package org.pathway.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Prints {@code BENCH} lines and replaces one bench's table in docs/performance.md, between
 * {@code <!-- bench:<name> -->} and {@code <!-- /bench:<name> -->}, with the date and the machine it ran on.
 */
final class BenchReport {

    private BenchReport() {
    }

    static void print(String line) {
        System.out.println("BENCH " + line);
    }

    static void table(String name, List<String> rows) {
        String file = System.getProperty("pathway.bench.report");
        if (file == null) {
            return;
        }
        Path report = Path.of(file);
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        StringBuilder table = new StringBuilder(begin).append('\n');
        table.append("Measured ").append(LocalDate.now()).append(" on ").append(machine()).append(".\n\n");
        rows.forEach(row -> table.append(row).append('\n'));
        table.append(end);
        try {
            String text = Files.readString(report, StandardCharsets.UTF_8);
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from < 0 || to < 0) {
                throw new IllegalStateException(report + " has no " + begin + " ... " + end + " section");
            }
            Files.writeString(report, text.substring(0, from) + table + text.substring(to + end.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU model, core count and memory, from /proc, plus the JVM. */
    static String machine() {
        String cpu = "unknown CPU";
        long memoryKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
            memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException e) {
            // not Linux: the core count and the JVM still say something
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + (memoryKb / 1024 / 1024) + " GiB, Java "
                + System.getProperty("java.version") + " (shared with other builds; numbers are indicative)";
    }
}
