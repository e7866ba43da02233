package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTests {

    @TempDir
    Path dir;

    @Test
    void shouldShowOnlyWhatTheCurrentRunWrote() throws Exception {
        Path log = dir.resolve("server.log");
        Files.writeString(log, "old run failed differently\n");
        long offset = ServerLog.size(log);
        Files.writeString(log, "Address already in use\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(ServerLog.tail(log, offset)).contains("Address already in use").doesNotContain("old run");
    }

    @Test
    void shouldCutALongLogToItsLastLines() throws Exception {
        Path log = dir.resolve("server.log");
        Files.writeString(log, "first line\n" + "x".repeat(20_000) + "\nlast line\n");

        assertThat(ServerLog.tail(log)).contains("last line").doesNotContain("first line");
    }

    @Test
    void shouldSayWhenThereIsNoLog() {
        assertThat(ServerLog.tail(dir.resolve("missing.log"))).contains("no log");
    }
}
