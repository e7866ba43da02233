package org.pathway.portfolio.importing;

import static org.pathway.portfolio.importing.CrossrefWorks.text;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/** NCBI E-utilities {@code esummary.fcgi?db=pubmed&retmode=json}: PubMed's summary of one article. */
class PubMedSummaries {

    private final ScholarlyApi api;
    private final ImportProperties properties;

    PubMedSummaries(ScholarlyApi api, ImportProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    ScholarshipCandidate byPmid(String pmid) {
        String uri = properties.eutils() + "/esummary.fcgi?db=pubmed&retmode=json&tool=pathway&id=" + pmid
                + (properties.hasMailto() ? "&email=" + UriUtils.encodeQueryParam(properties.mailto(),
                        StandardCharsets.UTF_8) : "");
        JsonNode result = api.get(URI.create(uri), "pmid", pmid).path("result");
        JsonNode article = result.path(pmid);
        // E-utilities answers 200 for an unknown id: without a summary, or with one carrying only an error.
        if (!article.isObject() || article.has("error") || text(article.path("title")) == null) {
            throw ImportProblem.notFound(api.name(), "pmid", pmid);
        }
        String title = text(article.path("title"));
        String doi = null;
        for (JsonNode id : article.path("articleids")) {
            if ("doi".equals(text(id.path("idtype")))) {
                doi = text(id.path("value"));
            }
        }
        List<String> types = new ArrayList<>();
        article.path("pubtype").forEach(type -> types.add(text(type)));
        String type = types.contains("Evaluation Study") ? "Evaluation Study" : types.isEmpty() ? null : types.get(0);
        List<String> authors = new ArrayList<>();
        for (JsonNode author : article.path("authors")) {
            if ("Author".equals(text(author.path("authtype"))) && text(author.path("name")) != null) {
                authors.add(text(author.path("name")));
            }
        }
        String venue = text(article.path("fulljournalname"));
        return ScholarshipCandidate.found("PUBMED", title, date(text(article.path("sortpubdate")),
                text(article.path("pubdate"))), TypeGuess.of(doi, type, title), authors,
                venue == null || venue.isEmpty() ? text(article.path("source")) : venue, doi, pmid);
    }

    /** {@code sortpubdate} is {@code 2023/03/01 00:00}; {@code pubdate} is free text such as {@code 2023 Mar 1}. */
    private static java.time.LocalDate date(String sortable, String printed) {
        String[] parts = sortable != null && sortable.length() >= 10 ? sortable.substring(0, 10).split("/")
                : printed == null ? new String[0] : printed.split("\\s+");
        Integer year = parts.length > 0 ? PublicationDate.number(parts[0]) : null;
        Integer month = parts.length > 1 ? PublicationDate.month(parts[1]) : null;
        Integer day = parts.length > 2 ? PublicationDate.number(parts[2]) : null;
        return PublicationDate.of(year, month, day);
    }
}
