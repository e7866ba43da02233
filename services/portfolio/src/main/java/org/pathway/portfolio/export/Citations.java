package org.pathway.portfolio.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.bibtex.NameParser;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.pathway.portfolio.activity.ActivityView;
import org.pathway.portfolio.activity.ScholarshipDetails;

/**
 * Scholarship formatted as AMA references by citeproc-java, a CSL processor in plain Java (no JavaScript engine since
 * 3.0), with the AMA style and the en-US locale read from the bundled org.citationstyles jars: nothing is fetched from
 * the network. One processor per document, because a CSL instance holds the items it formats and is not thread-safe.
 */
final class Citations {

    static final String STYLE = "american-medical-association";
    private static final Pattern NUMBERING = Pattern.compile("^\\s*\\d+\\.\\s*");

    private Citations() {
    }

    /** Activity id to its formatted reference, for every activity that is a piece of scholarship. */
    static Map<String, String> format(List<ActivityView> activities) {
        List<CSLItemData> items = activities.stream().filter(activity -> activity.scholarship() != null)
                .map(Citations::item).toList();
        Map<String, String> formatted = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return formatted;
        }
        try {
            CSL csl = new CSL(new ListItemDataProvider(items), STYLE);
            csl.setOutputFormat("text");
            csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
            // AMA lists references in citation order, which is the order they were registered in; the text output
            // carries no entry ids to match them by
            String[] entries = csl.makeBibliography().getEntries();
            if (entries.length != items.size()) {
                throw new IllegalStateException(STYLE + " formatted " + entries.length + " of " + items.size() + " items");
            }
            for (int i = 0; i < entries.length; i++) {
                // the documents lay out their own lists, so the style's reference numbers are dropped
                formatted.put(items.get(i).getId(), NUMBERING.matcher(entries[i]).replaceFirst("").strip());
            }
            return formatted;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled citation style " + STYLE + " could not be read", e);
        }
    }

    private static CSLItemData item(ActivityView activity) {
        ScholarshipDetails scholarship = activity.scholarship();
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(activity.id()).title(activity.title())
                .author(scholarship.authors().stream().map(Citations::name).toArray(CSLName[]::new))
                .DOI(scholarship.doi()).PMID(scholarship.pmid());
        if (activity.occurredOn() != null) {
            item.issued(activity.occurredOn().getYear(), activity.occurredOn().getMonthValue());
        }
        switch (scholarship.type()) {
            // citeproc-java 3.5 does not render the CSL 1.0.2 variable event-title that the AMA style prints for a
            // presentation, so the venue goes where it does render it: "Poster presented at: March 2024; <venue>."
            case POSTER, WORKSHOP, INVITED_TALK -> item.type(CSLType.SPEECH).genre(Labels.of(scholarship.type()))
                    .eventPlace(scholarship.venue());
            // a shared curriculum is published by a repository, which the style prints like a report's publisher
            case SIMULATION_CURRICULUM -> item.type(CSLType.REPORT).publisher(scholarship.venue());
            default -> item.type(CSLType.ARTICLE_JOURNAL).containerTitle(scholarship.venue());
        }
        return item.build();
    }

    /** "Ana Ruiz", "Ruiz, Ana" and "A. Ruiz" all parse to family and given names; anything else prints as written. */
    private static CSLName name(String author) {
        try {
            CSLName[] parsed = NameParser.parse(author);
            if (parsed.length == 1 && parsed[0].getFamily() != null) {
                return parsed[0];
            }
        } catch (RuntimeException unparsable) {
            // fall through to the literal name
        }
        return new CSLNameBuilder().literal(author).build();
    }
}
