package org.pathway.jobposting.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.pathway.jobposting.support.Postings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-LD of a published posting against schema.org's own JobPosting examples (copies of the reference files in
 * {@code src/test/resources/schema-org}): every property the examples also use has one of the shapes they give it
 * (text, or an object of the same {@code @type} with the same nested properties), except {@code baseSalary}, which
 * the examples write as bare text and this service as the {@code MonetaryAmount} range schema.org recommends.
 */
class JobPostingJsonLdTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-02T09:30:00Z"), ZoneOffset.UTC);
    private static final List<String> EXAMPLES = List.of("jobposting_schemaorg-eg-0028.jsonld",
            "jobposting_schemaorg-eg-0251_occupation.jsonld", "jobposting_schemaorg-eg-0280_qualifications.jsonld");
    private static final ClinicalTimeNorms NORMS = new ClinicalTimeNorms(new ClinicalTimeProperties(
            Map.of(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, new PercentRange(20.0, 60.0)), Map.of()));

    @Test
    void shouldRenderAPublishedPostingInTheShapesOfTheSchemaOrgExamples() {
        JsonNode ours = render(JSON.readValue(Postings.apd("Chicago, IL"), PostingContent.class));
        List<JsonNode> examples = EXAMPLES.stream().map(JobPostingJsonLdTests::example).toList();

        assertThat(ours.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(ours.get("@context").asString()).startsWith("https://schema.org");
        List<String> compared = new ArrayList<>();
        ours.propertyNames().forEach(property -> {
            List<JsonNode> theirs = examples.stream().map(example -> example.get(property)).filter(n -> n != null)
                    .toList();
            if (theirs.isEmpty() || property.startsWith("@") || property.equals("baseSalary")) {
                return;
            }
            compared.add(property);
            assertThat(theirs.stream().map(JobPostingJsonLdTests::shape).toList()).as(property)
                    .contains(shape(ours.get(property).isArray() ? ours.get(property).get(0) : ours.get(property)));
        });
        assertThat(compared).as("the properties the examples share with ours").contains("title", "description",
                "datePosted", "hiringOrganization", "jobLocation", "employmentType", "occupationalCategory",
                "qualifications", "educationRequirements");

        assertThat(ours.get("datePosted").asString()).isEqualTo("2026-02-02");
        assertThat(ours.get("jobLocation").get("address").get("addressLocality").asString()).isEqualTo("Chicago");
        assertThat(ours.get("jobLocation").get("address").get("addressRegion").asString()).isEqualTo("IL");
        assertThat(ours.get("hiringOrganization").get("name").asString()).isEqualTo("northbridge");
        JsonNode salary = ours.get("baseSalary");
        assertThat(salary.get("@type").asString()).isEqualTo("MonetaryAmount");
        assertThat(salary.get("currency").asString()).isEqualTo("USD");
        assertThat(salary.get("value").get("@type").asString()).isEqualTo("QuantitativeValue");
        assertThat(salary.get("value").get("minValue").asLong()).isEqualTo(240_000);
        assertThat(salary.get("value").get("maxValue").asLong()).isEqualTo(275_000);
        assertThat(salary.get("value").get("unitText").asString()).isEqualTo("YEAR");
        assertThat(ours.get("occupationalCategory").asString()).matches("\\d{2}-\\d{4}\\.\\d{2} .+");
    }

    @Test
    void shouldCarryTheEducationFiguresAsAdditionalPropertyValues() {
        JsonNode properties = render(JSON.readValue(Postings.apd("Chicago, IL"), PostingContent.class))
                .get("additionalProperty");

        assertThat(properties).allSatisfy(property -> {
            assertThat(property.get("@type").asString()).isEqualTo("PropertyValue");
            assertThat(property.get("name").asString()).isNotBlank();
        });
        Map<String, JsonNode> byId = StreamSupport.stream(properties.spliterator(), false)
                .collect(Collectors.toMap(p -> p.get("propertyID").asString(), p -> p));
        assertThat(byId.keySet()).contains("clinicalShare", "educationFte", "protectedHoursPerWeek",
                "clinicalHalfDaysPerWeek", "transparencyScore", "nightsWeekends");
        assertThat(byId.get("clinicalShare").get("minValue").asDouble()).isEqualTo(40);
        assertThat(byId.get("clinicalShare").get("maxValue").asDouble()).isEqualTo(40);
        assertThat(byId.get("clinicalShare").get("description").asString())
                .isEqualTo("Associate program director: typical clinical time 20–60%; this role: 40%");
        assertThat(byId.get("educationFte").get("value").asDouble()).isEqualTo(0.5);
        assertThat(byId.get("protectedHoursPerWeek").get("value").asDouble()).isEqualTo(20);
        assertThat(byId.get("clinicalHalfDaysPerWeek").get("value").asDouble()).isEqualTo(4);
        assertThat(byId.get("transparencyScore").get("value").asInt()).isEqualTo(4);
        assertThat(byId.get("transparencyScore").get("maxValue").asInt()).isEqualTo(5);
        assertThat(byId.get("nightsWeekends").get("value").asBoolean()).isFalse();
    }

    @Test
    void shouldMarkRemoteRolesAsTelecommuteAndLeaveOutFiguresThePostingDoesNotGive() {
        PostingContent remote = new PostingContent("Med-ed scholar", RoleType.MED_ED_SCHOLAR, null, null, null,
                new Location("Anywhere in the US", Workplace.REMOTE), new PercentRange(0.0, 20.0), null, null, null,
                new PayRange(180_000L, 210_000L, "USD"), false,
                new TrainingRequirement(List.of(TrainingKind.MASTERS, TrainingKind.FELLOWSHIP), null), null, null);

        JsonNode ours = render(remote);

        assertThat(ours.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
        assertThat(ours.has("jobLocation")).isFalse();
        assertThat(ours.get("educationRequirements")).hasSize(2);
        assertThat(ours.get("educationRequirements").findValuesAsString("credentialCategory"))
                .contains("postgraduate degree");
        Set<String> ids = StreamSupport.stream(ours.get("additionalProperty").spliterator(), false)
                .map(p -> p.get("propertyID").asString()).collect(Collectors.toSet());
        assertThat(ids).contains("clinicalShare", "transparencyScore", "nightsWeekends")
                .doesNotContain("educationFte", "protectedHoursPerWeek", "clinicalHalfDaysPerWeek");
        assertThat(ours.get("description").asString()).as("no description: the clinical time summary stands in")
                .contains("this role: 0–20%");
    }

    private static JsonNode render(PostingContent content) {
        Posting posting = Posting.draft("northbridge", "admin-1", content, CLOCK);
        posting.publish(CLOCK);
        return JSON.valueToTree(JobPostingJsonLd.of(PostingView.of(posting, NORMS)));
    }

    /** Text, or an object's {@code @type} with its nested properties' shapes. */
    private static String shape(JsonNode node) {
        if (!node.isObject()) {
            return node.isString() ? "text" : node.getNodeType().name();
        }
        List<String> nested = new ArrayList<>();
        node.properties().forEach(entry -> {
            if (entry.getValue().isObject()) {
                nested.add(entry.getKey() + ":" + shape(entry.getValue()));
            }
        });
        return (node.has("@type") ? node.get("@type").asString() : "?") + nested.stream().sorted().toList();
    }

    private static JsonNode example(String name) {
        try (InputStream in = JobPostingJsonLdTests.class.getResourceAsStream("/schema-org/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
