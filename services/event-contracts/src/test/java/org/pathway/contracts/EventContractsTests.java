package org.pathway.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractsTests {

    private static final Pattern SCHEMA = Pattern.compile("events/([^/]+)/([A-Za-z]+)\\.v(\\d+)\\.schema\\.json");

    static List<String> schemas() throws IOException, URISyntaxException {
        Path root = Path.of(EventContracts.class.getClassLoader().getResource("events").toURI()).getParent();
        try (Stream<Path> files = Files.walk(root.resolve("events"))) {
            return files.map(root::relativize).map(Path::toString).filter(p -> p.endsWith(".schema.json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void everyEventTypeShipsAnExampleThatConformsToItsSchema(String schemaPath) {
        Matcher m = SCHEMA.matcher(schemaPath);
        assertThat(m.matches()).as("schema file name %s", schemaPath).isTrue();
        String producer = m.group(1);
        String type = m.group(2);
        int version = Integer.parseInt(m.group(3));

        assertThat(EventContracts.violations(producer, type, version, EventContracts.example(producer, type, version)))
                .isEmpty();
    }

    @Test
    void shouldReportEveryViolationOfAPayloadThatBreaksTheContract() {
        String broken = """
                {"activityId": "a1", "kind": "KNITTING", "title": "", "occurredOn": "yesterday",
                 "recordedAt": "2026-01-05T14:03:22Z"}""";

        List<String> violations = EventContracts.violations("portfolio", "ActivityRecorded", 1, broken);

        assertThat(violations).hasSize(4);
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("facultyId"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/kind"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/title"));
        assertThat(violations).anySatisfy(v -> assertThat(v).contains("/occurredOn"));
        assertThatThrownBy(() -> EventContracts.assertConforms("portfolio", "ActivityRecorded", 1, broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not conform");
    }

    @Test
    void shouldRefuseAnEventTypeThatHasNoContract() {
        assertThatThrownBy(() -> EventContracts.example("portfolio", "NoSuchEvent", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events/portfolio/NoSuchEvent.v1");
    }
}
