package org.pathway.portfolio.activity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.springframework.stereotype.Component;

/**
 * What the import features may do with a person's activities: learn which DOIs and PMIDs are already in the
 * portfolio, and record confirmed imports. Records go through the same Bean Validation and the same aggregate as a
 * typed entry (ActivityRecorded through the outbox), so an import can store nothing a form could not.
 */
@Component
public class ActivityImports {

    private final ActivityRepository activities;
    private final Validator validator;
    private final Clock clock;

    ActivityImports(ActivityRepository activities, Validator validator, Clock clock) {
        this.activities = activities;
        this.validator = validator;
        this.clock = clock;
    }

    /** {@link #doiKey}/{@link #pmidKey} of every scholarship in the owner's portfolio, to the activity carrying it. */
    public Map<String, String> identifiers(String tenant, String ownerId) {
        Map<String, String> known = new LinkedHashMap<>();
        activities.findByTenantAndOwnerIdAndRemovedAtIsNullOrderByOccurredOnDesc(tenant, ownerId).forEach(activity -> {
            ScholarshipDetails scholarship = activity.details().scholarship();
            if (scholarship != null && scholarship.doi() != null) {
                known.putIfAbsent(doiKey(scholarship.doi()), activity.id());
            }
            if (scholarship != null && scholarship.pmid() != null) {
                known.putIfAbsent(pmidKey(scholarship.pmid()), activity.id());
            }
        });
        return known;
    }

    /** DOIs are case-insensitive (the DOI Handbook), so one work is one key however it was typed. */
    public static String doiKey(String doi) {
        return "doi:" + doi.trim().toLowerCase(Locale.ROOT);
    }

    public static String pmidKey(String pmid) {
        return "pmid:" + pmid.trim();
    }

    /** Field (as named in {@link ImportedScholarship}) to message; empty when it can be stored. */
    public Map<String, String> problems(ImportedScholarship scholarship) {
        return violations(scholarship.toRequest());
    }

    /** Field (as named in {@link ImportedTeaching}, the scale's bounds as {@code scale}) to message. */
    public Map<String, String> problems(ImportedTeaching teaching) {
        return violations(teaching.toRequest());
    }

    /** @return the new activity's id */
    public String recordScholarship(String tenant, String ownerId, ImportedScholarship scholarship) {
        Map<String, String> problems = problems(scholarship);
        if (!problems.isEmpty()) {
            throw new BadRequestBodyException("The request has invalid fields", problems.entrySet().stream()
                    .map(problem -> new FieldError(problem.getKey(), problem.getValue())).toList());
        }
        return activities.insert(Activity.record(tenant, ownerId, scholarship.toRequest(), clock)).id();
    }

    /**
     * Records every session or none: all of them are validated before the first is written, and they are written
     * in one batch insert (each publishes its ActivityRecorded after the write, as any recorded activity does).
     *
     * @return the new activities' ids, in the order given
     * @throws IllegalArgumentException when a session is invalid; callers validate with {@link #problems} first
     */
    public List<String> recordTeaching(String tenant, String ownerId, List<ImportedTeaching> sessions) {
        if (sessions.stream().anyMatch(session -> !problems(session).isEmpty())) {
            throw new IllegalArgumentException("invalid sessions must be reported before recording");
        }
        List<Activity> recorded = sessions.stream()
                .map(session -> Activity.record(tenant, ownerId, session.toRequest(), clock)).toList();
        return activities.insert(recorded).stream().map(Activity::id).toList();
    }

    private Map<String, String> violations(RecordActivityRequest request) {
        Map<String, String> problems = new TreeMap<>();
        Set<ConstraintViolation<RecordActivityRequest>> violations = validator.validate(request);
        violations.forEach(violation -> problems.merge(field(violation.getPropertyPath().toString()),
                violation.getMessage(), (first, second) -> first));
        return problems;
    }

    /** {@code scholarship.authors[0].<list element>} → {@code authors}; {@code teaching.evaluation.scale.max} → {@code scale}. */
    private static String field(String path) {
        String field = path.replaceAll("\\[\\d*]", "").replace(".<list element>", "")
                .replaceFirst("^(scholarship|teaching)\\.", "").replaceFirst("^evaluation\\.", "");
        return field.startsWith("scale") ? "scale" : field;
    }
}
