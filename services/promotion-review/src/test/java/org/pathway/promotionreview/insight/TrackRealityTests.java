package org.pathway.promotionreview.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.dossier.PromotedDossiers.Promoted;

/** The insight's aggregates and its rule: no figure from fewer than five dossiers, not even the count. */
class TrackRealityTests {

    private static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void shouldWithholdEveryFigureOfATrackWithFewerThanFiveDossiers() {
        List<Promoted> four = promoted(Track.CLINICIAN_EDUCATOR, Rank.ASSOCIATE, 4);

        TrackReality.TrackReport education = report(TrackReality.byTrack(four, 5), Track.CLINICIAN_EDUCATOR);

        assertThat(education.belowMinimum()).isTrue();
        assertThat(education.promotions()).isNull();
        assertThat(education.medianEvidenceByKind()).isNull();
        assertThat(education.medianPeerReviewed()).isNull();
        assertThat(education.protectedTimePercent()).isNull();
        assertThat(TrackReality.exemplars(four)).isEmpty();
    }

    @Test
    void shouldReportMediansAndProtectedTimeFromFiveDossiers() {
        List<Promoted> five = promoted(Track.CLINICIAN_EDUCATOR, Rank.ASSOCIATE, 5);

        TrackReality.TrackReport education = report(TrackReality.byTrack(five, 5), Track.CLINICIAN_EDUCATOR);

        assertThat(education.belowMinimum()).isFalse();
        assertThat(education.promotions()).isEqualTo(5);
        // peer-reviewed counts 0..4 → median 2; scholarship items 1..5 → median 3
        assertThat(education.medianPeerReviewed()).isEqualTo(2.0);
        assertThat(education.medianEvidenceByKind()).containsEntry(EvidenceKind.SCHOLARSHIP, 3.0)
                .containsEntry(EvidenceKind.AWARD, 0.0);
        assertThat(education.protectedTimePercent()).as("dossiers 0, 2 and 4 recorded protected time").isEqualTo(60);
        assertThat(report(TrackReality.byTrack(five, 5), Track.RESEARCH).belowMinimum()).isTrue();
    }

    @Test
    void shouldBuildExemplarsOnlyForLinesWithFiveDossiers() {
        List<Promoted> mixed = new ArrayList<>(promoted(Track.CLINICIAN_EDUCATOR, Rank.ASSOCIATE, 6));
        mixed.addAll(promoted(Track.CLINICIAN_EDUCATOR, Rank.FULL, 4));

        List<TrackReality.Exemplar> exemplars = TrackReality.exemplars(mixed);

        assertThat(exemplars).singleElement().satisfies(e -> {
            assertThat(e.targetRank()).isEqualTo(Rank.ASSOCIATE);
            assertThat(e.dossiers()).isEqualTo(6);
            assertThat(e.medianPeerReviewed()).as("0..5 → (2 + 3) / 2").isEqualTo(2.5);
        });
        assertThat(report(TrackReality.byTrack(mixed, 5), Track.CLINICIAN_EDUCATOR).promotions())
                .as("the track counts both ranks").isEqualTo(10);
    }

    /** Dossier i holds i + 1 scholarship items, i of them peer-reviewed; even ones recorded protected time. */
    private static List<Promoted> promoted(Track track, Rank rank, int count) {
        List<Promoted> promoted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<EvidenceKind, Integer> byKind = new EnumMap<>(EvidenceKind.class);
            byKind.put(EvidenceKind.SCHOLARSHIP, i + 1);
            promoted.add(new Promoted(track, rank, AT, byKind, i, i, 1, i % 2 == 0, 80 + i));
        }
        return promoted;
    }

    private static TrackReality.TrackReport report(List<TrackReality.TrackReport> reports, Track track) {
        return reports.stream().filter(r -> r.track() == track).findFirst().orElseThrow();
    }
}
