package org.pathway.mentoringmatch.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.pathway.mentoringmatch.scoring.ScoringWeights;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution admin's matching rules for their own institution (role {@code institution-admin} by the path rules,
 * institution from the token): read what is in force, replace the institution's own values, or go back to the
 * platform defaults.
 */
@RestController
@RequestMapping("/api/mentoring-match/admin/settings")
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    /**
     * The values in force; {@code institutionValues} names those the institution set itself (the others follow the
     * platform defaults).
     */
    record SettingsView(Duration proposalDeadline, int openRequestCap, ScoringWeights weights,
            List<String> institutionValues, Instant updatedAt, String updatedBy) {
    }

    @GetMapping
    SettingsView current(CurrentUser admin) {
        return view(admin.requireTenant());
    }

    @PutMapping
    SettingsView replace(CurrentUser admin, @Valid @RequestBody SettingsRequest request) {
        settings.replace(admin.requireTenant(), admin.userId(), request);
        return view(admin.requireTenant());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(CurrentUser admin) {
        settings.reset(admin.requireTenant());
    }

    private SettingsView view(String tenant) {
        MatchingRules rules = settings.of(tenant);
        InstitutionSettings own = settings.own(tenant);
        List<String> institutionValues = new ArrayList<>();
        if (own != null) {
            if (own.proposalDeadline() != null) {
                institutionValues.add("proposalDeadline");
            }
            if (own.openRequestCap() != null) {
                institutionValues.add("openRequestCap");
            }
            if (own.weights() != null) {
                institutionValues.add("weights");
            }
        }
        return new SettingsView(rules.proposalDeadline(), rules.openRequestCap(), rules.weights(), institutionValues,
                own == null ? null : own.updatedAt(), own == null ? null : own.updatedBy());
    }
}
