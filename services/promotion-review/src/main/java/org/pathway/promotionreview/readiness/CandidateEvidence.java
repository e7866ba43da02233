package org.pathway.promotionreview.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

/**
 * Everything the engine judges about one candidate. Items are kept sorted by id so the same evidence in any arrival
 * order is the same value and yields the same report, down to floating-point sums.
 *
 * @param track            the candidate's own track; criteria of another track may still judge them ("what if")
 * @param niche            the education niche tags their scholarship should build on
 * @param asOf             the date the evidence is judged at; roles still held count up to here (no clock inside)
 * @param externalLetters  letters received once a dossier solicited them; empty before, which defers that requirement
 */
public record CandidateEvidence(
        String facultyId,
        Track track,
        Rank currentRank,
        Set<String> niche,
        List<EvidenceItem> items,
        LocalDate asOf,
        OptionalInt externalLetters) {

    private static final Comparator<EvidenceItem> BY_ID = Comparator.comparing(EvidenceItem::id);

    public CandidateEvidence {
        Objects.requireNonNull(facultyId, "facultyId");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(currentRank, "currentRank");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(externalLetters, "externalLetters");
        if (externalLetters.isPresent() && externalLetters.getAsInt() < 0) {
            throw new IllegalArgumentException("externalLetters must not be negative");
        }
        niche = Tags.normalize(niche);
        List<EvidenceItem> sorted = new ArrayList<>(items);
        sorted.sort(BY_ID);
        Set<String> ids = new HashSet<>();
        for (EvidenceItem item : sorted) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("evidence id " + item.id() + " appears twice");
            }
        }
        items = List.copyOf(sorted);
    }

    /** A candidate before any dossier: letters not yet solicited. */
    public static CandidateEvidence of(String facultyId, Track track, Rank currentRank, Set<String> niche,
                                       List<EvidenceItem> items, LocalDate asOf) {
        return new CandidateEvidence(facultyId, track, currentRank, niche, items, asOf, OptionalInt.empty());
    }

    public CandidateEvidence withItem(EvidenceItem item) {
        List<EvidenceItem> more = new ArrayList<>(items);
        more.add(item);
        return new CandidateEvidence(facultyId, track, currentRank, niche, more, asOf, externalLetters);
    }

    public CandidateEvidence withExternalLetters(int received) {
        return new CandidateEvidence(facultyId, track, currentRank, niche, items, asOf, OptionalInt.of(received));
    }
}
