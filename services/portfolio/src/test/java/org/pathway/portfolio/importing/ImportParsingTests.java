package org.pathway.portfolio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.portfolio.activity.ScholarshipType;
import org.pathway.portfolio.support.ScholarlyApiStubs;
import org.springframework.web.ErrorResponseException;

/** The pure parts of the imports: identifiers, type guesses, publication dates and BibTeX, without any server. */
class ImportParsingTests {

    @Test
    void shouldNormalizeIdentifiersAndRefuseMalformedOnesNamingTheField() {
        assertThat(Identifiers.doi(" https://doi.org/10.15766/mep_2374-8265.11234 ")).isEqualTo("10.15766/mep_2374-8265.11234");
        assertThat(Identifiers.doi("doi:10.1371/journal.pone.0033693")).isEqualTo("10.1371/journal.pone.0033693");
        assertThat(Identifiers.pmid("PMID: 36723951")).isEqualTo("36723951");
        assertThat(Identifiers.orcid("https://orcid.org/0000-0002-1825-0097")).isEqualTo("0000-0002-1825-0097");
        assertThat(Identifiers.orcid("0000-0002-1694-233X")).isEqualTo("0000-0002-1694-233X");

        assertField(() -> Identifiers.doi("11.1234/x"), "doi");
        assertField(() -> Identifiers.pmid("0123"), "pmid");
        assertField(() -> Identifiers.orcid("0000-0002-1825-0098"), "orcid");
    }

    @Test
    void shouldGuessTheScholarshipTypeFromPrefixWorkTypeAndTitle() {
        assertThat(TypeGuess.of("10.15766/mep_2374-8265.11234", "journal-article", "A curriculum"))
                .isEqualTo(ScholarshipType.MEDEDPORTAL_PUBLICATION);
        assertThat(TypeGuess.of(null, "Journal Article", "A qualitative study of feedback"))
                .isEqualTo(ScholarshipType.QUALITATIVE_STUDY);
        assertThat(TypeGuess.of(null, "article", "Validity evidence for a clerkship OSCE"))
                .isEqualTo(ScholarshipType.ASSESSMENT_TOOL);
        assertThat(TypeGuess.of(null, "proceedings-article", "Anything")).isEqualTo(ScholarshipType.POSTER);
        assertThat(TypeGuess.of(null, "journal-article", "Dopamine neurons")).isEqualTo(ScholarshipType.PEER_REVIEWED_ARTICLE);
        assertThat(TypeGuess.of(null, "book", "A textbook")).isNull();
        assertThat(TypeGuess.peerReviewed(ScholarshipType.POSTER)).isNull();
    }

    @Test
    void shouldFillWhatASourceLeavesOpenOfAPublicationDate() {
        assertThat(PublicationDate.of(2012, null, 21)).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(PublicationDate.of(2023, PublicationDate.month("Mar"), 1)).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(PublicationDate.of(2023, 2, 31)).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(PublicationDate.month("August")).isEqualTo(8);
        assertThat(PublicationDate.month("13")).isNull();
    }

    @Test
    void shouldReadRealBibtexWithLatexAndMonthMacros() {
        List<ScholarshipCandidate> candidates = BibtexFile.read(ScholarlyApiStubs.recording(
                "crossref-transform_10.1126_science.169.3946.635.bib") + "\n@inproceedings{k, title={Feedback in {\\\"U}bung},"
                + " booktitle={AMEE}, year={2024}, author={M{\\\"u}ller, Anna and Lee, B.}}");

        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).occurredOn()).isEqualTo(LocalDate.of(1970, 8, 1));
        assertThat(candidates.get(0).doi()).isEqualTo("10.1126/science.169.3946.635");
        assertThat(candidates.get(1).title()).isEqualTo("Feedback in Übung");
        assertThat(candidates.get(1).authors()).containsExactly("Anna Müller", "B. Lee");
        assertThat(candidates.get(1).type()).isEqualTo(ScholarshipType.POSTER);
        assertThat(candidates.get(1).venue()).isEqualTo("AMEE");
        assertField(() -> BibtexFile.read("@article{x, title={Unclosed"), "file");
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
            assertThat(problem.getStatusCode().value()).isEqualTo(400);
            assertThat(problem.getBody().getProperties().get("errors").toString()).contains("field=" + field);
        });
    }
}
