package org.pathway.mentoringmatch.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The dense baseline, run in a JVM of its own (it needs about 3 GB, mostly native): OR-Tools' min-cost flow on every
 * allowed pair, source → mentee (capacity 1) → mentor (cost −score) → sink (capacity = the mentor's), solved with
 * {@code solveMaxFlowWithMinCost}. Regenerates the same seeded instances as the harness and prints one
 * {@code ORTOOLS} line per instance.
 *
 * <p>Usage: {@code canonical N M SEED} or {@code mixed SEED...}.
 */
public final class OrToolsBaseline {

    private OrToolsBaseline() {
    }

    public static void main(String[] args) throws IOException {
        Loader.loadNativeLibraries();
        if (args[0].equals("canonical")) {
            AssignmentProblem problem = BenchInstances.canonical(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Long.parseLong(args[3]));
            report("canonical", args[3], problem);
        }
        else {
            for (int k = 1; k < args.length; k++) {
                report("mixed", args[k], BenchInstances.mixed(Long.parseLong(args[k])));
            }
        }
    }

    private static void report(String kind, String seed, AssignmentProblem problem) throws IOException {
        int n = problem.mentees();
        int m = problem.mentors();
        int source = n + m;
        int sink = n + m + 1;
        long start = System.nanoTime();
        MinCostFlow flow = new MinCostFlow();
        int[] row = new int[m];
        for (int i = 0; i < n; i++) {
            flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
            problem.scores().row(i, row, m);
            for (int j = 0; j < m; j++) {
                if (row[j] != Scores.FORBIDDEN) {
                    flow.addArcWithCapacityAndUnitCost(i, n + j, 1, -row[j]);
                }
            }
        }
        long places = 0;
        for (int j = 0; j < m; j++) {
            flow.addArcWithCapacityAndUnitCost(n + j, sink, problem.capacity(j), 0);
            places += problem.capacity(j);
        }
        long supply = Math.min(n, places);
        flow.setNodeSupply(source, supply);
        flow.setNodeSupply(sink, -supply);
        long built = System.nanoTime();
        MinCostFlow.Status status = flow.solveMaxFlowWithMinCost();
        long solved = System.nanoTime();
        if (status != MinCostFlow.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools status " + status);
        }
        System.out.printf("ORTOOLS %s seed=%s build_ms=%d solve_ms=%d objective=%d matched=%d arcs=%d rss_mb=%d%n",
                kind, seed, (built - start) / 1_000_000, (solved - built) / 1_000_000, -flow.getOptimalCost(),
                flow.getMaximumFlow(), flow.getNumArcs(), peakRssMb());
        System.out.flush();
    }

    /** The process's peak resident set (VmHWM), which includes OR-Tools' native memory. */
    private static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }
}
