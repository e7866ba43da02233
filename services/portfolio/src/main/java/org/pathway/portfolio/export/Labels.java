package org.pathway.portfolio.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** How the documents print enum values (by type and name, since names repeat across types), numbers and dates. */
final class Labels {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.US);
    private static final Map<String, String> SPELLED = Map.ofEntries(
            Map.entry("ScholarshipType.PEER_REVIEWED_ARTICLE", "Peer-reviewed article"),
            Map.entry("ScholarshipType.MEDEDPORTAL_PUBLICATION", "MedEdPORTAL publication"),
            Map.entry("LeadershipRole.UME_DIRECTOR", "UME director"),
            Map.entry("AwardKind.STUDENT_VOTED_TEACHING", "Student-voted teaching award"),
            Map.entry("AwardKind.INSTITUTIONAL_TEACHING", "Institutional teaching award"),
            Map.entry("AwardKind.EDUCATION_SOCIETY", "Education society award"),
            Map.entry("AwardKind.SCHOLARSHIP", "Scholarship award"),
            Map.entry("AwardKind.OTHER", "Award"),
            Map.entry("Track.CLINICIAN_EDUCATOR", "Clinician-educator track"),
            Map.entry("Track.RESEARCH_TENURE", "Research/tenure track"),
            Map.entry("Track.CLINICAL", "Clinical track"),
            Map.entry("TrainingKind.FACULTY_DEVELOPMENT_SERIES", "Faculty-development series"),
            Map.entry("LearnerLevel.MEDICAL_STUDENT", "medical students"),
            Map.entry("LearnerLevel.RESIDENT", "residents"),
            Map.entry("LearnerLevel.FELLOW", "fellows"),
            Map.entry("LearnerLevel.FACULTY", "faculty"),
            Map.entry("LearnerLevel.INTERPROFESSIONAL", "interprofessional learners"));

    private Labels() {
    }

    /** {@code CLERKSHIP_DIRECTOR} prints as "Clerkship director", unless it has a spelling of its own. */
    static String of(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String spelled = SPELLED.get(value.getDeclaringClass().getSimpleName() + "." + value.name());
        if (spelled != null) {
            return spelled;
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** 24.0 prints as "24", 4.40 as "4.4". */
    static String number(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String month(LocalDate date) {
        return date == null ? null : MONTH.format(date);
    }

    /** "Sep 2025", "Sep 2025 – Dec 2025", or with {@code ongoing} and no end "Sep 2025 – present". */
    static String period(LocalDate from, LocalDate to, boolean ongoing) {
        if (from == null) {
            return "";
        }
        if (to == null) {
            return ongoing ? month(from) + " \u2013 present" : month(from);
        }
        String end = month(to);
        return end.equals(month(from)) ? end : month(from) + " \u2013 " + end;
    }

    /** The non-null parts joined by " · ". */
    static String joined(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " \u00b7 ").append(part);
            }
        }
        return joined.toString();
    }
}
