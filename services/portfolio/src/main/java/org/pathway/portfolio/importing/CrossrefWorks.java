package org.pathway.portfolio.importing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/** Crossref REST API {@code GET /works/{doi}}: one work's metadata as its publisher deposited it. */
class CrossrefWorks {

    private final ScholarlyApi api;
    private final ImportProperties properties;

    CrossrefWorks(ScholarlyApi api, ImportProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    ScholarshipCandidate byDoi(String doi) {
        // The DOI's own slashes stay: Crossref resolves /works/10.1371/journal.pone.0033693 as one DOI.
        String uri = properties.crossref() + "/works/" + UriUtils.encodePath(doi, StandardCharsets.UTF_8)
                + (properties.hasMailto() ? "?mailto=" + UriUtils.encodeQueryParam(properties.mailto(),
                        StandardCharsets.UTF_8) : "");
        JsonNode work = api.get(URI.create(uri), "doi", doi).path("message");
        if (work.isMissingNode() || !work.isObject()) {
            throw ImportProblem.badGateway(api.name(), "doi", "answered without a work", null);
        }
        String title = first(work.path("title"));
        String foundDoi = text(work.path("DOI"));
        String type = text(work.path("type"));
        JsonNode dateParts = date(work).path("date-parts").path(0);
        return ScholarshipCandidate.found("CROSSREF", title,
                PublicationDate.of(integer(dateParts.path(0)), integer(dateParts.path(1)), integer(dateParts.path(2))),
                TypeGuess.of(foundDoi == null ? doi : foundDoi, type, title), authors(work.path("author")),
                first(work.path("container-title")), foundDoi == null ? doi : foundDoi, null);
    }

    /** The date the work was published, in Crossref's order of preference. */
    private static JsonNode date(JsonNode work) {
        for (String field : List.of("published-print", "published-online", "published", "issued")) {
            if (work.path(field).path("date-parts").path(0).path(0).isNumber()) {
                return work.path(field);
            }
        }
        return work.path("issued");
    }

    private static List<String> authors(JsonNode authors) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : authors) {
            String name = author.has("family")
                    ? (author.has("given") ? text(author.path("given")) + " " : "") + text(author.path("family"))
                    : text(author.path("name"));
            if (name != null && !name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static String first(JsonNode array) {
        return array.isArray() && !array.isEmpty() ? text(array.path(0)) : null;
    }

    static String text(JsonNode node) {
        return node.isString() || node.isNumber() ? node.asString().trim() : null;
    }

    private static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
