package org.pathway.devstack;

/** Where the platform's apps find the infrastructure. */
public record InfrastructureEndpoints(String mongoUri, String kafkaBootstrapServers, String issuerUri, String smtpHost,
        int smtpPort) {
}
