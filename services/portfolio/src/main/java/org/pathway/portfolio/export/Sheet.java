package org.pathway.portfolio.export;

import java.util.Arrays;
import java.util.List;

/**
 * A printable document before it is laid out: a title, the person's header lines and titled sections of entries. The
 * documents are built as this plain structure, so what they say can be read and tested apart from the PDF they become.
 */
record Sheet(String title, List<String> header, List<Section> sections) {

    Sheet {
        header = List.copyOf(header);
        sections = List.copyOf(sections);
    }

    /** A titled part; an optional summary line under the heading, then its entries (or a note that there are none). */
    record Section(String heading, String summary, List<Entry> entries) {

        Section {
            entries = List.copyOf(entries);
        }
    }

    /** One line of evidence, with the smaller detail lines printed under it. */
    record Entry(String text, List<String> details) {

        Entry {
            details = details.stream().filter(detail -> detail != null && !detail.isBlank()).toList();
        }

        static Entry of(String text, String... details) {
            return new Entry(text, Arrays.asList(details));
        }
    }
}
