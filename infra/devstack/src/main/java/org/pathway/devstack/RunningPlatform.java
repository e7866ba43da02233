package org.pathway.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.pathway.infra.local.RunningServer;

/**
 * Pathway's five services and the gateway, each in its own JVM, wired to the given infrastructure. Used by the
 * launcher and by the system tests, so both run the platform the same way.
 */
public final class RunningPlatform implements RunningServer {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final List<AppProcess> processes;

    private RunningPlatform(List<AppProcess> processes) {
        this.processes = processes;
    }

    /**
     * Starts every app at once (start-up is CPU-bound; the JVMs overlap their waits) and returns when all are ready.
     * If one fails, the others are stopped and the failure carries the failing app's log tail.
     */
    public static RunningPlatform start(Path repositoryRoot, Path logDir, InfrastructureEndpoints infra,
            List<PlatformApp> services, PlatformApp gateway) {
        List<AppProcess> started = new ArrayList<>();
        try {
            for (PlatformApp service : services) {
                started.add(AppProcess.start(service, repositoryRoot, logDir, serviceProperties(service, infra, gateway), "384m"));
            }
            started.add(AppProcess.start(gateway, repositoryRoot, logDir, gatewayProperties(infra, services), "256m"));
            CompletableFuture.allOf(started.stream()
                    .map(process -> CompletableFuture.runAsync(() -> process.awaitReady(READY_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            return new RunningPlatform(List.copyOf(started));
        } catch (RuntimeException e) {
            new RunningPlatform(started).close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    static Map<String, String> serviceProperties(PlatformApp service, InfrastructureEndpoints infra, PlatformApp gateway) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", infra.mongoUri());
        properties.put("spring.mongodb.database", service.database());
        properties.put("spring.kafka.bootstrap-servers", infra.kafkaBootstrapServers());
        properties.put("pathway.kit.security.issuer-uri", infra.issuerUri());
        properties.put("spring.mail.host", infra.smtpHost());
        properties.put("spring.mail.port", Integer.toString(infra.smtpPort()));
        // Links in emails lead to the portal, which the gateway serves wherever it runs.
        properties.put("pathway.notification.portal-base-url", gateway.baseUrl());
        traceExport(infra, properties);
        return properties;
    }

    static Map<String, String> gatewayProperties(InfrastructureEndpoints infra, List<PlatformApp> services) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("pathway.gateway.issuer-uri", infra.issuerUri());
        properties.put("pathway.gateway.jwk-set-uri", infra.issuerUri() + "/protocol/openid-connect/certs");
        // The admin APIs administer the same realm through Keycloak's admin REST API, as the realm file's
        // automation client (its service account holds the realm-management roles they need).
        int realmPath = infra.issuerUri().lastIndexOf("/realms/");
        properties.put("pathway.gateway.keycloak-admin.base-url", infra.issuerUri().substring(0, realmPath));
        properties.put("pathway.gateway.keycloak-admin.realm", infra.issuerUri().substring(realmPath + "/realms/".length()));
        properties.put("pathway.gateway.keycloak-admin.client-id", "pathway-automation");
        properties.put("pathway.gateway.keycloak-admin.client-secret", "pathway-automation-secret");
        services.forEach(service -> properties.put("pathway.gateway.services." + service.name(), service.baseUrl()));
        traceExport(infra, properties);
        return properties;
    }

    private static void traceExport(InfrastructureEndpoints infra, Map<String, String> properties) {
        if (infra.tracesEndpoint() != null) {
            properties.put("management.opentelemetry.tracing.export.otlp.endpoint", infra.tracesEndpoint());
            properties.put("management.opentelemetry.tracing.export.schedule-delay", "200ms");
        }
    }

    public List<AppProcess> processes() {
        return processes;
    }

    /** Stops the gateway first, then the services, in reverse start order. */
    @Override
    public void close() {
        List<AppProcess> reversed = new ArrayList<>(processes);
        java.util.Collections.reverse(reversed);
        reversed.forEach(AppProcess::close);
    }
}
