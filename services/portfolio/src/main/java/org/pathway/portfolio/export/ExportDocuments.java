package org.pathway.portfolio.export;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.pathway.portfolio.activity.ActivityLookup;
import org.pathway.portfolio.activity.ActivityView;
import org.pathway.portfolio.profile.AdminProfileView;
import org.pathway.portfolio.profile.ProfileSnapshots;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds a person's PDF documents, for whichever reader the controller has authorized for that person. A person
 * without a profile in the tenant is not found.
 */
@Component
class ExportDocuments {

    private final ProfileSnapshots profiles;
    private final ActivityLookup activities;
    private final Clock clock;

    ExportDocuments(ProfileSnapshots profiles, ActivityLookup activities, Clock clock) {
        this.profiles = profiles;
        this.activities = activities;
        this.clock = clock;
    }

    ResponseEntity<byte[]> cv(String tenant, String userId) {
        return pdf(tenant, userId, EducatorDocuments::cv, "med-ed-cv.pdf");
    }

    ResponseEntity<byte[]> educatorPortfolio(String tenant, String userId) {
        return pdf(tenant, userId, EducatorDocuments::portfolio, "educator-portfolio.pdf");
    }

    /** The med-ed CV as it reads now, without the private fields: what a CV snapshot freezes. */
    byte[] cvPdf(String tenant, String userId) {
        return render(tenant, userId, EducatorDocuments::cv);
    }

    private ResponseEntity<byte[]> pdf(String tenant, String userId,
            BiFunction<AdminProfileView, List<ActivityView>, Sheet> document, String filename) {
        return attachment(render(tenant, userId, document), MediaType.APPLICATION_PDF, filename);
    }

    private byte[] render(String tenant, String userId,
            BiFunction<AdminProfileView, List<ActivityView>, Sheet> document) {
        AdminProfileView profile = profiles.shareable(tenant, userId)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no profile " + userId));
        Sheet sheet = document.apply(profile, activities.current(tenant, userId));
        return PdfRenderer.render(sheet, profile.name(), "Pathway \u00b7 " + LocalDate.now(clock));
    }

    /** The body as a download; its content type is set here, so the caller's Accept header does not decide it. */
    static <T> ResponseEntity<T> attachment(T body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
