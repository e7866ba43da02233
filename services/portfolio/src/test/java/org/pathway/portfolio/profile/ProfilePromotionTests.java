package org.pathway.portfolio.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;

import tools.jackson.databind.json.JsonMapper;

/** A promotion decision on the profile: applied once per dossier, announced as ProfileUpdated like an edit. */
class ProfilePromotionTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T17:45:00Z"), ZoneOffset.UTC);

    @Test
    void shouldTakeTheNewRankAndTrackOnceAndAnnounceItConformingToTheSchema() {
        Profile profile = Profile.enrol("northbridge", "user-1", "Ada Okafor", "ada@northbridge.edu", CLOCK);

        boolean first = profile.promote("dossier-1", AcademicRank.ASSOCIATE_PROFESSOR, Track.CLINICIAN_EDUCATOR, CLOCK);
        boolean again = profile.promote("dossier-1", AcademicRank.ASSOCIATE_PROFESSOR, Track.CLINICIAN_EDUCATOR, CLOCK);

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(profile.career().rank()).isEqualTo(AcademicRank.ASSOCIATE_PROFESSOR);
        assertThat(profile.revision()).isEqualTo(2);
        OutboxEvent announced = profile.pendingEvents().get(1);
        assertThat(announced.type()).isEqualTo("org.pathway.portfolio.ProfileUpdated.v1");
        EventContracts.assertConforms("portfolio", "ProfileUpdated", 1, JSON.writeValueAsString(announced.payload()));
        assertThat(announced.payload()).containsEntry("rank", "ASSOCIATE_PROFESSOR")
                .containsEntry("track", "CLINICIAN_EDUCATOR");
    }

    @Test
    void shouldNotLetAnOldDecisionUndoALaterOneNorAnnounceADecisionThatChangesNothing() {
        Profile profile = Profile.enrol("northbridge", "user-1", "Ada Okafor", null, CLOCK);
        profile.promote("dossier-1", AcademicRank.ASSOCIATE_PROFESSOR, Track.CLINICAL, CLOCK);
        profile.promote("dossier-2", AcademicRank.PROFESSOR, null, CLOCK);

        boolean resent = profile.promote("dossier-1", AcademicRank.ASSOCIATE_PROFESSOR, Track.CLINICAL, CLOCK);
        boolean same = profile.promote("dossier-3", AcademicRank.PROFESSOR, Track.CLINICAL, CLOCK);

        assertThat(resent).isFalse();
        assertThat(same).as("remembered, but nothing to announce").isTrue();
        assertThat(profile.career().rank()).isEqualTo(AcademicRank.PROFESSOR);
        assertThat(profile.career().track()).as("a decision without a known track keeps the profile's").isEqualTo(Track.CLINICAL);
        assertThat(profile.revision()).isEqualTo(3);
        assertThat(profile.pendingEvents()).hasSize(3);
    }
}
