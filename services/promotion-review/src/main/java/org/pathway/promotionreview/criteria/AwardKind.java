package org.pathway.promotionreview.criteria;

/** Award kinds as the portfolio publishes them ({@code portfolio.activities} v1). */
public enum AwardKind {
    STUDENT_VOTED_TEACHING, INSTITUTIONAL_TEACHING, EDUCATION_SOCIETY, SCHOLARSHIP, OTHER;

    /** The "teaching award" of DOMAIN.md's evidence weights. */
    public boolean isTeachingAward() {
        return this == STUDENT_VOTED_TEACHING || this == INSTITUTIONAL_TEACHING;
    }
}
