package org.pathway.proofs;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pathway.devstack.PlatformApp;
import org.pathway.infra.local.Ports;

/**
 * Whole-platform start time and total RSS: the launcher behind {@code ./pathway up} (local infrastructure, the five
 * services, the gateway), started as the script starts it but without the script's build step (a build of the whole
 * reactor has no place in a measurement), twice: the first start may pay one-off work, the second is warm. RSS is the
 * sum over the launcher and every process it started, read from /proc once the platform is ready.
 */
class PlatformStartBench {

    private static final List<Integer> PORTS = Stream.concat(Stream.of(9092, 27017, 8180, 2525),
            Stream.concat(PlatformApp.SERVICES.stream(), Stream.of(PlatformApp.GATEWAY)).map(PlatformApp::port)).toList();

    @Test
    void shouldMeasureStartTimeAndTotalMemoryOfTheWholePlatform() {
        Path root = Path.of(System.getProperty("pathway.root", "../..")).toAbsolutePath().normalize();
        Path launcher = root.resolve("infra/devstack/target/devstack-exec.jar");
        assumeThat(launcher).as("the launcher is built").isRegularFile();
        assumeThat(PORTS.stream().filter(port -> !Ports.isFree(port)).toList()).as("ports ./pathway up needs are free")
                .isEmpty();

        List<String> rows = new ArrayList<>(List.of("| start | seconds to ready | processes | total RSS MB |", "|---|---|---|---|"));
        for (String start : List.of("first", "warm")) {
            Measured measured = startOnce(root, launcher);
            BenchReport.print("platform-start start=" + start + " ready_s=" + FaultChecks.seconds(measured.ready())
                    + " processes=" + measured.processes() + " rss_mb=" + measured.rssMb() + " goal_warm_s=90 goal_rss_mb=3072");
            rows.add("| " + start + " | " + FaultChecks.seconds(measured.ready()) + " | " + measured.processes() + " | "
                    + measured.rssMb() + " |");
        }
        rows.add("");
        rows.add("Goal: ≤ 90 s warm, ≤ 3 GB. The processes: launcher (MongoDB wire server and SMTP inside), Kafka, Keycloak,"
                + " five services, gateway.");
        BenchReport.table("platform-start", rows);
    }

    record Measured(Duration ready, int processes, long rssMb) {
    }

    private static Measured startOnce(Path root, Path launcher) {
        Path state = root.resolve(".pathway/run/state");
        Path log = root.resolve(".pathway/logs/devstack.log");
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(state);
            long begin = System.nanoTime();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dpathway.root=" + root, "-jar", launcher.toString(), "up").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                FaultChecks.awaitTrue(Duration.ofMinutes(10), "the platform READY (see " + log + ")",
                        () -> read(state).startsWith("READY") || read(state).startsWith("FAILED") || !process.isAlive());
                if (!read(state).startsWith("READY")) {
                    throw new AssertionError("the platform did not start: " + read(state) + " (see " + log + ")");
                }
                Duration ready = Duration.ofNanos(System.nanoTime() - begin);
                List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
                long rssKb = tree.stream().mapToLong(PlatformStartBench::rssKb).sum();
                return new Measured(ready, tree.size(), rssKb / 1024);
            } finally {
                process.destroy();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Resident set size from /proc/<pid>/status; 0 for a process gone meanwhile (a script that exec'd its JVM). */
    private static long rssKb(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }
}
