package org.pathway.jobposting.alert;

import java.util.ArrayList;
import java.util.List;

import org.pathway.jobposting.posting.PostingFacts;

/**
 * One new posting against 100,000 saved searches: the index beside a naive scan of every search, in the same run,
 * on the same seeded data, with the results checked equal. Prints a BENCH line; it asserts nothing but equality
 * (the goal, ≤ 200 ms per posting, lives in the issue). Run:
 * {@code ./mvnw -B -pl services/job-posting -Pbench verify -DskipTests}. Arguments (optional): searches, postings.
 */
public final class AlertMatcherBench {

    private AlertMatcherBench() {
    }

    public static void main(String[] args) {
        int searchCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int postingCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        RandomSearches random = new RandomSearches(42);
        List<SavedSearchIndex.Entry> searches = random.searches(searchCount);
        SavedSearchIndex index = new SavedSearchIndex();
        long buildStart = System.nanoTime();
        searches.forEach(index::put);
        long buildMs = (System.nanoTime() - buildStart) / 1_000_000;
        List<PostingFacts> postings = new ArrayList<>();
        for (int i = 0; i < postingCount; i++) {
            postings.add(random.posting());
        }
        // Warm-up, so both sides are measured compiled.
        for (int i = 0; i < 20; i++) {
            index.matching(postings.get(i % postingCount));
            SavedSearchIndex.scan(searches, postings.get(i % postingCount));
        }

        long indexedNanos = 0;
        long indexedMax = 0;
        long naiveNanos = 0;
        long matches = 0;
        for (PostingFacts posting : postings) {
            long start = System.nanoTime();
            List<SavedSearchIndex.Entry> found = index.matching(posting);
            long took = System.nanoTime() - start;
            indexedNanos += took;
            indexedMax = Math.max(indexedMax, took);
            start = System.nanoTime();
            List<SavedSearchIndex.Entry> scanned = SavedSearchIndex.scan(searches, posting);
            naiveNanos += System.nanoTime() - start;
            if (found.size() != scanned.size() || !found.containsAll(scanned)) {
                throw new IllegalStateException("index and scan disagree on " + posting);
            }
            matches += found.size();
        }
        double indexedMs = indexedNanos / 1e6 / postingCount;
        double naiveMs = naiveNanos / 1e6 / postingCount;
        System.out.printf("BENCH jobs.alerts searches=%d postings=%d indexed_ms=%.3f indexed_max_ms=%.3f naive_ms=%.3f "
                        + "ratio=%.1f matches_per_posting=%.1f index_build_ms=%d%n", searchCount, postingCount, indexedMs,
                indexedMax / 1e6, naiveMs, naiveMs / indexedMs, (double) matches / postingCount, buildMs);
    }
}
