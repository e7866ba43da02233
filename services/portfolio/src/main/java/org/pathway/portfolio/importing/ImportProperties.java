package org.pathway.portfolio.importing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code pathway.portfolio.imports.*}: where the scholarly APIs are (tests point them at local stubs), how long to
 * wait for them, and how large an uploaded file may be.
 *
 * @param crossref       Crossref REST API base ({@code /works/{doi}} below it)
 * @param eutils         NCBI E-utilities base ({@code /esummary.fcgi} below it)
 * @param orcid          ORCID public API base ({@code /{orcid}/works} below it)
 * @param connectTimeout to open a connection to any of them
 * @param readTimeout    for the whole answer; beyond it the client gets 504
 * @param mailto         contact address sent to Crossref (polite pool) and NCBI ({@code email}); none when blank
 * @param maxUploadSize  largest accepted BibTeX or CSV file; larger uploads get 413
 */
@ConfigurationProperties("pathway.portfolio.imports")
record ImportProperties(
        @DefaultValue("https://api.crossref.org") URI crossref,
        @DefaultValue("https://eutils.ncbi.nlm.nih.gov/entrez/eutils") URI eutils,
        @DefaultValue("https://pub.orcid.org/v3.0") URI orcid,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        String mailto,
        @DefaultValue("5MB") DataSize maxUploadSize) {

    boolean hasMailto() {
        return mailto != null && !mailto.isBlank();
    }
}
