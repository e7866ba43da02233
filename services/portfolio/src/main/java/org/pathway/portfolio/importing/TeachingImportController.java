package org.pathway.portfolio.importing;

import java.util.List;

import org.pathway.kit.security.CurrentUser;
import org.pathway.portfolio.activity.ActivityImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Teaching evaluations from a CSV file into the caller's portfolio: every row valid, then every row stored as a
 * teaching activity; any error, and nothing is stored and every error is reported by row and column.
 */
@RestController
@RequestMapping("/api/portfolio/imports/teaching-evaluations")
@PreAuthorize("hasRole('faculty')")
class TeachingImportController {

    private final ActivityImports activities;

    TeachingImportController(ActivityImports activities) {
        this.activities = activities;
    }

    record Recorded(int recorded, List<String> activityIds) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Recorded upload(CurrentUser user, @RequestPart("file") MultipartFile file) {
        TeachingEvaluationFile.Parsed parsed = TeachingEvaluationFile.read(Uploads.text(file), activities);
        if (!parsed.errors().isEmpty()) {
            throw ImportProblem.rows(parsed.errors());
        }
        List<String> ids = activities.recordTeaching(user.requireTenant(), user.userId(), parsed.sessions());
        return new Recorded(ids.size(), ids);
    }
}
