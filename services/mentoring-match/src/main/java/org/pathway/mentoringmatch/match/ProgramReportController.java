package org.pathway.mentoringmatch.match;

import org.pathway.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The program report of the admin's own institution (role {@code institution-admin}, institution from the token). */
@RestController
@RequestMapping("/api/mentoring-match/admin/report")
class ProgramReportController {

    private final ProgramReport report;

    ProgramReportController(ProgramReport report) {
        this.report = report;
    }

    @GetMapping
    ProgramReport.Report report(CurrentUser admin) {
        return report.of(admin.requireTenant());
    }
}
