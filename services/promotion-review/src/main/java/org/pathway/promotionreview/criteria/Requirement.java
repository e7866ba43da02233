package org.pathway.promotionreview.criteria;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One explicit, typed expectation of a criteria version ("3 peer-reviewed education products on the niche, 2 as first or
 * senior author"). {@code importance} (0–100) is the requirement's share of the coverage part of the score; {@code atLeast}
 * is what must be found. Instances are only trusted once they are part of a validated {@link Criteria}.
 */
public sealed interface Requirement {

    String id();

    Label label();

    int importance();

    int atLeast();

    RequirementType type();

    record EvidenceCount(String id, Label label, int importance, EvidenceFilter filter, int atLeast,
                         int atLeastFirstOrSenior) implements Requirement {
        @Override
        public RequirementType type() {
            return RequirementType.EVIDENCE_COUNT;
        }
    }

    /** {@code atLeast} is a number of distinct calendar years. */
    record SustainedTeaching(String id, Label label, int importance, int atLeast) implements Requirement {
        @Override
        public RequirementType type() {
            return RequirementType.SUSTAINED_TEACHING;
        }
    }

    record LeadershipRoles(String id, Label label, int importance, Set<LeadershipRole> roles, int atLeast)
            implements Requirement {
        public LeadershipRoles {
            EnumSet<LeadershipRole> copy = EnumSet.noneOf(LeadershipRole.class);
            copy.addAll(roles);
            roles = Collections.unmodifiableSet(copy);
        }

        @Override
        public RequirementType type() {
            return RequirementType.LEADERSHIP_ROLES;
        }
    }

    record NationalPresence(String id, Label label, int importance, int atLeast) implements Requirement {
        @Override
        public RequirementType type() {
            return RequirementType.NATIONAL_PRESENCE;
        }
    }

    record ExternalLetters(String id, Label label, int importance, int atLeast) implements Requirement {
        @Override
        public RequirementType type() {
            return RequirementType.EXTERNAL_LETTERS;
        }
    }
}
