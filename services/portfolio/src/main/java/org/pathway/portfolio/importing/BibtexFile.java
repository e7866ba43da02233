package org.pathway.portfolio.importing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/**
 * A BibTeX export (reference manager, Crossref content negotiation, an ORCID record's citation) read with jbibtex:
 * one candidate per entry, LaTeX markup turned into plain text, {@code Family, Given} authors as {@code Given Family}.
 */
final class BibtexFile {

    private BibtexFile() {
    }

    static List<ScholarshipCandidate> read(String text) {
        BibTeXDatabase database;
        try {
            database = lenientParser().parseFully(new StringReader(text));
        } catch (RuntimeException malformed) {
            // jbibtex wraps its ParseException and TokenMgrException (an unclosed brace, a stray character).
            throw ImportProblem.invalid("file", "is not valid BibTeX: " + rootMessage(malformed));
        }
        List<ScholarshipCandidate> candidates = new ArrayList<>();
        for (BibTeXEntry entry : database.getEntries().values()) {
            String title = field(entry, "title");
            if (title == null) {
                continue;
            }
            String doi = field(entry, "doi");
            String venue = field(entry, "journal");
            candidates.add(ScholarshipCandidate.found("BIBTEX", title,
                    PublicationDate.of(PublicationDate.number(field(entry, "year")),
                            PublicationDate.month(field(entry, "month")), null),
                    TypeGuess.of(doi, entry.getType().getValue(), title), authors(field(entry, "author")),
                    venue != null ? venue : field(entry, "booktitle"), doi, field(entry, "pmid")));
        }
        if (candidates.isEmpty()) {
            throw ImportProblem.invalid("file", "contains no BibTeX entry with a title");
        }
        return candidates;
    }

    /** Undefined macros and cross references are kept as they are instead of failing the whole file. */
    private static BibTeXParser lenientParser() {
        try {
            return new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // An unknown @string macro: the value stays the macro's name.
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                    // A crossref to an entry not in the file: the entry stands alone.
                }
            };
        } catch (Exception impossible) {
            throw new IllegalStateException("jbibtex parser could not be created", impossible);
        }
    }

    /** Field names are case-insensitive in BibTeX ({@code DOI} from Crossref, {@code doi} from others). */
    private static String field(BibTeXEntry entry, String name) {
        for (var field : entry.getFields().entrySet()) {
            if (field.getKey().getValue().toLowerCase(Locale.ROOT).equals(name)) {
                String text = plain(field.getValue());
                return text == null || text.isBlank() ? null : text.trim();
            }
        }
        return null;
    }

    private static String plain(Value value) {
        String raw = value.toUserString();
        if (raw.indexOf('\\') < 0 && raw.indexOf('{') < 0) {
            return raw;
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(raw));
        } catch (Exception notLatex) {
            return raw;
        }
    }

    private static List<String> authors(String authors) {
        if (authors == null) {
            return List.of();
        }
        return Arrays.stream(authors.split("\\s+and\\s+")).map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> {
                    int comma = name.indexOf(',');
                    return comma < 0 ? name : (name.substring(comma + 1).trim() + " " + name.substring(0, comma).trim())
                            .trim();
                }).toList();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
