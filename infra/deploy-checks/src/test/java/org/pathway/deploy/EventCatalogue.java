package org.pathway.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topics of docs/events.md: the first cell of each row of its "## Topics" table. */
final class EventCatalogue {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9.-]+)`\\s*\\|", Pattern.MULTILINE);

    private EventCatalogue() {
    }

    static Set<String> topics(String markdown) {
        int start = markdown.indexOf("\n## Topics");
        if (start < 0) {
            throw new IllegalArgumentException("docs/events.md has no '## Topics' section");
        }
        int end = markdown.indexOf("\n## ", start + 1);
        Matcher rows = ROW.matcher(markdown.substring(start, end < 0 ? markdown.length() : end));
        Set<String> topics = new TreeSet<>();
        while (rows.find()) {
            topics.add(rows.group(1));
        }
        return topics;
    }
}
