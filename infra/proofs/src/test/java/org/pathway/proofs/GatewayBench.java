package org.pathway.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.pathway.devstack.AppProcess;

/**
 * An authenticated read (a faculty member's activities, JWT checked, one MongoDB query) against the portfolio called
 * directly, through Debian's nginx and through the gateway, one after the other in the same run: throughput at a fixed
 * concurrency, then p50/p99 at a fixed open-model rate below saturation, in three interleaved rounds (medians). Client and
 * servers share the machine's cores.
 */
class GatewayBench {

    private static final String PATH = "/api/portfolio/activities";
    private static final int USERS = 8;
    private static final int RATE = 100;
    private static final int ROUNDS = 3;
    private static final Duration THROUGHPUT = Duration.ofSeconds(10);
    private static final Duration LATENCY = Duration.ofSeconds(15);

    @Test
    void shouldMeasureTheGatewayBesideNginxAndADirectCall() {
        ProofPlatform platform = ProofPlatform.shared();
        String token = platform.faculty("northbridge");
        Activities portfolio = platform.portfolio();
        for (int i = 0; i < 5; i++) {
            portfolio.record(token, "bench read " + i);
        }
        try (AppProcess gateway = platform.startGateway();
                Nginx nginx = Nginx.proxying(portfolio.port(), platform.work().resolve("nginx"))) {
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", portfolio.url(PATH));
            targets.put("nginx", "http://127.0.0.1:" + nginx.port() + PATH);
            targets.put("gateway", gateway.app().baseUrl() + PATH);
            Map<String, List<HttpLoad.Result>> throughput = new LinkedHashMap<>();
            Map<String, List<HttpLoad.Result>> latency = new LinkedHashMap<>();
            targets.forEach((name, url) -> new HttpLoad(url, token).closed(USERS, Duration.ofSeconds(10)));
            // Rounds interleave the targets, so a burst of someone else's build on the shared cores hits all three alike.
            for (int round = 0; round < ROUNDS; round++) {
                targets.forEach((name, url) -> {
                    HttpLoad load = new HttpLoad(url, token);
                    throughput.computeIfAbsent(name, key -> new ArrayList<>()).add(load.closed(USERS, THROUGHPUT));
                    latency.computeIfAbsent(name, key -> new ArrayList<>()).add(load.open(RATE, LATENCY));
                });
            }
            Map<String, HttpLoad.Result> medianThroughput = new LinkedHashMap<>();
            Map<String, HttpLoad.Result> medianLatency = new LinkedHashMap<>();
            targets.keySet().forEach(name -> {
                medianThroughput.put(name, median(throughput.get(name), HttpLoad.Result::perSecond));
                medianLatency.put(name, median(latency.get(name), result -> result.latencies().percentile(99)));
                BenchReport.print("gateway-read target=" + name + " concurrency=" + USERS + " rps="
                        + Latencies.format(medianThroughput.get(name).perSecond()) + " | rate=" + RATE + "/s "
                        + medianLatency.get(name).latencies().summary() + " errors=" + errors(throughput.get(name), latency.get(name))
                        + " rounds=" + ROUNDS + " (medians)");
            });
            // A ratio means something only if every target really served the authenticated read.
            medianThroughput.forEach((name, result) -> assertThat(result.perSecond()).as(name + " throughput").isPositive());
            double gatewayToNginx = medianThroughput.get("gateway").perSecond() / medianThroughput.get("nginx").perSecond();
            double gatewayToDirect = medianThroughput.get("gateway").perSecond() / medianThroughput.get("direct").perSecond();
            BenchReport.print("gateway-ratio gateway_over_nginx=" + Latencies.format(gatewayToNginx * 100) + "%"
                    + " gateway_over_direct=" + Latencies.format(gatewayToDirect * 100) + "% goal_over_nginx=75% floor=55%");

            List<String> rows = new ArrayList<>(List.of(
                    "| target | throughput req/s (" + USERS + " concurrent, median of " + ROUNDS + " × " + THROUGHPUT.toSeconds()
                            + " s) | p50 ms @ "
                            + RATE + "/s | p99 ms @ " + RATE + "/s | errors |",
                    "|---|---|---|---|---|"));
            targets.keySet().forEach(name -> rows.add("| " + name + " | "
                    + Latencies.format(medianThroughput.get(name).perSecond()) + " | "
                    + Latencies.format(medianLatency.get(name).latencies().percentile(50)) + " | "
                    + Latencies.format(medianLatency.get(name).latencies().percentile(99)) + " | "
                    + errors(throughput.get(name), latency.get(name)) + " |"));
            rows.add("");
            rows.add("Throughput gateway ÷ nginx: **" + Latencies.format(gatewayToNginx * 100) + " %** (goal ≥ 75 %, floor 55 %);"
                    + " gateway ÷ direct: **" + Latencies.format(gatewayToDirect * 100) + " %**.");
            BenchReport.table("gateway", rows);
        }
    }

    /** The round whose {@code measure} is the median of the rounds'. */
    private static HttpLoad.Result median(List<HttpLoad.Result> rounds, ToDoubleFunction<HttpLoad.Result> measure) {
        List<HttpLoad.Result> sorted = rounds.stream().sorted(Comparator.comparingDouble(measure)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long errors(List<HttpLoad.Result> throughput, List<HttpLoad.Result> latency) {
        return java.util.stream.Stream.concat(throughput.stream(), latency.stream()).mapToLong(HttpLoad.Result::errors).sum();
    }
}
