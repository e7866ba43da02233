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
 * directly, through Debian's nginx, through the gateway and through the same gateway with JWT validation swapped out
 * (bench-only, see {@link JwtOff}), one after the other in the same run: throughput at a fixed
 * concurrency, then p50/p99 at a fixed open-model rate below saturation, in three interleaved rounds (medians). Client and
 * servers share the machine's cores.
 */
class GatewayBench {

    private static final String PATH = "/api/portfolio/activities";
    private static final int USERS = 8;
    private static final int RATE = 100;
    private static final int ROUNDS = 3;
    private static final Duration THROUGHPUT = Duration.ofSeconds(10);
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final Duration LATENCY = Duration.ofSeconds(15);
    private static final String JWT_OFF = "gateway-jwt-off";

    @Test
    void shouldMeasureTheGatewayBesideNginxAndADirectCall() {
        ProofPlatform platform = ProofPlatform.shared();
        String token = platform.faculty("northbridge");
        Activities portfolio = platform.portfolio();
        for (int i = 0; i < 5; i++) {
            portfolio.record(token, "bench read " + i);
        }
        try (AppProcess gateway = platform.startGateway();
                AppProcess unverified = platform.startGateway(List.of(JwtOff.classpathDirectory(platform.work())));
                Nginx nginx = Nginx.proxying(portfolio.port(), platform.work().resolve("nginx"))) {
            // The second gateway is the same jar with one bean swapped from a bench-only class-path entry; make sure the
            // swap happened, or "off" would measure "on".
            assertThat(readLog(unverified)).as("the JWT-off gateway's log").contains(JwtOff.BANNER);
            assertThat(readLog(gateway)).as("the measured gateway's log").doesNotContain(JwtOff.BANNER);
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("direct", portfolio.url(PATH));
            targets.put("nginx", "http://127.0.0.1:" + nginx.port() + PATH);
            targets.put("gateway", gateway.app().baseUrl() + PATH);
            targets.put(JWT_OFF, unverified.app().baseUrl() + PATH);
            Map<String, List<HttpLoad.Result>> throughput = new LinkedHashMap<>();
            Map<String, List<HttpLoad.Result>> latency = new LinkedHashMap<>();
            // Long enough for the gateways' C2 compiler to settle (their throughput still grew round by round after 10 s).
            targets.forEach((name, url) -> new HttpLoad(url, token).closed(USERS, WARM_UP));
            // Rounds interleave the targets, so a burst of someone else's build on the shared cores hits all three alike.
            for (int round = 0; round < ROUNDS; round++) {
                targets.forEach((name, url) -> {
                    HttpLoad load = new HttpLoad(url, token);
                    throughput.computeIfAbsent(name, key -> new ArrayList<>()).add(load.closed(USERS, THROUGHPUT));
                    latency.computeIfAbsent(name, key -> new ArrayList<>()).add(load.open(RATE, LATENCY));
                });
            }
            // Every round too, not only the medians: a burst of refusals or a stall belongs to one round.
            for (int round = 0; round < ROUNDS; round++) {
                for (String name : targets.keySet()) {
                    HttpLoad.Result closed = throughput.get(name).get(round);
                    HttpLoad.Result open = latency.get(name).get(round);
                    BenchReport.print("gateway-round target=" + name + " round=" + (round + 1) + " rps="
                            + Latencies.format(closed.perSecond()) + " closed_errors=" + closed.errors() + " | rate=" + RATE
                            + "/s " + open.latencies().summary() + " open_errors=" + open.errors());
                }
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
            double onToOff = medianThroughput.get("gateway").perSecond() / medianThroughput.get(JWT_OFF).perSecond();
            BenchReport.print("gateway-ratio gateway_over_nginx=" + Latencies.format(gatewayToNginx * 100) + "%"
                    + " gateway_over_direct=" + Latencies.format(gatewayToDirect * 100) + "% goal_over_nginx=75% floor=55%");
            BenchReport.print("gateway-jwt validation_on_over_off=" + Latencies.format(onToOff * 100) + "%"
                    + " p99_on_ms=" + Latencies.format(medianLatency.get("gateway").latencies().percentile(99))
                    + " p99_off_ms=" + Latencies.format(medianLatency.get(JWT_OFF).latencies().percentile(99)) + " goal=90%");

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
                    + " gateway ÷ direct: **" + Latencies.format(gatewayToDirect * 100) + " %**; JWT validation on ÷ off: **"
                    + Latencies.format(onToOff * 100) + " %** (goal ≥ 90 %). `" + JWT_OFF + "` is the same gateway jar with its"
                    + " JWT decoder replaced from a bench-only class-path entry (signature, issuer, audience and expiry not"
                    + " checked; the portfolio behind it still validates the relayed token).");
            BenchReport.table("gateway", rows);
        }
    }

    private static String readLog(AppProcess process) {
        try {
            return java.nio.file.Files.readString(process.log());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
