package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaVersionTests {

    @TempDir
    Path jdk;

    @Test
    void shouldReadTheMajorVersionFromTheReleaseFile() throws Exception {
        fakeJdk("JAVA_VERSION=\"25.0.3\"");

        assertThat(KeycloakDistribution.javaMajorVersion(jdk)).isEqualTo(25);
    }

    @Test
    void shouldReadOldStyleVersions() throws Exception {
        fakeJdk("JAVA_VERSION=\"1.8.0_412\"");

        assertThat(KeycloakDistribution.javaMajorVersion(jdk)).isEqualTo(8);
    }

    @Test
    void shouldNotTakeADirectoryWithoutJavaForAJdk() {
        assertThat(KeycloakDistribution.javaMajorVersion(jdk)).isEqualTo(-1);
    }

    private void fakeJdk(String releaseLine) throws Exception {
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(jdk.resolve("release"), releaseLine + "\n");
    }
}
