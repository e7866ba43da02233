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
                null);
        index.put(new SavedSearchIndex.Entry("a", "lakeside", "u1", "APD", apdNoNights));
        index.put(new SavedSearchIndex.Entry("b", "lakeside", "u2", "any", PostingFilter.ANY));
        PostingFacts apd = new PostingFacts(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, 40, 250_000, false,
                List.of(MissionTag.VA), "Chicago", List.of(TrainingKind.MASTERS));

        assertThat(index.matching(apd)).extracting(SavedSearchIndex.Entry::id).containsExactlyInAnyOrder("a", "b");

        index.remove("b");
        index.put(new SavedSearchIndex.Entry("a", "lakeside", "u1", "APD, 30% at most",
                new PostingFilter(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, 30.0, null, true, null, null, null)));

        assertThat(index.matching(apd)).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }
}
