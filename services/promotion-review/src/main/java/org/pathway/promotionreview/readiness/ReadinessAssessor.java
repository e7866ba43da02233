package org.pathway.promotionreview.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.EvidenceWeights;
import org.pathway.promotionreview.criteria.Requirement;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.ScoringThresholds;
import org.pathway.promotionreview.criteria.VenueLevel;

/**
 * One criteria version compiled for assessing many candidates. Immutable and thread-safe; every assessment walks the
 * candidate's evidence once. See READINESS.md for the model.
 */
public final class ReadinessAssessor {

    private static final int FIRST_YEAR = 1900;
    private static final Comparator<Convertible> CONVERTIBLE_ORDER = Comparator
            .comparing(Convertible::kind)
            .thenComparing(Convertible::evidenceId);

    private final Criteria criteria;
    private final List<Requirement> requirements;
    /** Per requirement, the matcher when it counts items one by one; null for the aggregate requirements. */
    private final ItemMatcher[] matchers;
    private final String[] descriptions;
    private final EvidenceWeights weights;
    private final ScoringThresholds thresholds;

    ReadinessAssessor(Criteria criteria) {
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.requirements = criteria.requirements();
        this.weights = criteria.weights();
        this.thresholds = criteria.thresholds();
        this.matchers = new ItemMatcher[requirements.size()];
        this.descriptions = new String[requirements.size()];
        for (int r = 0; r < matchers.length; r++) {
            Requirement requirement = requirements.get(r);
            descriptions[r] = describe(requirement);
            if (requirement instanceof Requirement.EvidenceCount count) {
                matchers[r] = ItemMatcher.of(count.filter());
            } else if (requirement instanceof Requirement.LeadershipRoles roles) {
                matchers[r] = ItemMatcher.ofRoles(roles.roles());
            }
        }
    }

    public Criteria criteria() {
        return criteria;
    }

    public ReadinessReport assess(CandidateEvidence candidate) {
        Tally tally = tally(candidate);
        int size = requirements.size();
        List<RequirementResult> results = new ArrayList<>(size);
        double[] fulfilment = new double[size];
        double coveredImportance = 0;
        double assessableImportance = 0;
        boolean allMet = true;
        int worstShortfall = 0;
        for (int r = 0; r < size; r++) {
            RequirementResult result = result(r, requirements.get(r), tally, candidate, fulfilment);
            results.add(result);
            if (result.outcome() == RequirementOutcome.DEFERRED) {
                continue;
            }
            assessableImportance += result.importance();
            coveredImportance += result.importance() * fulfilment[r];
            if (!result.met()) {
                allMet = false;
                worstShortfall = Math.max(worstShortfall, result.shortfall());
            }
        }
        // Validation guarantees some importance outside EXTERNAL_LETTERS, so the denominator is never 0.
        double coverage = coveredImportance / assessableImportance;

        List<SignalResult> signals = signals(tally);
        double strength = strength(signals);
        double share = thresholds.coverageSharePercent() / 100.0;
        double raw = share * 100 * coverage + (1 - share) * strength;

        ReadinessStatus status = allMet ? ReadinessStatus.READY
                : worstShortfall <= thresholds.borderlineShortfall() ? ReadinessStatus.BORDERLINE
                : ReadinessStatus.NOT_READY;
        int score = placeInBand(status, raw);

        return new ReadinessReport(candidate.facultyId(), criteria.institution(), criteria.track(),
                criteria.targetRank(), criteria.version(), status, score,
                new ScoreBreakdown(percent(coverage), (int) Math.round(strength), (int) Math.round(raw), signals),
                results, gaps(results, fulfilment), coherence(tally, candidate), convertibles(tally));
    }

    /** What one pass over the evidence found; everything else is arithmetic on it. */
    private final class Tally {
        final int[] found = new int[requirements.size()];
        final int[] foundFirstOrSenior = new int[requirements.size()];
        final List<List<String>> counted = new ArrayList<>(requirements.size());
        final BitSet teachingYears = new BitSet();
        final List<String> teachingIds = new ArrayList<>();
        int nationalPresence;
        final List<String> nationalIds = new ArrayList<>();
        int scholarship;
        int scholarshipOnNiche;
        int nicheProducts;
        int nationalWorkshopYears;
        boolean highQualityPaper;
        int directorRoles;
        double teachingHours;
        double strongTeachingHours;
        int awards;
        final List<EvidenceItem> curricula = new ArrayList<>();
        final List<EvidenceItem> directorItems = new ArrayList<>();
        final List<EvidenceItem> localNichePosters = new ArrayList<>();
        final Set<String> scholarshipThemes = new HashSet<>();

        Tally() {
            for (int r = 0; r < requirements.size(); r++) {
                counted.add(new ArrayList<>());
            }
        }
    }

    private Tally tally(CandidateEvidence candidate) {
        Tally tally = new Tally();
        Set<String> niche = candidate.niche();
        LocalDate asOf = candidate.asOf();
        for (EvidenceItem item : candidate.items()) {
            boolean onNiche = Tags.intersects(item.themes(), niche);
            for (int r = 0; r < matchers.length; r++) {
                ItemMatcher matcher = matchers[r];
                if (matcher != null && matcher.matches(item, onNiche)) {
                    tally.found[r]++;
                    tally.counted.get(r).add(item.id());
                    EvidenceItem.Scholarship facts = item.scholarship();
                    if (facts != null && facts.authorship() != null && facts.authorship().isFirstOrSenior()) {
                        tally.foundFirstOrSenior[r]++;
                    }
                }
            }
            switch (item.kind()) {
                case SCHOLARSHIP -> scholarship(tally, item, onNiche);
                case TEACHING -> teaching(tally, item);
                case LEADERSHIP -> leadership(tally, item, asOf);
                case AWARD -> {
                    if (item.award() != null && item.award().kind().isTeachingAward()) {
                        tally.awards++;
                    }
                }
                case CURRICULUM -> {
                    EvidenceItem.Curriculum facts = item.curriculum();
                    if (facts == null || !facts.disseminated()) {
                        tally.curricula.add(item);
                    }
                }
                case MENTORING -> {
                    // Counted only through requirements an institution writes for it.
                }
            }
        }
        return tally;
    }

    private void scholarship(Tally tally, EvidenceItem item, boolean onNiche) {
        tally.scholarship++;
        if (onNiche) {
            tally.scholarshipOnNiche++;
        }
        tally.scholarshipThemes.addAll(item.themes());
        EvidenceItem.Scholarship facts = item.scholarship();
        if (facts == null || facts.type() == null) {
            return;
        }
        ScholarshipType type = facts.type();
        boolean national = facts.venue() != null && facts.venue().isAtLeast(VenueLevel.NATIONAL);
        if (type.isEducationProduct() && facts.peerReviewed()) {
            if (onNiche) {
                tally.nicheProducts++;
            }
            if (national) {
                tally.highQualityPaper = true;
            }
        }
        if (type == ScholarshipType.WORKSHOP && national) {
            int years = Math.max(1, facts.nationalWorkshopYears());
            tally.nationalWorkshopYears += years;
            tally.nationalPresence += years;
            tally.nationalIds.add(item.id());
        } else if (type == ScholarshipType.INVITED_TALK && national) {
            tally.nationalPresence++;
            tally.nationalIds.add(item.id());
        } else if (type == ScholarshipType.POSTER && onNiche && !national && !facts.peerReviewed()) {
            tally.localNichePosters.add(item);
        }
    }

    private void teaching(Tally tally, EvidenceItem item) {
        markYears(tally.teachingYears, item.occurredOn(), item.endedOn() == null ? item.occurredOn() : item.endedOn());
        tally.teachingIds.add(item.id());
        EvidenceItem.Teaching facts = item.teaching();
        if (facts != null) {
            tally.teachingHours += facts.hours();
            if (facts.hasEvaluationAtLeast(thresholds.strongEvaluationPercent())) {
                tally.strongTeachingHours += facts.hours();
            }
        }
    }

    private void leadership(Tally tally, EvidenceItem item, LocalDate asOf) {
        EvidenceItem.Leadership facts = item.leadership();
        if (facts == null) {
            return;
        }
        if (facts.role().isCommitteeRole() && facts.level() != null && facts.level().isAtLeast(VenueLevel.NATIONAL)) {
            tally.nationalPresence++;
            tally.nationalIds.add(item.id());
        }
        if (facts.role().isMajorDirectorRole()) {
            tally.directorRoles++;
            tally.directorItems.add(item);
        }
        if (facts.role().isTeachingDirectorRole()) {
            LocalDate end = item.endedOn() != null ? item.endedOn()
                    : asOf.isAfter(item.occurredOn()) ? asOf : item.occurredOn();
            markYears(tally.teachingYears, item.occurredOn(), end);
            tally.teachingIds.add(item.id());
        }
    }

    private static void markYears(BitSet years, LocalDate from, LocalDate to) {
        int first = Math.max(from.getYear(), FIRST_YEAR) - FIRST_YEAR;
        int last = Math.max(to.getYear(), FIRST_YEAR) - FIRST_YEAR;
        years.set(first, last + 1);
    }

    private RequirementResult result(int r, Requirement requirement, Tally tally, CandidateEvidence candidate,
                                     double[] fulfilment) {
        int needed = requirement.atLeast();
        int found;
        int firstOrSenior = 0;
        int neededFirstOrSenior = 0;
        List<String> ids;
        if (requirement instanceof Requirement.EvidenceCount count) {
            found = tally.found[r];
            firstOrSenior = tally.foundFirstOrSenior[r];
            neededFirstOrSenior = count.atLeastFirstOrSenior();
            ids = tally.counted.get(r);
        } else if (requirement instanceof Requirement.LeadershipRoles) {
            found = tally.found[r];
            ids = tally.counted.get(r);
        } else if (requirement instanceof Requirement.SustainedTeaching) {
            found = tally.teachingYears.cardinality();
            ids = tally.teachingIds;
        } else if (requirement instanceof Requirement.NationalPresence) {
            found = tally.nationalPresence;
            ids = tally.nationalIds;
        } else {
            if (candidate.externalLetters().isEmpty()) {
                fulfilment[r] = 0;
                return new RequirementResult(requirement.id(), requirement.type(), descriptions[r],
                        RequirementOutcome.DEFERRED, 0, needed, 0, 0, 0, requirement.importance(), 0, List.of());
            }
            found = candidate.externalLetters().getAsInt();
            ids = List.of();
        }
        if (!(requirement instanceof Requirement.EvidenceCount)) {
            firstOrSenior = 0;
        }
        double share = Math.min(1.0, (double) found / needed);
        if (neededFirstOrSenior > 0) {
            share = (share + Math.min(1.0, (double) firstOrSenior / neededFirstOrSenior)) / 2;
        }
        fulfilment[r] = share;
        int shortfall = Math.max(0, Math.max(needed - found, neededFirstOrSenior - firstOrSenior));
        RequirementOutcome outcome = shortfall == 0 ? RequirementOutcome.MET : RequirementOutcome.UNMET;
        return new RequirementResult(requirement.id(), requirement.type(), descriptions[r], outcome, found,
                needed, firstOrSenior, neededFirstOrSenior, shortfall, requirement.importance(), percent(share), ids);
    }

    private static String describe(Requirement requirement) {
        String text = "at least " + requirement.atLeast() + " " + requirement.label().forCount(requirement.atLeast());
        if (requirement instanceof Requirement.EvidenceCount count && count.atLeastFirstOrSenior() > 0) {
            text += ", " + count.atLeastFirstOrSenior() + " as first or senior author";
        }
        return text;
    }

    private List<SignalResult> signals(Tally tally) {
        List<SignalResult> signals = new ArrayList<>(Signal.values().length);
        int series = thresholds.coherentSeriesSize();
        signals.add(new SignalResult(Signal.COHERENT_SERIES, weights.coherentSeries(),
                tally.nicheProducts >= series ? 100 : 0,
                tally.nicheProducts + " peer-reviewed education products on the niche; a series takes " + series));
        int workshopYears = thresholds.nationalWorkshopYears();
        signals.add(new SignalResult(Signal.NATIONAL_WORKSHOP_FACULTY, weights.nationalWorkshopFaculty(),
                percent(Math.min(1.0, (double) tally.nationalWorkshopYears / workshopYears)),
                tally.nationalWorkshopYears + " years as national workshop faculty; full weight at " + workshopYears));
        signals.add(new SignalResult(Signal.HIGH_QUALITY_PAPER, weights.highQualityPaper(),
                tally.highQualityPaper ? 100 : 0, tally.highQualityPaper
                ? "a peer-reviewed education product at a national or international venue"
                : "no peer-reviewed education product at a national or international venue"));
        signals.add(new SignalResult(Signal.MAJOR_DIRECTOR_ROLE, weights.majorDirectorRole(),
                tally.directorRoles > 0 ? 100 : 0, tally.directorRoles + " education director roles"));
        signals.add(new SignalResult(Signal.LECTURES_WITH_STRONG_EVALUATIONS, weights.lecturesWithStrongEvaluations(),
                percent(teachingCredit(tally)), formatHours(tally.teachingHours) + " teaching hours, "
                + formatHours(tally.strongTeachingHours) + " with strong evaluations"));
        signals.add(new SignalResult(Signal.TEACHING_AWARD, weights.teachingAward(), tally.awards > 0 ? 100 : 0,
                tally.awards + " teaching awards"));
        return List.copyOf(signals);
    }

    /**
     * Steeply diminishing: every {@code teachingHalfHours} hours halve what more teaching can add. Hours with strong
     * evaluations count fully, others half, so evaluations support the teaching signal but never carry it.
     */
    private double teachingCredit(Tally tally) {
        return 1 - Math.pow(2, -effectiveHours(tally) / thresholds.teachingHalfHours());
    }

    private static double effectiveHours(Tally tally) {
        return tally.strongTeachingHours + (tally.teachingHours - tally.strongTeachingHours) / 2;
    }

    /**
     * Strongest signal first, each next one worth {@code supportingSignalPercent} of the one before: breadth helps,
     * but piling up supporting evidence cannot stand in for one strong line of work.
     */
    private double strength(List<SignalResult> signals) {
        double[] values = new double[signals.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = signals.get(i).weight() * exactCredit(signals.get(i));
        }
        Arrays.sort(values);
        double factor = 1;
        double sum = 0;
        double decay = thresholds.supportingSignalPercent() / 100.0;
        for (int i = values.length - 1; i >= 0; i--) {
            sum += values[i] * factor;
            factor *= decay;
        }
        return Math.min(100, sum);
    }

    // Signals carry rounded percents for display; strength uses the same rounded credit so the report explains itself.
    private static double exactCredit(SignalResult signal) {
        return signal.creditPercent() / 100.0;
    }

    private int placeInBand(ReadinessStatus status, double raw) {
        int low;
        int high;
        switch (status) {
            case READY -> {
                low = thresholds.readyFloor();
                high = 100;
            }
            case BORDERLINE -> {
                low = thresholds.borderlineFloor();
                high = thresholds.readyFloor() - 1;
            }
            default -> {
                low = 0;
                high = thresholds.borderlineFloor() - 1;
            }
        }
        return low + (int) Math.round(raw * (high - low) / 100);
    }

    private List<Gap> gaps(List<RequirementResult> results, double[] fulfilment) {
        List<Integer> unmet = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            if (results.get(r).outcome() == RequirementOutcome.UNMET) {
                unmet.add(r);
            }
        }
        // The gap that costs the most coverage first; criteria order breaks ties.
        unmet.sort(Comparator.<Integer>comparingDouble(r -> -results.get(r).importance() * (1 - fulfilment[r]))
                .thenComparingInt(r -> r));
        List<Gap> gaps = new ArrayList<>(unmet.size());
        for (int r : unmet) {
            RequirementResult result = results.get(r);
            gaps.add(new Gap(result.requirementId(), result.shortfall(), gapText(requirements.get(r), result)));
        }
        return gaps;
    }

    private static String gapText(Requirement requirement, RequirementResult result) {
        int total = result.shortfall();
        String text = total + " more " + requirement.label().forCount(total);
        int authorship = Math.max(0, result.neededFirstOrSenior() - result.foundFirstOrSenior());
        if (authorship == 0) {
            return text;
        }
        if (authorship == total) {
            return total == 1 ? text + " as first or senior author" : text + ", all as first or senior author";
        }
        return text + ", at least " + authorship + " as first or senior author";
    }

    private static Coherence coherence(Tally tally, CandidateEvidence candidate) {
        int share = tally.scholarship == 0 ? 0
                : (int) ((tally.scholarshipOnNiche * 200L + tally.scholarship) / (2L * tally.scholarship));
        String summary;
        if (candidate.niche().isEmpty()) {
            summary = "No education niche recorded: coherence cannot be judged until you name the theme your "
                    + "scholarship builds on.";
        } else if (tally.scholarship == 0) {
            summary = "No scholarship recorded yet.";
        } else {
            summary = tally.scholarshipOnNiche + " of " + tally.scholarship + " scholarship items build on your niche ("
                    + share + "%).";
        }
        return new Coherence(tally.scholarshipOnNiche, tally.scholarship, share, summary);
    }

    private static List<Convertible> convertibles(Tally tally) {
        List<Convertible> convertibles = new ArrayList<>();
        for (EvidenceItem item : tally.curricula) {
            convertibles.add(new Convertible(item.id(), item.title(), ConvertibleKind.CURRICULUM_NOT_DISSEMINATED,
                    curriculumSuggestion(item)));
        }
        for (EvidenceItem item : tally.directorItems) {
            if (!Tags.intersects(item.themes(), tally.scholarshipThemes)) {
                convertibles.add(new Convertible(item.id(), item.title(), ConvertibleKind.DIRECTOR_ROLE_WITHOUT_STUDY,
                        "'" + item.title() + "' has no study attached: pre-specify outcomes, build the evaluation "
                                + "in, present it nationally and publish it."));
            }
        }
        for (EvidenceItem item : tally.localNichePosters) {
            convertibles.add(new Convertible(item.id(), item.title(), ConvertibleKind.LOCAL_WORK_ON_NICHE,
                    "'" + item.title() + "' builds on your niche but stayed local: take it to a national meeting "
                            + "and write it up for peer review."));
        }
        // Items arrive sorted by id, so sorting by kind then id is stable and total.
        convertibles.sort(CONVERTIBLE_ORDER);
        return convertibles;
    }

    private static String curriculumSuggestion(EvidenceItem item) {
        EvidenceItem.Curriculum facts = item.curriculum();
        boolean outcomes = facts != null && facts.outcomesPreSpecified();
        boolean evaluated = facts != null && facts.evaluated();
        String title = "'" + item.title() + "'";
        if (outcomes && evaluated) {
            return title + " has pre-specified outcomes and evaluation data but was never disseminated: write it up "
                    + "for MedEdPORTAL or a peer-reviewed journal and present it nationally.";
        }
        if (evaluated) {
            return title + " has evaluation data but was never disseminated: state the outcomes it answers, then "
                    + "write it up and present it nationally.";
        }
        if (outcomes) {
            return title + " has pre-specified outcomes: collect the evaluation data, then present and publish it.";
        }
        return title + " counts as service until it is studied: pre-specify outcomes and build in an evaluation so "
                + "it can be published.";
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }

    private static String formatHours(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }
}
