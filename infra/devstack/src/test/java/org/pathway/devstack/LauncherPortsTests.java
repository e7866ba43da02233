package org.pathway.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathway.infra.local.Ports;

class LauncherPortsTests {

    @Test
    void shouldNameEveryBusyPortAndWhoNeedsItInOneMessage() throws IOException {
        try (ServerSocket kafka = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket gateway = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int free = Ports.free();

            assertThatThrownBy(() -> LauncherPorts.requireFree(Map.of("Kafka", kafka.getLocalPort(), "gateway",
                    gateway.getLocalPort(), "portfolio", free)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + kafka.getLocalPort() + " (Kafka) is already in use")
                    .hasMessageContaining("port " + gateway.getLocalPort() + " (gateway) is already in use")
                    .hasMessageNotContaining("portfolio");
        }
    }

    @Test
    void shouldAcceptPortsThatAreFree() {
        assertThatCode(() -> LauncherPorts.requireFree(Map.of("Kafka", Ports.free()))).doesNotThrowAnyException();
    }

    @Test
    void shouldNeedEveryAppAndServerOnItsOwnPort() {
        Map<String, Integer> ports = DevStack.requiredPorts();

        assertThat(ports).containsKeys("Kafka", "MongoDB", "Keycloak", "SMTP", "portfolio", "promotion-review",
                "mentoring-match", "job-posting", "notification", "gateway");
        assertThat(ports.values()).doesNotHaveDuplicates();
    }

    @Test
    void shouldFindEachAppsJarUnderItsModulesTargetFolder() {
        assertThat(PlatformApp.PROMOTION_REVIEW.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/services/promotion-review/target/promotion-review.jar"));
        assertThat(PlatformApp.GATEWAY.jar(Path.of("/repo"))).isEqualTo(Path.of("/repo/gateway/target/gateway.jar"));
        assertThat(PlatformApp.PORTFOLIO.database()).isEqualTo("pathway-portfolio");
    }
}
