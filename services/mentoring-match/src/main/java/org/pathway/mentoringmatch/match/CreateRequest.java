package org.pathway.mentoringmatch.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathway.mentoringmatch.scoring.RequestKind;

/**
 * A mentee's new request: what they may set, nothing else. {@code prep} is required for an advice conversation.
 * {@code openToExternal} is the mentee's consent to mentors from other institutions.
 */
record CreateRequest(@NotNull RequestKind kind, @Valid Prep prep, @Size(max = 2000) String note,
        Boolean openToExternal) {

    /** Consent is never assumed: absent means no. */
    boolean externalWelcome() {
        return Boolean.TRUE.equals(openToExternal);
    }
}
