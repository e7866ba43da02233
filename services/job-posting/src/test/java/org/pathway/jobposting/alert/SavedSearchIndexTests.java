package org.pathway.jobposting.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.jobposting.posting.MissionTag;
import org.pathway.jobposting.posting.PostingFacts;
import org.pathway.jobposting.posting.PostingFilter;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;

/** The index finds exactly what a scan of every search finds, only faster. */
class SavedSearchIndexTests {

    @Test
    void shouldFindExactlyTheSearchesAScanFinds() {
        RandomSearches random = new RandomSearches(7);
        List<SavedSearchIndex.Entry> searches = random.searches(20_000);
        SavedSearchIndex index = new SavedSearchIndex();
        searches.forEach(index::put);

        int matched = 0;
        for (int i = 0; i < 300; i++) {
            PostingFacts posting = random.posting();
            List<SavedSearchIndex.Entry> found = index.matching(posting);
            assertThat(found).containsExactlyInAnyOrderElementsOf(SavedSearchIndex.scan(searches, posting));
            matched += found.size();
        }
        assertThat(matched).as("the random data exercises matches, not only misses").isGreaterThan(1000);
    }

    @Test
    void shouldForgetARemovedSearchAndReplaceAChangedOne() {
        SavedSearchIndex index = new SavedSearchIndex();
        PostingFilter apdNoNights = new PostingFilter(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, 50.0, null, true, null, null,
                null, null, null);
        index.put(new SavedSearchIndex.Entry("a", "lakeside", "u1", "APD", apdNoNights));
        index.put(new SavedSearchIndex.Entry("b", "lakeside", "u2", "any", PostingFilter.ANY));
        PostingFacts apd = new PostingFacts(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, 40, 250_000, false,
                List.of(MissionTag.VA), "Chicago", List.of(TrainingKind.MASTERS), null, List.of());

        assertThat(index.matching(apd)).extracting(SavedSearchIndex.Entry::id).containsExactlyInAnyOrder("a", "b");

        index.remove("b");
        index.put(new SavedSearchIndex.Entry("a", "lakeside", "u1", "APD, 30% at most",
                new PostingFilter(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, 30.0, null, true, null, null, null, null, null)));

        assertThat(index.matching(apd)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void shouldMatchAProtectedTimeFloorOnlyByPostingsStatingEnoughHours() {
        SavedSearchIndex index = new SavedSearchIndex();
        index.put(new SavedSearchIndex.Entry("p", "lakeside", "u1", "16 protected hours",
                new PostingFilter(null, null, null, null, null, null, null, 16.0, null)));
        PostingFacts base = new PostingFacts(RoleType.CLERKSHIP_DIRECTOR, 30, 220_000, false, List.of(), "Denver",
                List.of(), null, List.of());

        assertThat(index.matching(base)).as("no hours stated, no promise").isEmpty();
        assertThat(index.matching(withProtectedHours(base, 12.0))).isEmpty();
        assertThat(index.matching(withProtectedHours(base, 16.0))).extracting(SavedSearchIndex.Entry::id)
                .containsExactly("p");
    }

    private static PostingFacts withProtectedHours(PostingFacts facts, Double hours) {
        return new PostingFacts(facts.roleType(), facts.clinicalShareMax(), facts.payMax(), facts.nightsWeekends(),
                facts.missionTags(), facts.locationText(), facts.trainingRequired(), hours, facts.answered());
    }

    @Test
    void shouldMatchAQuestionFilterOnlyByPostingsAnsweringEveryQuestionAsked() {
        SavedSearchIndex index = new SavedSearchIndex();
        index.put(new SavedSearchIndex.Entry("q", "lakeside", "u1", "documented path, schedule said",
                new PostingFilter(null, null, null, null, null, null, null, null,
                        List.of("promotionAndSalary", "scheduleControl"))));
        PostingFacts facts = new PostingFacts(RoleType.CLERKSHIP_DIRECTOR, 30, 220_000, false, List.of(), "Denver",
                List.of(), null, List.of("scheduleControl"));

        assertThat(index.matching(facts)).isEmpty();
        assertThat(index.matching(new PostingFacts(facts.roleType(), facts.clinicalShareMax(), facts.payMax(),
                facts.nightsWeekends(), facts.missionTags(), facts.locationText(), facts.trainingRequired(), null,
                List.of("clinicalHalfDays", "scheduleControl", "promotionAndSalary"))))
                .extracting(SavedSearchIndex.Entry::id).containsExactly("q");
    }
}
