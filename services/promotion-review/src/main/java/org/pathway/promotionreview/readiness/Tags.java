package org.pathway.promotionreview.readiness;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Niche and theme tags compare case- and spacing-insensitively. Normalizing once when a value is built keeps the
 * engine's hot loop to plain set lookups (no regex, no lower-casing per comparison).
 */
final class Tags {

    private Tags() {
    }

    /** Sorted, so anything printed from a tag set reads the same on every run. */
    static Set<String> normalize(Collection<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        TreeSet<String> normalized = new TreeSet<>();
        for (String tag : tags) {
            if (tag == null) {
                continue;
            }
            String value = collapseWhitespace(tag.strip().toLowerCase(Locale.ROOT));
            if (!value.isEmpty()) {
                normalized.add(value);
            }
        }
        return Collections.unmodifiableSet(normalized);
    }

    private static String collapseWhitespace(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
            } else {
                out.append(c);
                lastWasSpace = false;
            }
        }
        return out.toString();
    }

    static boolean intersects(Set<String> left, Set<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        Set<String> small = left.size() <= right.size() ? left : right;
        Set<String> large = small == left ? right : left;
        for (String tag : small) {
            if (large.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
