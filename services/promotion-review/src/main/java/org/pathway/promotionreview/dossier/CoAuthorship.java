package org.pathway.promotionreview.dossier;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Detects a person among the authors of a dossier's frozen publications. Author lists arrive as citation strings in
 * whatever style the candidate typed ("Okafor A", "Okafor, Ines", "I. Okafor", "Ines Okafor"), so a person matches an
 * author when the family names are equal and the first initials agree, reading the author both family-first and
 * given-first. Deliberately generous: a false match costs a recusal the chair can see and work around, a missed one
 * a biased review. A name of one word identifies nobody and never matches.
 */
final class CoAuthorship {

    private static final Set<String> TITLES = Set.of("prof", "professor", "dr", "md", "phd", "mr", "ms", "mrs",
            "mph", "med", "do", "rn", "jr", "sr");

    private CoAuthorship() {
    }

    /** The first publication of {@code snapshot} that lists {@code personName} among its authors, if any. */
    static Optional<Snapshot.Item> publicationWith(String personName, Snapshot snapshot) {
        List<String> person = tokens(personName);
        if (person.size() < 2 || snapshot == null) {
            return Optional.empty();
        }
        String family = person.get(person.size() - 1);
        char initial = person.get(0).charAt(0);
        return snapshot.evidence().stream()
                .filter(item -> item.authors().stream().anyMatch(author -> sameAuthor(family, initial, author)))
                .findFirst();
    }

    private static boolean sameAuthor(String family, char initial, String author) {
        List<String> tokens = tokens(author);
        if (tokens.size() < 2) {
            return false;
        }
        boolean givenFirst = tokens.get(tokens.size() - 1).equals(family) && tokens.get(0).charAt(0) == initial;
        boolean familyFirst = tokens.get(0).equals(family) && tokens.get(1).charAt(0) == initial;
        return givenFirst || familyFirst;
    }

    private static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " ");
        return Arrays.stream(plain.trim().split("\\s+")).filter(t -> !t.isEmpty() && !TITLES.contains(t)).toList();
    }
}
