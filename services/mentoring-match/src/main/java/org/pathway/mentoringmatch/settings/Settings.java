package org.pathway.mentoringmatch.settings;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.kit.web.FieldError;
import org.pathway.mentoringmatch.config.MentoringProperties;
import org.pathway.mentoringmatch.scoring.ScoringWeights;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Each institution's matching rules: its own values ({@code institution_settings}) over the platform defaults. Read
 * from the database every time rather than cached, so every replica applies an admin's change from the next request
 * on. One document per institution, replaced whole by one write: nothing is ever half-applied.
 */
@Component
public class Settings {

    private final MongoTemplate mongo;
    private final MentoringProperties properties;
    private final Clock clock;

    Settings(MongoTemplate mongo, MentoringProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The rules in force for {@code tenant}'s mentees. */
    public MatchingRules of(String tenant) {
        InstitutionSettings own = own(tenant);
        Duration deadline = own != null && own.proposalDeadline() != null ? own.proposalDeadline()
                : properties.proposalDeadline();
        int cap = own != null && own.openRequestCap() != null ? own.openRequestCap() : properties.openRequestCap();
        ScoringWeights weights = own != null && own.weights() != null ? own.weights() : properties.weights();
        return new MatchingRules(deadline, cap, weights, properties.scorer(weights));
    }

    InstitutionSettings own(String tenant) {
        return mongo.findById(tenant, InstitutionSettings.class);
    }

    /** Replaces the institution's own values; a 400 naming every field out of range, and nothing written then. */
    InstitutionSettings replace(String tenant, String adminId, SettingsRequest request) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            throw new BadRequestBodyException("A setting is out of range", errors);
        }
        InstitutionSettings settings = new InstitutionSettings(tenant,
                request.proposalDeadline() == null ? null : request.proposalDeadline().truncatedTo(ChronoUnit.SECONDS),
                request.openRequestCap(),
                request.weights() == null ? null : request.weights().toScoringWeights(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), adminId);
        return mongo.save(settings);
    }

    /** Back to the platform defaults. */
    void reset(String tenant) {
        mongo.remove(query(where("_id").is(tenant)), InstitutionSettings.class);
    }

    private List<FieldError> check(SettingsRequest request) {
        MentoringProperties.Limits limits = properties.limits();
        List<FieldError> errors = new ArrayList<>();
        Duration deadline = request.proposalDeadline();
        if (deadline != null && (deadline.compareTo(limits.minProposalDeadline()) < 0
                || deadline.compareTo(limits.maxProposalDeadline()) > 0)) {
            errors.add(new FieldError("proposalDeadline", "must be between " + limits.minProposalDeadline() + " and "
                    + limits.maxProposalDeadline()));
        }
        if (request.openRequestCap() != null && request.openRequestCap() > limits.maxOpenRequestCap()) {
            errors.add(new FieldError("openRequestCap", "must be at most " + limits.maxOpenRequestCap()));
        }
        if (request.weights() != null) {
            Map<String, Integer> points = request.weights().points();
            points.forEach((factor, value) -> {
                if (value > limits.maxWeight()) {
                    errors.add(new FieldError("weights." + factor, "must be at most " + limits.maxWeight()));
                }
            });
            if (points.values().stream().allMatch(value -> value == 0)) {
                errors.add(new FieldError("weights", "at least one factor must carry points, or every score is 0"));
            }
        }
        return errors;
    }
}
