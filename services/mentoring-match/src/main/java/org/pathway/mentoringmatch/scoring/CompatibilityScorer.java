package org.pathway.mentoringmatch.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Explainable compatibility of a mentee's request with a mentor (pure: no I/O, no clock of its own). Every factor
 * contributes integer points from {@link ScoringWeights} and says why in words; hard constraints (the mentor paused,
 * full, not accepting the kind, no consent on both sides to an external match, no conversation slot for an advice
 * conversation, the mentee themselves) make the pair ineligible and are listed as blockers.
 */
public final class CompatibilityScorer {

    private final ScoringWeights weights;
    private final Duration conversationLength;
    private final Duration horizon;

    public CompatibilityScorer(ScoringWeights weights, Duration conversationLength, Duration horizon) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.conversationLength = Objects.requireNonNull(conversationLength, "conversationLength");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
    }

    public Compatibility score(MenteeFacts mentee, MentorFacts mentor, Instant now) {
        List<Factor> factors = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        boolean external = !Objects.equals(mentee.institution(), mentor.institution());

        if (!external && Objects.equals(mentee.userId(), mentor.userId())) {
            blockers.add("this is the mentee themselves");
        }
        if (mentor.paused()) {
            blockers.add("the mentor has paused mentoring");
        }
        if (mentor.freeSlots() <= 0) {
            blockers.add("the mentor has no free capacity");
        }

        factors.add(niche(mentee, mentor));
        factors.add(targetRole(mentee, mentor));
        factors.add(careerStage(mentee, mentor));
        factors.add(institution(mentee, mentor, external, blockers));
        factors.add(kind(mentee, mentor, blockers));
        factors.add(availability(mentee, mentor, now, blockers));
        factors.add(readiness(mentee, mentor));

        int score = factors.stream().mapToInt(Factor::points).sum();
        return new Compatibility(score, factors, blockers);
    }

    private Factor niche(MenteeFacts mentee, MentorFacts mentor) {
        Set<String> mentorTags = mentor.nicheTags().stream().map(CompatibilityScorer::normal).collect(Collectors.toSet());
        Set<String> shared = new TreeSet<>();
        for (String tag : mentee.nicheTags()) {
            if (mentorTags.contains(normal(tag))) {
                shared.add(tag.strip());
            }
        }
        if (shared.isEmpty()) {
            return new Factor("niche", 0, "no niche in common");
        }
        int points = Math.min(weights.nicheCap(), shared.size() * weights.perSharedNiche());
        return new Factor("niche", points, "shares your niche" + (shared.size() > 1 ? "s " : " ")
                + String.join(", ", shared) + " (+" + points + ")");
    }

    private Factor targetRole(MenteeFacts mentee, MentorFacts mentor) {
        Set<EducationRole> held = new TreeSet<>(mentee.targetRoles());
        held.retainAll(mentor.roles());
        if (mentee.targetRoles().isEmpty()) {
            return new Factor("targetRole", 0, "no target role stated");
        }
        if (held.isEmpty()) {
            return new Factor("targetRole", 0, "holds none of the roles you are aiming for");
        }
        return new Factor("targetRole", weights.targetRole(), "holds " + words(held)
                + ", a role you are aiming for (+" + weights.targetRole() + ")");
    }

    private Factor careerStage(MenteeFacts mentee, MentorFacts mentor) {
        if (mentee.rank() == null || mentor.rank() == null) {
            return new Factor("careerStage", 0, "career stage unknown on one side");
        }
        int distance = mentor.rank().ordinal() - mentee.rank().ordinal();
        if (distance <= 0) {
            return new Factor("careerStage", 0, "at or below your rank (" + words(mentor.rank()) + ")");
        }
        if (distance <= 2) {
            return new Factor("careerStage", weights.careerStageAhead(), words(mentor.rank()) + ", " + distance
                    + (distance == 1 ? " rank" : " ranks") + " ahead of you: near enough to remember the step (+"
                    + weights.careerStageAhead() + ")");
        }
        return new Factor("careerStage", weights.careerStageFar(), words(mentor.rank()) + ", " + distance
                + " ranks ahead of you (+" + weights.careerStageFar() + ")");
    }

    private Factor institution(MenteeFacts mentee, MentorFacts mentor, boolean external, List<String> blockers) {
        if (!external) {
            return new Factor("institution", weights.sameInstitution(),
                    "same institution: knows the local criteria and people (+" + weights.sameInstitution() + ")");
        }
        if (!mentee.openToExternal()) {
            blockers.add("the mentee did not ask for mentors from other institutions");
        }
        if (!mentor.acceptsExternal()) {
            blockers.add("the mentor does not accept mentees from other institutions");
        }
        boolean presence = (mentee.rank() != null && mentee.rank().buildsNationalPresence())
                || mentee.kind() == RequestKind.SPONSORSHIP || mentee.kind() == RequestKind.PROMOTION_COACHING;
        if (presence) {
            return new Factor("institution", weights.externalPresence(),
                    "from another institution: helps build national presence (+" + weights.externalPresence() + ")");
        }
        return new Factor("institution", 0, "from another institution");
    }

    private Factor kind(MenteeFacts mentee, MentorFacts mentor, List<String> blockers) {
        if (mentee.kind() == null || !mentor.acceptedKinds().contains(mentee.kind())) {
            blockers.add("the mentor does not accept " + (mentee.kind() == null ? "this kind" : mentee.kind().words()));
            return new Factor("kind", 0, "does not accept " + (mentee.kind() == null ? "this kind" : mentee.kind().words()));
        }
        return new Factor("kind", weights.kindAccepted(), "accepts " + mentee.kind().words()
                + " (+" + weights.kindAccepted() + ")");
    }

    private Factor availability(MenteeFacts mentee, MentorFacts mentor, Instant now, List<String> blockers) {
        Instant until = now.plus(horizon);
        boolean fits = mentor.availability().stream()
                .map(window -> new TimeWindow(later(window.start(), now), earlier(window.end(), until)))
                .anyMatch(window -> window.fits(conversationLength));
        if (fits) {
            return new Factor("availability", weights.availability(), "has time for a conversation in the next "
                    + horizon.toDays() + " days (+" + weights.availability() + ")");
        }
        if (mentee.kind() == RequestKind.ADVICE_CONVERSATION) {
            blockers.add("the mentor has no availability window for a conversation in the next " + horizon.toDays()
                    + " days");
        }
        return new Factor("availability", 0, "no availability stated in the next " + horizon.toDays() + " days");
    }

    private Factor readiness(MenteeFacts mentee, MentorFacts mentor) {
        if (mentee.readinessGaps().isEmpty()) {
            return new Factor("readiness", 0, "no readiness gaps known");
        }
        if (mentee.readinessGaps().contains("SCHOLARSHIP") && mentor.roles().contains(EducationRole.MED_ED_SCHOLAR)) {
            return new Factor("readiness", weights.scholarshipGap(), "an education scholar, for your scholarship gap (+"
                    + weights.scholarshipGap() + ")");
        }
        return new Factor("readiness", 0, "not a match for your readiness gaps");
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || a.isBefore(b) ? b : a;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || a.isAfter(b) ? b : a;
    }

    private static String normal(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }

    private static String words(Set<EducationRole> roles) {
        return roles.stream().map(CompatibilityScorer::words).collect(Collectors.joining(", "));
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
