package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneKafkaIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepRecordsAcrossAKillAndRestart() throws Exception {
        try (StandaloneKafkaBroker kafka = LocalKafka.startStandalone(dataDir, 0)) {
            String topic = "local-infra.standalone";
            KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "k1", "before-kill");
            assertThat(KafkaRoundTrip.readFromBeginning(kafka.bootstrapServers(), topic, 1)).containsExactly("before-kill");

            kafka.kill();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();

            assertThat(kafka.isRunning()).isTrue();
            KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "k1", "after-restart");
            assertThat(KafkaRoundTrip.readFromBeginning(kafka.bootstrapServers(), topic, 2))
                    .containsExactly("before-kill", "after-restart");
        }
    }

    @Test
    void shouldReuseTheDataDirectoryOfAnEarlierBroker() throws Exception {
        String topic = "local-infra.reused";
        int port;
        try (StandaloneKafkaBroker first = LocalKafka.startStandalone(dataDir, 0)) {
            port = first.port();
            KafkaRoundTrip.send(first.bootstrapServers(), topic, "k1", "kept");
        }
        try (StandaloneKafkaBroker second = LocalKafka.startStandalone(dataDir, port)) {
            assertThat(second.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            assertThat(KafkaRoundTrip.readFromBeginning(second.bootstrapServers(), topic, 1)).containsExactly("kept");
        }
    }

    @Test
    void shouldRefuseAPortThatIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThatThrownBy(() -> LocalKafka.startStandalone(dataDir, taken.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void shouldFailFastWithTheLogTailWhenTheBrokerCannotStart() throws Exception {
        // Data formatted for another node: the broker refuses it and exits during start-up.
        Path logDir = Files.createDirectories(dataDir.resolve("kraft-logs"));
        Files.writeString(logDir.resolve("meta.properties"),
                "version=1\ncluster.id=AAAAAAAAAAAAAAAAAAAAAA\nnode.id=7\ndirectory.id=BBBBBBBBBBBBBBBBBBBBBB\n");
        long started = System.nanoTime();

        assertThatThrownBy(() -> LocalKafka.startStandalone(dataDir, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited")
                .hasMessageContaining("broker.log");
        assertThat(System.nanoTime() - started).isLessThan(60_000_000_000L);
    }
}
