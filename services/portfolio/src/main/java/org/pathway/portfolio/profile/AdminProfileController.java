package org.pathway.portfolio.profile;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.pathway.kit.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An institution admin reads the profiles of their own institution, without the private fields. The institution is
 * the admin's token's; a person of another institution is not found.
 */
@RestController
@RequestMapping("/api/portfolio/admin/profiles")
@PreAuthorize("hasRole('institution-admin')")
@Validated
class AdminProfileController {

    private final ProfileRepository profiles;

    AdminProfileController(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    List<AdminProfileView> ofInstitution(CurrentUser admin, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return profiles.findByTenantOrderByNameAsc(admin.requireTenant(), PageRequest.of(page, size)).stream()
                .map(AdminProfileView::of).toList();
    }

    @GetMapping("/{userId}")
    AdminProfileView one(CurrentUser admin, @PathVariable String userId) {
        return profiles.findByTenantAndUserId(admin.requireTenant(), userId).map(AdminProfileView::of)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no profile " + userId));
    }
}
