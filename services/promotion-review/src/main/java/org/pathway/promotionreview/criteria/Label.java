package org.pathway.promotionreview.criteria;

import java.util.Objects;

/**
 * How a requirement names what it counts, in the singular and the plural, so a gap reads
 * "1 more peer-reviewed education product" and "2 more peer-reviewed education products".
 */
public record Label(String one, String many) {

    public Label {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(many, "many");
    }

    public String forCount(int count) {
        return count == 1 ? one : many;
    }
}
