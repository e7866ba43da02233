package org.pathway.jobposting.posting;

import java.util.List;

/** One page of results; {@code total} counts every match. */
public record PostingPage<T>(List<T> items, int page, int size, long total) {
}
