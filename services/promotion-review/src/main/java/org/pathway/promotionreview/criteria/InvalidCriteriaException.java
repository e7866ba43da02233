package org.pathway.promotionreview.criteria;

import java.util.List;

/** A criteria draft contradicts itself; carries every violation found, in field order. */
public class InvalidCriteriaException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCriteriaException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        StringBuilder text = new StringBuilder("invalid criteria:");
        for (Violation violation : violations) {
            text.append(' ').append(violation.path()).append(": ").append(violation.message()).append(';');
        }
        return text.toString();
    }
}
