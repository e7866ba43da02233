package org.pathway.jobposting.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a candidate sends to apply: the published posting, a cover letter, and the portfolio's id of the CV snapshot
 * to attach. The snapshot id is opaque here (the portfolio mints it); its format is checked so nothing but a plain
 * token (UUIDs and the like, no paths, dots or operators) is ever stored or handed on in events.
 */
record ApplyRequest(
        @NotBlank @Size(max = 100) String postingId,
        @NotBlank @Size(max = ApplyRequest.MAX_COVER_LETTER) String coverLetter,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{7,63}",
                message = "must be a portfolio CV snapshot id (8–64 letters, digits, '-' or '_')") String cvSnapshotId) {

    /** About four pages of prose. */
    static final int MAX_COVER_LETTER = 10_000;
}
