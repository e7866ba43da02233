package org.pathway.jobposting.candidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.pathway.jobposting.posting.PayRange;
import org.pathway.jobposting.posting.PercentRange;
import org.pathway.jobposting.posting.PostingView;
import org.pathway.jobposting.posting.TrainingKind;

/**
 * How well a posting fits a candidate's targets, with the reasons in words. Pure: the caller supplies the candidate
 * projection (may be absent) and the minimum income (private to the portfolio, so passed per request).
 *
 * <p>Five criteria, each worth points: clinical share against the target range (35), pay against the minimum income
 * (25), formal training held against required/preferred (20), the education niche against the posting's words (10),
 * the role among the candidate's target roles (10). A criterion the candidate gave no target for is left out of the
 * score (and said so), so a sparse profile is not punished by criteria it never stated.
 */
final class FitRanker {

    static final int CLINICAL = 35;
    static final int PAY = 25;
    static final int TRAINING = 20;
    static final int NICHE = 10;
    static final int ROLE = 10;

    private FitRanker() {
    }

    static FitRank rank(Candidate candidate, Long minimumIncome, PostingView posting) {
        Score score = new Score();
        clinical(candidate, posting.clinicalShare(), score);
        pay(minimumIncome, posting.compensation(), score);
        training(candidate, posting, score);
        niche(candidate, posting, score);
        role(candidate, posting, score);
        return new FitRank(score.percent(), List.copyOf(score.reasons));
    }

    private static void clinical(Candidate candidate, PercentRange share, Score score) {
        Candidate.Range target = candidate == null ? null : candidate.targetClinicalShare();
        if (target == null) {
            score.reasons.add("no target clinical share in your profile; clinical time " + share.text() + " not weighed");
            return;
        }
        String targetText = new PercentRange(target.min(), target.max()).text();
        if (share.min() >= target.min() && share.max() <= target.max()) {
            score.add(CLINICAL, CLINICAL, "clinical time " + share.text() + " sits inside your target " + targetText);
        } else if (share.max() < target.min()) {
            double gap = target.min() - share.max();
            score.add(CLINICAL * Math.max(0, 1 - gap / 30), CLINICAL, "clinical time " + share.text() + " is "
                    + points(gap) + " below your target " + targetText);
        } else if (share.min() > target.max()) {
            double gap = share.min() - target.max();
            score.add(CLINICAL * Math.max(0, 1 - gap / 30), CLINICAL, "clinical time " + share.text() + " is "
                    + points(gap) + " above your target " + targetText);
        } else {
            double width = Math.max(share.max() - share.min(), 1);
            double overlap = Math.min(share.max(), target.max()) - Math.max(share.min(), target.min());
            score.add(CLINICAL * Math.max(0.5, overlap / width), CLINICAL, "clinical time " + share.text()
                    + " overlaps your target " + targetText);
        }
    }

    private static void pay(Long minimumIncome, PayRange pay, Score score) {
        if (minimumIncome == null) {
            score.reasons.add("no minimum income given; pay " + pay.text() + " not weighed");
            return;
        }
        String minimum = "%,d".formatted(minimumIncome);
        if (pay.min() >= minimumIncome) {
            score.add(PAY, PAY, "pay " + pay.text() + " meets your minimum " + minimum);
        } else if (pay.max() >= minimumIncome) {
            score.add(PAY * 0.6, PAY, "pay " + pay.text() + " reaches your minimum " + minimum + " only in its upper part");
        } else {
            score.add(0, PAY, "pay tops out at %,d %s, below your minimum %s".formatted(pay.max(), pay.currency(), minimum));
        }
    }

    private static void training(Candidate candidate, PostingView posting, Score score) {
        Set<TrainingKind> held = candidate == null ? Set.of() : candidate.trainingHeld();
        Set<TrainingKind> inProgress = candidate == null ? Set.of() : candidate.trainingInProgress();
        List<TrainingKind> required = posting.training().required();
        List<TrainingKind> preferred = posting.training().preferred();
        double earned;
        String reason;
        if (required.isEmpty()) {
            earned = TRAINING * 0.8;
            reason = "no formal education training required";
        } else if (required.stream().anyMatch(held::contains)) {
            earned = TRAINING * 0.8;
            reason = "you hold required training (" + names(required.stream().filter(held::contains).toList()) + ")";
        } else if (required.stream().anyMatch(inProgress::contains)) {
            earned = TRAINING * 0.4;
            reason = "requires " + names(required) + "; yours is in progress ("
                    + names(required.stream().filter(inProgress::contains).toList()) + ")";
        } else {
            earned = 0;
            reason = "requires " + names(required) + ", which your profile does not list";
        }
        List<TrainingKind> preferredHeld = preferred.stream().filter(held::contains).toList();
        if (!preferredHeld.isEmpty()) {
            earned += TRAINING * 0.2;
            reason += "; you hold preferred " + names(preferredHeld);
        } else if (preferred.isEmpty()) {
            earned += TRAINING * 0.2;
        } else {
            reason += "; preferred " + names(preferred) + " not in your profile";
        }
        score.add(earned, TRAINING, reason);
    }

    private static void niche(Candidate candidate, PostingView posting, Score score) {
        Set<String> terms = nicheTerms(candidate);
        if (terms.isEmpty()) {
            score.reasons.add("no education niche in your profile; not weighed");
            return;
        }
        String text = posting.searchableText().toLowerCase(Locale.ROOT);
        List<String> hits = terms.stream().filter(text::contains).toList();
        if (hits.isEmpty()) {
            score.add(0, NICHE, "the posting does not mention your niche (" + String.join(", ", terms) + ")");
        } else {
            score.add(NICHE * Math.min(1.0, hits.size() / 2.0), NICHE,
                    "the posting mentions your niche: " + String.join(", ", hits));
        }
    }

    private static void role(Candidate candidate, PostingView posting, Score score) {
        if (candidate == null || candidate.targetRoles() == null || candidate.targetRoles().isEmpty()) {
            score.reasons.add("no target roles in your profile; not weighed");
        } else if (candidate.targetRoles().contains(posting.roleType())) {
            score.add(ROLE, ROLE, posting.roleLabel() + " is one of your target roles");
        } else {
            score.add(0, ROLE, posting.roleLabel() + " is not among your target roles");
        }
    }

    /** The niche's tags as phrases, plus the theme's longer words (short ones match everywhere). */
    static Set<String> nicheTerms(Candidate candidate) {
        Set<String> terms = new LinkedHashSet<>();
        if (candidate == null) {
            return terms;
        }
        if (candidate.nicheTags() != null) {
            candidate.nicheTags().stream().filter(tag -> tag != null && !tag.isBlank())
                    .map(tag -> tag.strip().toLowerCase(Locale.ROOT)).forEach(terms::add);
        }
        if (candidate.nicheTheme() != null) {
            for (String word : candidate.nicheTheme().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 6) {
                    terms.add(word);
                }
            }
        }
        return terms;
    }

    private static String names(List<TrainingKind> kinds) {
        return kinds.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    private static String points(double gap) {
        return (gap == Math.rint(gap) ? Long.toString((long) gap) : Double.toString(gap)) + " points";
    }

    private static final class Score {
        private double earned;
        private double possible;
        private final List<String> reasons = new ArrayList<>();

        void add(double points, double outOf, String reason) {
            earned += points;
            possible += outOf;
            reasons.add(reason);
        }

        int percent() {
            return possible == 0 ? 0 : (int) Math.round(100 * earned / possible);
        }
    }

    /** @param score 0–100 over the criteria the candidate gave targets for */
    record FitRank(int score, List<String> reasons) {
    }
}
