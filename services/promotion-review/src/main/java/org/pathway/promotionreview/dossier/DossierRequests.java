package org.pathway.promotionreview.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

/**
 * What a client may send to the dossier API: exactly the fields each step needs. No tenant, owner, status, chair or
 * role is ever bound from a body (the kit rejects unknown properties).
 */
final class DossierRequests {

    private DossierRequests() {
    }

    /** @param candidateId absent (or the caller) for one's own dossier; a colleague's id when a committee member opens */
    @SelfChecked
    record Open(@NotNull Track track, @NotNull Rank targetRank, @Size(min = 1, max = 100) String candidateId)
            implements SelfChecking {

        @Override
        public Map<String, String> inconsistencies() {
            return targetRank == Rank.INSTRUCTOR ? Map.of("targetRank", "INSTRUCTOR is the entry rank, never a target")
                    : Map.of();
        }
    }

    record Assign(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> memberIds) {
    }

    record Recusal(@NotBlank @Size(max = 100) String memberId, @NotBlank @Size(max = 500) String reason) {
    }

    record Conflict(@NotBlank @Size(max = 500) String reason) {
    }

    record InviteWriter(@NotBlank @Size(max = 200) String writerName,
            @NotBlank @Email @Size(max = 254) String writerEmail, @NotNull Instant deadline) {
    }

    record CastVote(@NotNull VoteChoice choice) {
    }

    record Decide(@NotNull Outcome outcome) {
    }

    record AppointChair(@NotBlank @Size(max = 100) String memberId) {
    }

    record UploadLetter(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{32,128}") String token,
            @NotBlank @Size(max = 100_000) String text) {
    }
}
