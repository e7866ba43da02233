package org.pathway.portfolio.export;

import org.pathway.kit.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An institution admin exports the med-ed CV of a faculty member of their own institution. The CV is built from the
 * shareable profile only, so the energy audit and the minimum income cannot appear; a person of another institution is
 * not found, since the tenant is the admin's token's.
 */
@RestController
@PreAuthorize("hasRole('institution-admin')")
class AdminExportController {

    private final ExportDocuments documents;

    AdminExportController(ExportDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/portfolio/admin/profiles/{userId}/cv.pdf")
    ResponseEntity<byte[]> cv(CurrentUser admin, @PathVariable String userId) {
        return documents.cv(admin.requireTenant(), userId);
    }
}
