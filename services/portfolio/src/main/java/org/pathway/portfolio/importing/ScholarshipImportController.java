package org.pathway.portfolio.importing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.pathway.kit.security.CurrentUser;
import org.pathway.portfolio.activity.ActivityImports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Import first, type second": find works by DOI, PMID, ORCID iD or in a BibTeX file, get them back as candidates
 * (nothing stored, each flagged when it is already in the caller's portfolio), then confirm one with authorship and
 * theme to store it as a scholarship activity. Only ever the caller's own portfolio: no path or body names an owner.
 */
@RestController
@RequestMapping("/api/portfolio/imports/scholarship")
@PreAuthorize("hasRole('faculty')")
class ScholarshipImportController {

    private final CrossrefWorks crossref;
    private final PubMedSummaries pubmed;
    private final OrcidWorks orcid;
    private final ActivityImports activities;

    ScholarshipImportController(CrossrefWorks crossref, PubMedSummaries pubmed, OrcidWorks orcid,
            ActivityImports activities) {
        this.crossref = crossref;
        this.pubmed = pubmed;
        this.orcid = orcid;
        this.activities = activities;
    }

    /** By exactly one of {@code doi} (Crossref), {@code pmid} (PubMed) or {@code orcid} (the person's ORCID works). */
    @GetMapping
    ScholarshipCandidate.Candidates find(CurrentUser user, @RequestParam(required = false) String doi,
            @RequestParam(required = false) String pmid, @RequestParam(name = "orcid", required = false) String orcidId) {
        if (Stream.of(doi, pmid, orcidId).filter(Objects::nonNull).count() != 1) {
            throw ImportProblem.invalid(doi != null ? "pmid" : "doi", "give exactly one of doi, pmid or orcid");
        }
        if (doi != null) {
            return flagged(user, List.of(crossref.byDoi(Identifiers.doi(doi))));
        }
        if (pmid != null) {
            return flagged(user, List.of(pubmed.byPmid(Identifiers.pmid(pmid))));
        }
        return flagged(user, orcid.byOrcid(Identifiers.orcid(orcidId)));
    }

    @PostMapping(path = "/bibtex", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ScholarshipCandidate.Candidates fromBibtex(CurrentUser user, @RequestPart("file") MultipartFile file) {
        return flagged(user, BibtexFile.read(Uploads.text(file)));
    }

    /** Stores a confirmed candidate; a DOI or PMID already in the portfolio is refused (409) rather than doubled. */
    @PostMapping("/confirmations")
    ResponseEntity<Map<String, String>> confirm(CurrentUser user, @Valid @RequestBody ConfirmScholarshipRequest request) {
        var scholarship = request.toImported();
        Map<String, String> known = activities.identifiers(user.requireTenant(), user.userId());
        if (scholarship.doi() != null && known.containsKey(ActivityImports.doiKey(scholarship.doi()))) {
            throw ImportProblem.duplicate("doi", known.get(ActivityImports.doiKey(scholarship.doi())));
        }
        if (scholarship.pmid() != null && known.containsKey(ActivityImports.pmidKey(scholarship.pmid()))) {
            throw ImportProblem.duplicate("pmid", known.get(ActivityImports.pmidKey(scholarship.pmid())));
        }
        String id = activities.recordScholarship(user.requireTenant(), user.userId(), scholarship);
        return ResponseEntity.created(URI.create("/api/portfolio/activities/" + id)).body(Map.of("activityId", id));
    }

    private ScholarshipCandidate.Candidates flagged(CurrentUser user, List<ScholarshipCandidate> found) {
        Map<String, String> known = activities.identifiers(user.requireTenant(), user.userId());
        return new ScholarshipCandidate.Candidates(found.stream().map(candidate -> {
            String byDoi = candidate.doi() == null ? null : known.get(ActivityImports.doiKey(candidate.doi()));
            String byPmid = candidate.pmid() == null ? null : known.get(ActivityImports.pmidKey(candidate.pmid()));
            return candidate.alreadyAs(byDoi != null ? byDoi : byPmid);
        }).toList());
    }
}
