package org.pathway.jobposting.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathway.jobposting.posting.PostingFilter;

/** A search to keep: a name for the candidate, and the board's filters. */
record SavedSearchRequest(@NotBlank @Size(max = 100) String name, @NotNull @Valid PostingFilter filter) {
}
