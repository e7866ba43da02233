package org.pathway.promotionreview.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

class EvidenceModelTests {

    private static final LocalDate ON = LocalDate.of(2023, 1, 10);

    @Test
    void shouldRejectFactsOfAnotherKind() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EvidenceItem("x", EvidenceKind.TEACHING, "t", ON,
                        null, Set.of(), null, null, new EvidenceItem.Leadership(LeadershipRole.COURSE_DIRECTOR, null), null,
                        null))
                .withMessageContaining("TEACHING").withMessageContaining("LEADERSHIP");
    }

    @Test
    void shouldRejectEvidenceEndingBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> EvidenceItem.leadership("x", "Role", ON,
                ON.minusDays(1), LeadershipRole.PROGRAM_DIRECTOR, Set.of()));
    }

    @Test
    void shouldRejectNegativeHoursAndEvaluationsAboveTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> EvidenceItem.teaching("x", "t", ON, -1, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> EvidenceItem.teaching("x", "t", ON, 2, 6.0, 5.0));
        assertThatIllegalArgumentException().isThrownBy(() -> EvidenceItem.teaching("x", "t", ON, 2, 4.0, null));
    }

    @Test
    void shouldRejectTheSameEvidenceTwiceForOneCandidate() {
        EvidenceItem item = EvidenceItem.mentoring("m-1", "Mentee", ON);

        assertThatIllegalArgumentException().isThrownBy(() -> CandidateEvidence.of("f", Track.RESEARCH,
                Rank.ASSISTANT, Set.of(), List.of(item, item), ON)).withMessageContaining("m-1");
    }

    @Test
    void shouldKeepEvidenceSortedByIdWhateverTheArrivalOrder() {
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.RESEARCH, Rank.ASSISTANT, Set.of(" Niche "),
                List.of(EvidenceItem.mentoring("b", "B", ON), EvidenceItem.mentoring("a", "A", ON)), ON);

        assertThat(candidate.items()).extracting(EvidenceItem::id).containsExactly("a", "b");
        assertThat(candidate.niche()).containsExactly("niche");
    }
}
