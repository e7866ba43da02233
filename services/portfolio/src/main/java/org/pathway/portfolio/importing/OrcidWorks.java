package org.pathway.portfolio.importing;

import static org.pathway.portfolio.importing.CrossrefWorks.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * ORCID public API v3.0 {@code GET /{orcid}/works}: the works on a person's record, one summary per group of
 * duplicates (ORCID's preferred version first). Summaries carry no contributors: the owner adds the authors when
 * confirming.
 */
class OrcidWorks {

    private final ScholarlyApi api;
    private final ImportProperties properties;

    OrcidWorks(ScholarlyApi api, ImportProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    List<ScholarshipCandidate> byOrcid(String orcid) {
        JsonNode works = api.get(URI.create(properties.orcid() + "/" + orcid + "/works"), "orcid", orcid);
        if (!works.path("group").isArray()) {
            throw ImportProblem.badGateway(api.name(), "orcid", "answered without works", null);
        }
        List<ScholarshipCandidate> candidates = new ArrayList<>();
        for (JsonNode group : works.path("group")) {
            JsonNode work = group.path("work-summary").path(0);
            String title = text(work.path("title").path("title").path("value"));
            if (title == null) {
                continue;
            }
            String doi = externalId(work, "doi");
            JsonNode date = work.path("publication-date");
            candidates.add(ScholarshipCandidate.found("ORCID", title,
                    PublicationDate.of(PublicationDate.number(text(date.path("year").path("value"))),
                            PublicationDate.month(text(date.path("month").path("value"))),
                            PublicationDate.number(text(date.path("day").path("value")))),
                    TypeGuess.of(doi, text(work.path("type")), title), List.of(),
                    text(work.path("journal-title").path("value")), doi, externalId(work, "pmid")));
        }
        return candidates;
    }

    /** The work's own identifier of a type (not one of a part or a version), as the record gives it. */
    private static String externalId(JsonNode work, String type) {
        for (JsonNode id : work.path("external-ids").path("external-id")) {
            if (type.equals(text(id.path("external-id-type")))
                    && !"part-of".equals(text(id.path("external-id-relationship")))) {
                String given = text(id.path("external-id-value"));
                String value = given != null ? given : text(id.path("external-id-normalized").path("value"));
                return value == null || value.isBlank() ? null : value;
            }
        }
        return null;
    }
}
