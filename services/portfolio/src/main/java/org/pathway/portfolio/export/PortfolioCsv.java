package org.pathway.portfolio.export;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The archive as one CSV table in long form, {@code record,id,revision,field,value}: one row per value, with nested
 * fields named by their path ({@code teaching.evaluation.mean}, {@code outcomes[1]}). Every record kind fits one table
 * and nothing is lost, which is what a spreadsheet or another system needs to take the data in (RFC 4180 quoting).
 */
final class PortfolioCsv {

    static final String HEADER = "record,id,revision,field,value";
    /** A text cell a spreadsheet would run as a formula is prefixed with an apostrophe; numbers are left alone. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?$");

    private final StringBuilder csv = new StringBuilder(HEADER).append("\r\n");

    private PortfolioCsv() {
    }

    /** {@code archive} is the JSON tree of a {@link PortfolioArchive}. */
    static String of(JsonNode archive) {
        PortfolioCsv table = new PortfolioCsv();
        JsonNode profile = archive.get("profile");
        table.flatten("profile", profile.path("userId").asString(""), profile.path("revision").asString(""), "", profile,
                Set.of());
        for (JsonNode entry : archive.get("activities")) {
            JsonNode activity = entry.get("activity");
            String id = activity.get("id").asString();
            table.flatten("activity", id, activity.path("revision").asString(""), "", activity, Set.of());
            for (JsonNode revision : entry.get("revisions")) {
                table.flatten("activity-revision", id, revision.path("revision").asString(""), "", revision, Set.of());
            }
        }
        JsonNode plan = archive.path("pivotPlan");
        if (plan.isObject()) {
            table.flatten("pivot-plan", "", "", "", plan, Set.of("milestones"));
            for (JsonNode milestone : plan.get("milestones")) {
                table.flatten("milestone", milestone.get("id").asString(), "", "", milestone, Set.of());
            }
        }
        return table.csv.toString();
    }

    /** Writes a row per leaf of {@code node}; fields named in {@code elsewhere} are written as records of their own. */
    private void flatten(String record, String id, String revision, String path, JsonNode node,
            Set<String> elsewhere) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (path.isEmpty() && elsewhere.contains(field.getKey())) {
                    continue;
                }
                flatten(record, id, revision, path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        field.getValue(), Set.of());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(record, id, revision, path + "[" + i + "]", node.get(i), Set.of());
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            row(record, id, revision, path, node.asString());
        }
    }

    private void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    private static String cell(String value) {
        boolean formula = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches();
        String safe = formula ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
