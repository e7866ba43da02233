package org.pathway.promotionreview.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.promotionreview.support.Api.faculty;
import static org.pathway.promotionreview.support.Api.institutionAdmin;
import static org.pathway.promotionreview.support.Api.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pathway.infra.local.Problems;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * Institution insight over decided dossiers stored in the MongoDB wire server: figures only from five or more
 * promoted dossiers of the last five years, nothing that identifies anyone, and only for the caller's institution.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class InstitutionInsightIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldShowTrackRealityFromFivePromotedDossiersAndWithholdSmallerOrOlderOnes() {
        String institution = "insight-" + UUID.randomUUID();
        Instant recent = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 5; i++) {
            mongo.save(DossierFixtures.promoted("ce-" + i + "-" + institution, institution, Track.CLINICIAN_EDUCATOR,
                    Rank.ASSOCIATE, recent));
        }
        for (int i = 0; i < 4; i++) {
            mongo.save(DossierFixtures.promoted("rs-" + i + "-" + institution, institution, Track.RESEARCH,
                    Rank.ASSOCIATE, recent));
        }
        mongo.save(DossierFixtures.promoted("rs-old-" + institution, institution, Track.RESEARCH, Rank.ASSOCIATE,
                Instant.now().minus(6 * 366, ChronoUnit.DAYS)));
        Api api = new Api(port);

        JsonNode reality = json(api.get("/api/promotion-review/insight/track-reality",
                faculty(UUID.randomUUID().toString(), institution)));
        JsonNode education = track(reality, "CLINICIAN_EDUCATOR");
        assertThat(education.get("promotions").asInt()).isEqualTo(5);
        assertThat(education.get("medianEvidenceByKind").get("SCHOLARSHIP").asDouble()).isEqualTo(1.0);
        assertThat(education.get("protectedTimePercent").asInt()).isZero();
        JsonNode research = track(reality, "RESEARCH");
        assertThat(research.get("belowMinimum").asBoolean()).as("4 recent + 1 older than five years").isTrue();
        assertThat(research.get("promotions").isNull()).isTrue();

        String exemplars = api.get("/api/promotion-review/insight/exemplars",
                institutionAdmin(UUID.randomUUID().toString(), institution)).body();
        assertThat(json(api.get("/api/promotion-review/insight/exemplars",
                institutionAdmin(UUID.randomUUID().toString(), institution))).findValuesAsString("track"))
                .containsExactly("CLINICIAN_EDUCATOR");
        assertThat(exemplars).doesNotContain("cand-", "Candidate ", "Clinical reasoning rubric", "Okafor");

        assertThat(track(json(api.get("/api/promotion-review/insight/track-reality",
                faculty(UUID.randomUUID().toString(), "lakeside"))), "CLINICIAN_EDUCATOR").get("promotions").isNull())
                .as("another institution sees none of it").isTrue();
        Problems.assertProblem(api.get("/api/promotion-review/insight/track-reality",
                Api.committee(UUID.randomUUID().toString(), "Morgan Chen", institution)), 403);
    }

    private static JsonNode track(JsonNode reports, String track) {
        for (JsonNode report : reports) {
            if (track.equals(report.get("track").asString())) {
                return report;
            }
        }
        throw new AssertionError("no report for " + track + " in " + reports);
    }
}
