package org.pathway.promotionreview.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pathway.promotionreview.criteria.Criteria;

/**
 * The engine and the criteria model stay pure: no Spring, no I/O, no clock, no randomness, no regex. Checked on the
 * compiled classes' constant pools, which name every type and method a class refers to.
 */
class EngineBoundaryTests {

    private static final List<String> FORBIDDEN = List.of(
            "org/springframework", "java/io/File", "java/nio/file", "java/net/", "java/time/Clock", "java/util/Random",
            "java/util/regex", "currentTimeMillis", "nanoTime", "LocalDate.now", "org/pathway/promotionreview/evidence",
            "org/pathway/promotionreview/messaging");

    @Test
    void shouldKeepReadinessAndCriteriaFreeOfFrameworkIoClockAndRegex() throws Exception {
        List<Path> classes = Stream.concat(classFiles(ReadinessEngine.class), classFiles(Criteria.class)).toList();

        assertThat(classes).hasSizeGreaterThan(30);
        for (Path file : classes) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(FORBIDDEN).as("references in %s", file.getFileName())
                    .noneMatch(constants::contains);
        }
    }

    @Test
    void shouldKeepCriteriaIndependentOfReadiness() throws Exception {
        for (Path file : classFiles(Criteria.class).toList()) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(constants).as("references in %s", file.getFileName())
                    .doesNotContain("org/pathway/promotionreview/readiness");
        }
    }

    private static Stream<Path> classFiles(Class<?> anchor) throws URISyntaxException, IOException {
        Path directory = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".class")).toList().stream();
        }
    }
}
