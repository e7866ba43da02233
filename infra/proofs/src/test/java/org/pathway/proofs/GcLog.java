package org.pathway.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One app JVM's {@code -Xlog:gc} file and {@code jcmd}: pauses with heap before → after, and a full collection forced on
 * demand, so "used heap after GC" is measured after the same kind of collection at the start and at the end of a run.
 */
final class GcLog {

    /** {@code [12.345s] GC(7) Pause Young (Allocation Failure) 45M->12M(123M) 3.456ms} */
    private static final Pattern PAUSE = Pattern.compile("GC\\((\\d+)\\) Pause (.+?) (\\d+)M->(\\d+)M\\((\\d+)M\\) ([\\d.]+)ms");

    record Pause(long number, String kind, long beforeMb, long afterMb, double millis) {

        /** A full collection asked for from outside: {@code jcmd GC.run} logs as "Diagnostic Command". */
        boolean forced() {
            return kind.contains("Diagnostic Command") || kind.contains("System.gc()");
        }
    }

    private final String app;
    private final long pid;
    private final Path file;

    GcLog(String app, long pid, String pattern) {
        this.app = app;
        this.pid = pid;
        this.file = Path.of(pattern.replace("%p", Long.toString(pid)));
    }

    String app() {
        return app;
    }

    List<Pause> pauses() {
        List<Pause> pauses = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher matcher = PAUSE.matcher(line);
                if (matcher.find()) {
                    pauses.add(new Pause(Long.parseLong(matcher.group(1)), matcher.group(2),
                            Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)),
                            Double.parseDouble(matcher.group(6))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no GC log " + file, e);
        }
        return pauses;
    }

    /** Forces a full collection ({@code jcmd <pid> GC.run}) and returns the pause it logged: its after-size is the live heap. */
    Pause forceFullGc() {
        long before = pauses().stream().mapToLong(Pause::number).max().orElse(-1);
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " GC.run failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Pause[] forced = new Pause[1];
        FaultChecks.awaitTrue(Duration.ofSeconds(30), "the forced collection of " + app + " in " + file, () -> {
            forced[0] = pauses().stream().filter(pause -> pause.number() > before && pause.forced()).findFirst().orElse(null);
            return forced[0] != null;
        });
        return forced[0];
    }
}
