package org.pathway.jobposting.support;

/** Posting bodies for tests: a complete, honest APD posting and a builder-ish way to vary it. */
public final class Postings {

    private Postings() {
    }

    public static final String APD = """
            {"title": "Associate Program Director – Internal Medicine Residency",
             "roleType": "ASSOCIATE_PROGRAM_DIRECTOR", "specialty": "Internal medicine",
             "department": "Department of Medicine",
             "description": "Lead the residency's clinical reasoning curriculum and assessment of clinical reasoning.",
             "location": {"text": "%LOCATION%", "workplace": "HYBRID"},
             "clinicalShare": {"min": 40, "max": 40},
             "educationFte": 0.5, "protectedHoursPerWeek": 20, "clinicalHalfDaysPerWeek": 4,
             "compensation": {"min": 240000, "max": 275000, "currency": "USD"},
             "nightsWeekends": false,
             "training": {"required": [], "preferred": ["MASTERS"]},
             "missionTags": ["SAFETY_NET"],
             "answers": {"clinicalHalfDays": "Four half-day clinics a week, fixed.",
                         "educationFteMeaning": "0.5 FTE: about 20 hours of program work a week.",
                         "scheduleControl": "The APD sets clinic templates with the chief; no clinics added unilaterally.",
                         "promotionAndSalary": "Education counts on the clinician-educator track; a documented path."}}""";

    /** {@link #APD} with another location (to scope board searches to one test). */
    public static String apd(String location) {
        return APD.replace("%LOCATION%", location);
    }

    /** A posting with the given facts, everything else minimal. */
    public static String posting(String title, String roleType, String location, double clinicalMin, double clinicalMax,
            long payMin, long payMax, boolean nightsWeekends, String requiredTrainingJson, String missionTagsJson) {
        return """
                {"title": "%s", "roleType": "%s", "location": {"text": "%s", "workplace": "ON_SITE"},
                 "clinicalShare": {"min": %s, "max": %s},
                 "compensation": {"min": %d, "max": %d, "currency": "USD"},
                 "nightsWeekends": %s, "training": {"required": %s}, "missionTags": %s}"""
                .formatted(title, roleType, location, clinicalMin, clinicalMax, payMin, payMax, nightsWeekends,
                        requiredTrainingJson, missionTagsJson);
    }
}
