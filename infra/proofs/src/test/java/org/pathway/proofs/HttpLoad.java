package org.pathway.proofs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/** An authenticated GET driven as a closed model (fixed concurrency, for throughput) or an open model (fixed rate). */
final class HttpLoad {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Result(double perSecond, Latencies latencies, long errors) {
    }

    private final HttpRequest request;

    HttpLoad(String url, String bearer) {
        this.request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearer).GET().build();
    }

    /** {@code users} callers, each sending its next request as soon as the previous one answered. */
    Result closed(int users, Duration length) {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(users);
        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            callers.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    call(latencies, errors);
                }
            }, threads));
        }
        callers.forEach(CompletableFuture::join);
        threads.shutdown();
        return new Result(latencies.count() / (double) length.toSeconds(), latencies, errors.get());
    }

    /** Requests started at {@code perSecond} whether or not earlier ones answered. */
    Result open(int perSecond, Duration length) {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        OpenModel.run(perSecond, length, i -> call(latencies, errors));
        return new Result(latencies.count() / (double) length.toSeconds(), latencies, errors.get());
    }

    private void call(Latencies latencies, AtomicLong errors) {
        long begin = System.nanoTime();
        try {
            HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        latencies.add((System.nanoTime() - begin) / 1e6);
    }
}
