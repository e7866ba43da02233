package org.pathway.jobposting.posting;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A published posting as a schema.org {@code JobPosting} (JSON-LD), in the shapes of schema.org's own examples:
 * text where they use text, {@code Place}/{@code PostalAddress}, {@code Organization},
 * {@code EducationalOccupationalCredential}, and {@code MonetaryAmount} with a {@code QuantitativeValue} range for
 * pay. What schema.org has no property for (clinical share, education FTE, protected hours, clinical half-days,
 * transparency, nights and weekends) goes into {@code additionalProperty} as {@code PropertyValue}s with stable
 * {@code propertyID}s. A figure the posting leaves out is left out, never invented.
 */
final class JobPostingJsonLd {

    /** O*NET-SOC: physicians whose job is teaching are "Health Specialties Teachers, Postsecondary". */
    static final String OCCUPATIONAL_CATEGORY = "25-1071.00 Health Specialties Teachers, Postsecondary";

    private JobPostingJsonLd() {
    }

    static Map<String, Object> of(PostingView posting) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "JobPosting");
        ld.put("identifier", typed("PropertyValue", "name", posting.institution(), "value", posting.id()));
        ld.put("title", posting.title());
        ld.put("description", posting.description() != null && !posting.description().isBlank()
                ? posting.description() : posting.clinicalTime().summary());
        ld.put("datePosted", posting.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        ld.put("hiringOrganization", typed("Organization", "name", posting.institution()));
        location(posting.location(), ld);
        PayRange pay = posting.compensation();
        ld.put("baseSalary", typed("MonetaryAmount", "currency", pay.currency(), "value",
                typed("QuantitativeValue", "minValue", pay.min(), "maxValue", pay.max(), "unitText", "YEAR")));
        // Faculty appointments: the clinical share and education FTE split one full-time appointment.
        ld.put("employmentType", "FULL_TIME");
        ld.put("occupationalCategory", OCCUPATIONAL_CATEGORY);
        putIfPresent(ld, "industry", posting.specialty());
        ld.put("qualifications", qualifications(posting.training()));
        ld.put("educationRequirements", educationRequirements(posting.training().required()));
        ld.put("additionalProperty", additionalProperties(posting));
        return ld;
    }

    private static void location(Location location, Map<String, Object> ld) {
        if (location.workplace() == Workplace.REMOTE) {
            ld.put("jobLocationType", "TELECOMMUTE");
            return;
        }
        // "Chicago, IL" → locality and region, as schema.org's example writes them; anything else stays one text.
        String text = location.text().strip();
        int comma = text.lastIndexOf(',');
        Map<String, Object> address = comma > 0 && comma < text.length() - 1
                ? typed("PostalAddress", "addressLocality", text.substring(0, comma).strip(),
                        "addressRegion", text.substring(comma + 1).strip())
                : typed("PostalAddress", "addressLocality", text);
        ld.put("jobLocation", typed("Place", "address", address));
    }

    private static String qualifications(TrainingRequirement training) {
        String required = training.required().isEmpty() ? "No formal education training required."
                : "Formal education training required, any of: " + names(training.required()) + ".";
        return training.preferred().isEmpty() ? required
                : required + " Preferred: " + names(training.preferred()) + ".";
    }

    /** schema.org's "no requirements" when none is required; else one credential per accepted kind (any of them). */
    private static Object educationRequirements(List<TrainingKind> required) {
        if (required.isEmpty()) {
            return "no requirements";
        }
        return required.stream().map(kind -> typed("EducationalOccupationalCredential",
                "credentialCategory", credentialCategory(kind), "about", "Health professions education",
                "name", name(kind))).toList();
    }

    private static String credentialCategory(TrainingKind kind) {
        return switch (kind) {
            case MASTERS -> "postgraduate degree";
            case CERTIFICATE, FACULTY_DEVELOPMENT_SERIES, FELLOWSHIP -> "professional certificate";
        };
    }

    private static String name(TrainingKind kind) {
        return switch (kind) {
            case CERTIFICATE -> "Certificate in health professions education";
            case FACULTY_DEVELOPMENT_SERIES -> "Faculty development series in medical education";
            case MASTERS -> "Master's in health professions education";
            case FELLOWSHIP -> "Medical education fellowship";
        };
    }

    private static String names(List<TrainingKind> kinds) {
        return kinds.stream().map(JobPostingJsonLd::name).collect(Collectors.joining("; "));
    }

    private static List<Map<String, Object>> additionalProperties(PostingView p) {
        List<Map<String, Object>> properties = new ArrayList<>();
        PercentRange share = p.clinicalShare();
        properties.add(property("clinicalShare", "Clinical time, percent of one FTE", "minValue", share.min(),
                "maxValue", share.max(), "unitText", "percent", "description", p.clinicalTime().summary()));
        if (p.educationFte() != null) {
            properties.add(property("educationFte", "Education FTE", "value", p.educationFte(), "unitText", "FTE",
                    "description", p.answers().educationFteMeaning()));
        }
        if (p.protectedHoursPerWeek() != null) {
            properties.add(property("protectedHoursPerWeek", "Protected education time", "value",
                    p.protectedHoursPerWeek(), "unitText", "hours per week"));
        }
        if (p.clinicalHalfDaysPerWeek() != null) {
            properties.add(property("clinicalHalfDaysPerWeek", "Clinical half-days", "value",
                    p.clinicalHalfDaysPerWeek(), "unitText", "half-days per week",
                    "description", p.answers().clinicalHalfDays()));
        }
        Transparency transparency = p.transparency();
        properties.add(property("transparencyScore", "Transparency: the five questions candidates must ask, answered",
                "value", transparency.score(), "minValue", 0, "maxValue", transparency.outOf(),
                "description", transparency.missing().isEmpty() ? "All five answered."
                        : "Unanswered: " + String.join(", ", transparency.missing())));
        properties.add(property("nightsWeekends", "Nights and weekends", "value", p.nightsWeekends()));
        properties.add(property("workplace", "Workplace", "value", p.location().workplace().name()));
        if (p.department() != null && !p.department().isBlank()) {
            properties.add(property("department", "Department", "value", p.department()));
        }
        if (!p.missionTags().isEmpty()) {
            properties.add(property("missionTags", "Mission", "value",
                    p.missionTags().stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        return properties;
    }

    private static Map<String, Object> property(String id, String name, Object... keyValues) {
        Map<String, Object> property = typed("PropertyValue", "propertyID", id, "name", name);
        property.putAll(typed(null, keyValues));
        return property;
    }

    /** An object of schema.org type {@code type} (none when null) with the given non-null properties, in order. */
    private static Map<String, Object> typed(String type, Object... keyValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (type != null) {
            object.put("@type", type);
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            putIfPresent(object, (String) keyValues[i], keyValues[i + 1]);
        }
        return object;
    }

    private static void putIfPresent(Map<String, Object> object, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            object.put(key, value);
        }
    }
}
