package org.pathway.promotionreview.candidate;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What promotion-review knows of a faculty member from {@code portfolio.profiles}: only what readiness needs. The id is
 * {@code <tenant>/<facultyId>} (a subject may exist in two institutions). Rank and track are already in this service's
 * vocabulary; null when the portfolio has none or sent a value this version does not know.
 *
 * @param name     the display name the portfolio published (null when it has none): a dossier's candidate name
 * @param revision the portfolio's profile revision; an older one never replaces a newer one
 */
@Document("candidates")
@CompoundIndex(name = "tenant_line", def = "{'tenant': 1, 'track': 1, 'rank': 1}")
public record Candidate(
        @Id String id,
        String tenant,
        String facultyId,
        String name,
        Rank rank,
        Track track,
        String nicheTheme,
        List<String> nicheTags,
        int revision,
        Instant updatedAt,
        String lastEventId) {

    public static String idOf(String tenant, String facultyId) {
        return tenant + "/" + facultyId;
    }

    /** The theme and its tags: scholarship whose theme matches any of them is on the niche. */
    public Set<String> niche() {
        Set<String> niche = new LinkedHashSet<>();
        if (nicheTheme != null && !nicheTheme.isBlank()) {
            niche.add(nicheTheme);
        }
        if (nicheTags != null) {
            niche.addAll(nicheTags);
        }
        return niche;
    }

    /** The rank a readiness report aims at: the next one. None above Full Professor, none without a known rank. */
    public Optional<Rank> targetRank() {
        if (rank == null || rank == Rank.FULL) {
            return Optional.empty();
        }
        return Optional.of(Rank.values()[rank.ordinal() + 1]);
    }
}
