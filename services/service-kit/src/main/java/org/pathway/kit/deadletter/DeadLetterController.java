package org.pathway.kit.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.pathway.kit.config.KitProperties;
import org.pathway.kit.deadletter.DeadLetters.DeadLetterPage;
import org.pathway.kit.deadletter.DeadLetters.DeadLetterView;
import org.pathway.kit.deadletter.DeadLetters.ReplayView;
import org.pathway.kit.deadletter.DeadLetters.Scope;
import org.pathway.kit.security.CurrentUser;
import org.pathway.kit.security.TenantOptional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every service's dead letters for its admins. An institution's admin ({@code /admin/dead-letters}) sees and replays
 * its own institution's only, with the payload; the platform ({@code /admin/platform/dead-letters}, platform-admin, no
 * organization) sees every institution's, without payloads. The roles are checked here too, not only by the service's
 * path rules, so a service that forgot a rule for its admin paths does not open its dead letters to every member.
 */
@RestController
@RequestMapping("${pathway.kit.dead-letters.api-prefix:/api/${spring.application.name}}/admin")
class DeadLetterController {

    private static final String TOPIC = "[A-Za-z0-9._-]{1,249}";

    private final DeadLetters deadLetters;
    private final KitProperties properties;

    DeadLetterController(DeadLetters deadLetters, KitProperties properties) {
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    @GetMapping("/dead-letters")
    DeadLetterPage list(CurrentUser user, @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) @Pattern(regexp = TOPIC) String topic) {
        return deadLetters.page(institution(user), topic, page, size);
    }

    @GetMapping("/dead-letters/{id}")
    DeadLetterView one(CurrentUser user, @PathVariable String id) {
        return deadLetters.one(institution(user), id);
    }

    @PostMapping("/dead-letters/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReplayView replay(CurrentUser user, @PathVariable String id) {
        return deadLetters.replay(institution(user), id);
    }

    @GetMapping("/platform/dead-letters")
    DeadLetterPage listAll(@TenantOptional CurrentUser user,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String tenant,
            @RequestParam(required = false) @Pattern(regexp = TOPIC) String topic) {
        return deadLetters.page(platform(user, tenant), topic, page, size);
    }

    @GetMapping("/platform/dead-letters/{id}")
    DeadLetterView oneOfAll(@TenantOptional CurrentUser user, @PathVariable String id) {
        return deadLetters.one(platform(user, null), id);
    }

    @PostMapping("/platform/dead-letters/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReplayView replayAny(@TenantOptional CurrentUser user, @PathVariable String id) {
        return deadLetters.replay(platform(user, null), id);
    }

    private Scope institution(CurrentUser user) {
        if (!user.hasRole(properties.deadLetters().adminRole())) {
            throw new AccessDeniedException("not an institution admin");
        }
        return Scope.institution(user.requireTenant());
    }

    private Scope platform(CurrentUser user, String tenant) {
        if (!user.hasRole(properties.security().platformAdminRole())) {
            throw new AccessDeniedException("not a platform admin");
        }
        return Scope.platform(tenant);
    }
}
