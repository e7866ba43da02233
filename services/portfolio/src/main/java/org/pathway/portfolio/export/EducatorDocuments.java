package org.pathway.portfolio.export;

import static org.pathway.portfolio.export.Labels.joined;
import static org.pathway.portfolio.export.Labels.number;
import static org.pathway.portfolio.export.Labels.of;
import static org.pathway.portfolio.export.Labels.period;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.pathway.portfolio.activity.ActivityKind;
import org.pathway.portfolio.activity.ActivityView;
import org.pathway.portfolio.activity.AwardKind;
import org.pathway.portfolio.activity.ScholarshipType;
import org.pathway.portfolio.profile.AdminProfileView;
import org.pathway.portfolio.profile.FormalTraining;

/**
 * The two documents an educator hands to a committee, built from the shareable profile (which has no field for the
 * minimum income or the energy audit, so neither can print) and the current activities, newest first.
 * <ul>
 * <li>The med-ed CV puts teaching, curriculum and program development, educational leadership and education
 * scholarship first (DOMAIN.md).</li>
 * <li>The educator portfolio sorts the same evidence into the five domains: teaching, curriculum development,
 * advising/mentoring, educational leadership/administration and learner assessment.</li>
 * </ul>
 */
final class EducatorDocuments {

    /** Products of scholarship that belong to one domain; the others are listed across domains. */
    private static final Set<ScholarshipType> TEACHING_PRODUCTS = EnumSet.of(ScholarshipType.WORKSHOP,
            ScholarshipType.INVITED_TALK);
    private static final Set<ScholarshipType> CURRICULUM_PRODUCTS = EnumSet.of(ScholarshipType.SIMULATION_CURRICULUM,
            ScholarshipType.MEDEDPORTAL_PUBLICATION, ScholarshipType.PROGRAM_EVALUATION);
    private static final Set<ScholarshipType> ASSESSMENT_PRODUCTS = EnumSet.of(ScholarshipType.ASSESSMENT_TOOL);
    private static final Set<ScholarshipType> PEER_REVIEWED_FORMS = EnumSet.of(ScholarshipType.PEER_REVIEWED_ARTICLE,
            ScholarshipType.MEDEDPORTAL_PUBLICATION, ScholarshipType.ASSESSMENT_TOOL,
            ScholarshipType.PROGRAM_EVALUATION, ScholarshipType.QUALITATIVE_STUDY,
            ScholarshipType.SIMULATION_CURRICULUM);
    private static final Set<AwardKind> TEACHING_AWARDS = EnumSet.of(AwardKind.STUDENT_VOTED_TEACHING,
            AwardKind.INSTITUTIONAL_TEACHING);
    /** Words in a committee's scope that make the role part of learner assessment (e.g. clinical competency committee). */
    private static final List<String> ASSESSMENT_WORDS = List.of("competency", "assessment", "milestone");

    private EducatorDocuments() {
    }

    static Sheet cv(AdminProfileView profile, List<ActivityView> activities) {
        Entries entries = new Entries(activities);
        List<Sheet.Section> sections = new ArrayList<>();
        sections.add(focus(profile));
        sections.add(training(profile));
        sections.add(section("Teaching", teachingSummary(activities), entries, activities, kind(ActivityKind.TEACHING)));
        sections.add(section("Curriculum and program development", null, entries, activities,
                kind(ActivityKind.CURRICULUM)));
        sections.add(section("Educational leadership and administration", null, entries, activities,
                kind(ActivityKind.LEADERSHIP)));
        sections.add(section("Education scholarship: peer-reviewed products", null, entries, activities,
                products(PEER_REVIEWED_FORMS)));
        sections.add(section("Education scholarship: presentations, posters and workshops", null, entries, activities,
                kind(ActivityKind.SCHOLARSHIP).and(products(PEER_REVIEWED_FORMS).negate())));
        sections.add(section("Advising and mentoring", null, entries, activities, kind(ActivityKind.MENTORING)));
        sections.add(section("Honors and awards", null, entries, activities, kind(ActivityKind.AWARD)));
        return new Sheet("Medical Education Curriculum Vitae", header(profile), sections);
    }

    static Sheet portfolio(AdminProfileView profile, List<ActivityView> activities) {
        Entries entries = new Entries(activities);
        Predicate<ActivityView> assessmentRole = kind(ActivityKind.LEADERSHIP).and(EducatorDocuments::mentionsAssessment);
        Predicate<ActivityView> teaching = kind(ActivityKind.TEACHING).or(products(TEACHING_PRODUCTS))
                .or(awards(TEACHING_AWARDS));
        Predicate<ActivityView> curriculum = kind(ActivityKind.CURRICULUM).or(products(CURRICULUM_PRODUCTS));
        Predicate<ActivityView> assessment = products(ASSESSMENT_PRODUCTS).or(assessmentRole);
        Predicate<ActivityView> leadership = kind(ActivityKind.LEADERSHIP).and(assessmentRole.negate());
        Predicate<ActivityView> mentoring = kind(ActivityKind.MENTORING);
        Predicate<ActivityView> placed = teaching.or(curriculum).or(assessment).or(leadership).or(mentoring);
        List<Sheet.Section> sections = new ArrayList<>();
        sections.add(focus(profile));
        sections.add(section("1. Teaching", teachingSummary(activities), entries, activities, teaching));
        sections.add(section("2. Curriculum development", null, entries, activities, curriculum));
        sections.add(section("3. Advising and mentoring", null, entries, activities, mentoring));
        sections.add(section("4. Educational leadership and administration", null, entries, activities, leadership));
        sections.add(section("5. Learner assessment", null, entries, activities, assessment));
        sections.add(section("Education scholarship across domains", null, entries, activities,
                kind(ActivityKind.SCHOLARSHIP).and(placed.negate())));
        sections.add(section("Other honors and awards", null, entries, activities,
                kind(ActivityKind.AWARD).and(placed.negate())));
        sections.add(training(profile));
        return new Sheet("Educator Portfolio", header(profile), sections);
    }

    private static List<String> header(AdminProfileView profile) {
        List<String> header = new ArrayList<>();
        header.add(profile.name() == null || profile.name().isBlank() ? profile.userId() : profile.name());
        header.add(joined(of(profile.rank()), of(profile.track())));
        header.add(joined(profile.department(), profile.specialty(), profile.institution()));
        header.add(profile.email());
        return header.stream().filter(line -> line != null && !line.isBlank()).toList();
    }

    private static Sheet.Section focus(AdminProfileView profile) {
        List<Sheet.Entry> entries = new ArrayList<>();
        if (profile.educationNiche() != null && profile.educationNiche().theme() != null) {
            entries.add(Sheet.Entry.of(profile.educationNiche().theme(), profile.educationNiche().tags().isEmpty() ? null
                    : "Keywords: " + String.join(", ", profile.educationNiche().tags())));
        }
        return new Sheet.Section("Education focus", null, entries);
    }

    private static Sheet.Section training(AdminProfileView profile) {
        List<Sheet.Entry> entries = profile.formalTraining().stream().map(EducatorDocuments::training).toList();
        return new Sheet.Section("Formal training in education", null, entries);
    }

    private static Sheet.Entry training(FormalTraining training) {
        String what = training.degree() == null ? of(training.kind()) : training.degree().name();
        String when = period(training.startedOn(), training.completedOn(), true);
        return Sheet.Entry.of(training.title() + " (" + when + ")", joined(what, training.institution()));
    }

    private static String teachingSummary(List<ActivityView> activities) {
        List<ActivityView> teaching = activities.stream().filter(kind(ActivityKind.TEACHING)).toList();
        if (teaching.isEmpty()) {
            return null;
        }
        double hours = teaching.stream().mapToDouble(a -> a.teaching().hours() == null ? 0 : a.teaching().hours()).sum();
        long learners = teaching.stream()
                .mapToLong(a -> a.teaching().learnerCount() == null ? 0 : a.teaching().learnerCount()).sum();
        return "Sessions and courses: " + teaching.size() + " \u00b7 " + number(Math.round(hours * 10) / 10.0)
                + " contact hours \u00b7 " + learners + " learners";
    }

    private static Sheet.Section section(String heading, String summary, Entries entries, List<ActivityView> activities,
            Predicate<ActivityView> belongs) {
        return new Sheet.Section(heading, summary, entries.entries(activities.stream().filter(belongs).toList()));
    }

    private static Predicate<ActivityView> kind(ActivityKind kind) {
        return activity -> activity.kind() == kind;
    }

    private static Predicate<ActivityView> products(Set<ScholarshipType> types) {
        return activity -> activity.scholarship() != null && types.contains(activity.scholarship().type());
    }

    private static Predicate<ActivityView> awards(Set<AwardKind> kinds) {
        return activity -> activity.award() != null && kinds.contains(activity.award().kind());
    }

    private static boolean mentionsAssessment(ActivityView activity) {
        String text = (activity.title() + " " + activity.leadership().scope()).toLowerCase(Locale.ROOT);
        return ASSESSMENT_WORDS.stream().anyMatch(text::contains);
    }
}
