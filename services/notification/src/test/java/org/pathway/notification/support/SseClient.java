package org.pathway.notification.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A browser's side of a Server-Sent Events stream: the {@code data:} lines as they arrive, read on a thread of its own. */
public final class SseClient implements AutoCloseable {

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> response.body().filter(line -> line.startsWith("data:"))
                .forEach(line -> data.add(line.substring(5))), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream and returns once the response headers are in (the server commits them on connect). */
    public static SseClient connect(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").GET().build();
        return new SseClient(HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS));
    }

    public int statusCode() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event's data, or null when none arrives within {@code timeout}. */
    public String next(Duration timeout) throws InterruptedException {
        return data.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every event's data that arrives within {@code window}: to show that nothing more comes. */
    public List<String> during(Duration window) throws InterruptedException {
        List<String> arrived = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        for (long left = window.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            String one = data.poll(left, TimeUnit.NANOSECONDS);
            if (one != null) {
                arrived.add(one);
            }
        }
        return arrived;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
