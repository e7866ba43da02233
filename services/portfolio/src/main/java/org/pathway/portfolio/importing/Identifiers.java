package org.pathway.portfolio.importing;

import java.util.regex.Pattern;

/**
 * The identifiers a client may import by, checked and normalized before any call leaves the service: a malformed
 * one is the client's mistake (400 naming the field), never a question for the upstream API.
 */
final class Identifiers {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S{1,200}");
    private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private Identifiers() {
    }

    /** A bare DOI, also accepted as {@code doi:...} or a {@code https://doi.org/...} link. */
    static String doi(String value) {
        String doi = strip(value, "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/",
                "doi:");
        if (doi == null || !DOI.matcher(doi).matches()) {
            throw ImportProblem.invalid("doi", "must be a DOI such as 10.15766/mep_2374-8265.11234");
        }
        return doi;
    }

    static String pmid(String value) {
        String pmid = strip(value, "PMID:", "pmid:");
        if (pmid == null || !PMID.matcher(pmid).matches()) {
            throw ImportProblem.invalid("pmid", "must be a PubMed id (digits)");
        }
        return pmid;
    }

    /** An ORCID iD with a valid ISO 7064 11,2 check digit, also accepted as an {@code https://orcid.org/...} link. */
    static String orcid(String value) {
        String orcid = strip(value, "https://orcid.org/", "http://orcid.org/");
        if (orcid == null || !ORCID.matcher(orcid).matches() || !checksumHolds(orcid)) {
            throw ImportProblem.invalid("orcid", "must be an ORCID iD such as 0000-0002-1825-0097");
        }
        return orcid;
    }

    private static boolean checksumHolds(String orcid) {
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            total = (total + digits.charAt(i) - '0') * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(digits.length() - 1) == expected;
    }

    private static String strip(String value, String... prefixes) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        for (String prefix : prefixes) {
            if (trimmed.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return trimmed.substring(prefix.length()).trim();
            }
        }
        return trimmed;
    }
}
