package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Keycloak of its own (not the shared one), in a data directory given by the caller, as the launcher runs it. */
class LocalKeycloakRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepItsSigningKeysAndUrlAcrossRestart() throws Exception {
        try (LocalKeycloakServer keycloak = LocalKeycloak.start(dataDir, 0)) {
            String jwksBefore = get(keycloak.jwkSetUri("pathway"));
            assertThat(keycloak.home()).isEqualTo(dataDir.toAbsolutePath().normalize());
            assertThat(Files.isDirectory(dataDir.resolve("data/h2"))).isTrue();

            keycloak.restart();

            assertThat(keycloak.isRunning()).isTrue();
            assertThat(get(keycloak.jwkSetUri("pathway"))).isEqualTo(jwksBefore);
        }
        assertThat(Files.isDirectory(dataDir.resolve("data/h2"))).as("data kept after close").isTrue();
    }

    @Test
    void shouldFailFastWithTheLogTailWhenKeycloakCannotStart() throws Exception {
        Path realm = dataDir.resolve("broken.json");
        Files.writeString(realm, "{\"realm\": \"broken\", \"clients\": \"not-a-list\"}");
        long started = System.nanoTime();

        assertThatThrownBy(() -> LocalKeycloak.start(dataDir.resolve("home"), 0, realm))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keycloak.log");
        assertThat(System.nanoTime() - started).isLessThan(120_000_000_000L);
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
