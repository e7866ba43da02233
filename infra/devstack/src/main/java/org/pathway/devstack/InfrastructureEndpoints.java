package org.pathway.devstack;

/**
 * Where the platform's apps find the infrastructure.
 *
 * @param tracesEndpoint an OTLP/HTTP endpoint the apps send their spans to ({@code http://host:port/v1/traces}), or
 *                       null to keep spans inside each app
 */
public record InfrastructureEndpoints(String mongoUri, String kafkaBootstrapServers, String issuerUri, String smtpHost,
        int smtpPort, String tracesEndpoint) {

    public InfrastructureEndpoints(String mongoUri, String kafkaBootstrapServers, String issuerUri, String smtpHost,
            int smtpPort) {
        this(mongoUri, kafkaBootstrapServers, issuerUri, smtpHost, smtpPort, null);
    }

    /** The same endpoints, with spans exported to {@code tracesEndpoint}. */
    public InfrastructureEndpoints withTracesEndpoint(String endpoint) {
        return new InfrastructureEndpoints(mongoUri, kafkaBootstrapServers, issuerUri, smtpHost, smtpPort, endpoint);
    }
}
