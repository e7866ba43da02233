package org.pathway.promotionreview.readiness;

/** Work that could become scholarship, in the order a report lists it. */
public enum ConvertibleKind {
    /** A curriculum project never written up or presented: service today, scholarship once disseminated. */
    CURRICULUM_NOT_DISSEMINATED,
    /** A director role with no scholarship sharing its theme: the role is a study waiting to be designed. */
    DIRECTOR_ROLE_WITHOUT_STUDY,
    /** A local or regional poster on the niche that never went further. */
    LOCAL_WORK_ON_NICHE
}
