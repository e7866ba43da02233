package org.pathway.jobposting.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.pathway.jobposting.posting.MissionTag;
import org.pathway.jobposting.posting.PostingFacts;
import org.pathway.jobposting.posting.PostingFilter;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;

/** Seeded saved searches and postings shaped like real ones: most fields left open, the rest from small domains. */
final class RandomSearches {

    private static final String[] CITIES = {"Chicago", "Boston", "Denver", "Seattle", "Atlanta", "Houston", "Omaha",
            "Portland", "Madison", "Albuquerque"};

    private final Random random;

    RandomSearches(long seed) {
        random = new Random(seed);
    }

    List<SavedSearchIndex.Entry> searches(int count) {
        List<SavedSearchIndex.Entry> searches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            searches.add(new SavedSearchIndex.Entry("s" + i, random.nextBoolean() ? "northbridge" : "lakeside",
                    "user-" + random.nextInt(count / 2 + 1), "search " + i, filter()));
        }
        return searches;
    }

    private static final String[] QUESTIONS = {"clinicalHalfDays", "educationFteMeaning", "scheduleControl",
            "promotionAndSalary", "lastPersonInRole"};

    PostingFilter filter() {
        return new PostingFilter(
                random.nextInt(10) < 8 ? pick(RoleType.values()) : null,
                random.nextBoolean() ? (double) (10 + 10 * random.nextInt(6)) : null,
                random.nextBoolean() ? 120_000L + 20_000L * random.nextInt(10) : null,
                random.nextInt(3) == 0 ? Boolean.TRUE : null,
                random.nextInt(4) == 0 ? pick(MissionTag.values()) : null,
                random.nextInt(4) == 0 ? pick(CITIES).toLowerCase() : null,
                random.nextInt(3) == 0 ? List.of(pick(TrainingKind.values())) : null,
                random.nextInt(4) == 0 ? (double) (4 * random.nextInt(6)) : null,
                random.nextInt(5) == 0 ? List.of(pick(QUESTIONS)) : null);
    }

    PostingFacts posting() {
        double max = 10 * random.nextInt(8);
        return new PostingFacts(pick(RoleType.values()), max, 140_000L + 10_000L * random.nextInt(20),
                random.nextBoolean(), random.nextBoolean() ? List.of(pick(MissionTag.values())) : List.of(),
                pick(CITIES) + ", US", random.nextBoolean() ? List.of() : List.of(pick(TrainingKind.values())),
                random.nextInt(3) == 0 ? null : (double) (4 * random.nextInt(6)),
                random.nextBoolean() ? List.of(QUESTIONS).subList(0, random.nextInt(QUESTIONS.length + 1)) : List.of());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
