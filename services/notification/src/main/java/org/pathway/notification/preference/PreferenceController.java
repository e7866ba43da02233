package org.pathway.notification.preference;

import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The caller's own preferences; nobody reads or sets another person's. */
@RestController
@RequestMapping("/api/notification/preferences")
class PreferenceController {

    record CategoryPreference(Category category, DeliveryMode mode, boolean canTurnOff) {
    }

    record ChooseModeRequest(@NotNull DeliveryMode mode) {
    }

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    List<CategoryPreference> mine(CurrentUser user) {
        return preferences.all(user.requireTenant(), user.userId()).entrySet().stream()
                .map(entry -> new CategoryPreference(entry.getKey(), entry.getValue(), entry.getKey().canTurnOff()))
                .toList();
    }

    @PutMapping("/{category}")
    CategoryPreference choose(CurrentUser user, @PathVariable Category category, @Valid @RequestBody ChooseModeRequest request) {
        preferences.choose(user.requireTenant(), user.userId(), category, request.mode());
        return new CategoryPreference(category, request.mode(), category.canTurnOff());
    }
}
