package org.pathway.gateway.routing;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Rejects request bodies over the limit with 413. Spring Cloud Gateway's {@code RequestSize} filter only reads
 * {@code Content-Length} and answers with an empty body; this one also counts chunked bodies as they stream to the
 * service, and fails with an exception that the problem handler renders as problem details.
 */
final class RequestSizeLimit implements GatewayFilter, Ordered {

    private final DataSize limit;

    RequestSizeLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    public int getOrder() {
        // First among the route's filters: refuse before any work (token relay, rate limits) is spent on it.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit.toBytes()) {
            return Mono.error(tooLarge());
        }
        if (declared >= 0) {
            // The server reads exactly Content-Length bytes, so the declared size is the real size.
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit.toBytes()) {
                        DataBufferUtils.release(buffer);
                        sink.error(tooLarge());
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                "The request body exceeds the limit of " + limit.toBytes() + " bytes.");
    }

    DataSize limit() {
        return limit;
    }
}
