package org.pathway.mentoringmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The bulk-matching benchmark (profile {@code bench}; this JVM runs with -Xmx1g). Prints {@code BENCH} lines for
 * the canonical 10,000 × 2,000 instance and 20 mixed shapes, each against OR-Tools' dense min-cost flow run in a
 * child JVM, and fails if any objective or cardinality differs, if a run is not repeatable or a certificate does not
 * verify. Times are wall-clock on a shared machine; the goals (≤ 3 s, ≥ 5×) are reported, not asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchingBench {

    private static final int N = 10_000;
    private static final int M = 2_000;
    private static final long SEED = 42;
    private static final int MIXED = 20;

    @Test
    @Order(1)
    void canonical() throws Exception {
        AssignmentProblem problem = BenchInstances.canonical(N, M, SEED);
        OptimalMatcher matcher = new OptimalMatcher();
        GreedyMatcher greedy = new GreedyMatcher();
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            matcher.solve(problem);
            greedy.solve(problem);
        }
        System.gc();
        resetPeakHeap();
        long[] times = new long[3];
        OptimalMatcher.Result result = null;
        for (int run = 0; run < times.length; run++) {
            long start = System.nanoTime();
            OptimalMatcher.Result next = matcher.solve(problem);
            times[run] = (System.nanoTime() - start) / 1_000_000;
            if (result != null) {
                assertThat(next.assignment()).isEqualTo(result.assignment());
            }
            result = next;
        }
        long heapMb = peakHeapMb();
        long start = System.nanoTime();
        Certificate.Verdict verdict = result.certificate().verify(problem, result.assignment());
        long verifyMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Assignment greedyAssignment = greedy.solve(problem);
        long greedyMs = (System.nanoTime() - start) / 1_000_000;

        Map<String, String> ortools = runOrTools("canonical", String.valueOf(N), String.valueOf(M),
                String.valueOf(SEED)).get(String.valueOf(SEED));
        long ortoolsMs = Long.parseLong(ortools.get("build_ms")) + Long.parseLong(ortools.get("solve_ms"));
        long solverMs = median(times);
        Assignment a = result.assignment();
        System.out.printf("BENCH matching.canonical n=%d m=%d seed=%d solver_ms=%d ortools_ms=%d ratio=%.1f "
                + "solver_objective=%d ortools_objective=%s matched=%d greedy_ms=%d greedy_score_ratio=%.4f "
                + "heap_mb=%d%n", N, M, SEED, solverMs, ortoolsMs, (double) ortoolsMs / solverMs, a.totalScore(),
                ortools.get("objective"), a.matched(), greedyMs,
                (double) greedyAssignment.totalScore() / a.totalScore(), heapMb);
        System.out.printf("DETAIL matching.canonical solver_runs_ms=%s ortools_build_ms=%s ortools_solve_ms=%s "
                + "ratio_vs_ortools_solve_only=%.1f ortools_matched=%s ortools_rss_mb=%s rounds=%d candidate_pairs=%d "
                + "certificate=%s verify_ms=%d greedy_matched=%d greedy_score=%d jvm_max_heap_mb=%d%n",
                Arrays.toString(times).replace(" ", ""), ortools.get("build_ms"), ortools.get("solve_ms"),
                Double.parseDouble(ortools.get("solve_ms")) / solverMs, ortools.get("matched"), ortools.get("rss_mb"),
                result.certificate().rounds(), result.certificate().candidatePairs(), verdict.optimal(), verifyMs,
                greedyAssignment.matched(), greedyAssignment.totalScore(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        assertThat(verdict.optimal()).as(verdict.reason()).isTrue();
        assertThat(a.totalScore()).isEqualTo(Long.parseLong(ortools.get("objective")));
        assertThat(a.matched()).isEqualTo(Integer.parseInt(ortools.get("matched")));
    }

    @Test
    @Order(2)
    void mixed() throws Exception {
        String[] seeds = new String[MIXED];
        for (int k = 0; k < MIXED; k++) {
            seeds[k] = String.valueOf(k + 1);
        }
        List<String> args = new ArrayList<>(List.of("mixed"));
        args.addAll(List.of(seeds));
        Map<String, Map<String, String>> ortools = runOrTools(args.toArray(String[]::new));
        OptimalMatcher matcher = new OptimalMatcher();
        int equal = 0;
        for (String seed : seeds) {
            AssignmentProblem problem = BenchInstances.mixed(Long.parseLong(seed));
            // the first run warms this shape up and is the reference for repeatability; the second is timed
            Assignment first = new OptimalMatcher().solve(problem).assignment();
            long start = System.nanoTime();
            OptimalMatcher.Result result = matcher.solve(problem);
            long solverMs = (System.nanoTime() - start) / 1_000_000;
            boolean deterministic = first.equals(result.assignment());
            boolean certified = result.certificate().verify(problem, result.assignment()).optimal();
            Map<String, String> baseline = ortools.get(seed);
            long ortoolsMs = Long.parseLong(baseline.get("build_ms")) + Long.parseLong(baseline.get("solve_ms"));
            Assignment a = result.assignment();
            boolean same = a.totalScore() == Long.parseLong(baseline.get("objective"))
                    && a.matched() == Long.parseLong(baseline.get("matched"));
            equal += same ? 1 : 0;
            System.out.printf("BENCH matching.mixed seed=%s n=%d m=%d places=%d solver_ms=%d ortools_ms=%d "
                    + "solver_objective=%d ortools_objective=%s matched=%d ortools_matched=%s equal=%s "
                    + "deterministic=%s certified=%s rounds=%d%n", seed, problem.mentees(), problem.mentors(),
                    problem.totalCapacity(), solverMs, ortoolsMs, a.totalScore(), baseline.get("objective"),
                    a.matched(), baseline.get("matched"), same, deterministic, certified,
                    result.certificate().rounds());
            assertThat(deterministic).isTrue();
            assertThat(certified).isTrue();
        }
        System.out.printf("BENCH matching.mixed.summary instances=%d objective_equal=%d%n", MIXED, equal);
        assertThat(equal).isEqualTo(MIXED);
    }

    /** Runs {@link OrToolsBaseline} in its own JVM and returns its fields by seed. */
    private static Map<String, Map<String, String>> runOrTools(String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                OrToolsBaseline.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, Map<String, String>> bySeed = new HashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith("ORTOOLS ")) {
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (String token : line.split(" ")) {
                    int eq = token.indexOf('=');
                    if (eq > 0) {
                        fields.put(token.substring(0, eq), token.substring(eq + 1));
                    }
                }
                bySeed.put(fields.get("seed"), fields);
            }
        }
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("OR-Tools baseline timed out");
        }
        assertThat(process.exitValue()).as("OR-Tools baseline exit code").isZero();
        return bySeed;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound on the live heap during the measured solves. */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
