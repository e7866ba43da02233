package org.pathway.portfolio.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pathway.portfolio.activity.ActivityImports;
import org.pathway.portfolio.activity.ImportedTeaching;
import org.pathway.portfolio.activity.LearnerLevel;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A CSV file of teaching evaluations, one session per row, read with Jackson's CSV module. Every row is checked
 * (cell formats, then the same validation a typed teaching activity gets) and every problem reported with its row and
 * column, so the owner fixes the file once. Rows count as a spreadsheet shows them: the header is row 1.
 *
 * <p>Columns (header names are case-insensitive; spaces, dashes and slashes count as underscores):
 * {@code date}, {@code session} (or {@code course}), {@code learner_level}, {@code hours}, {@code mean},
 * {@code scale} ({@code 1-5}), and optionally {@code learner_count}, {@code respondents} and {@code comments}
 * (several separated by {@code |}).
 */
final class TeachingEvaluationFile {

    static final int MAX_ROWS = 1000;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.TRIM_SPACES).build();
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    /** Canonical column to the header spellings accepted for it. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("date", List.of("date", "session_date"));
        COLUMNS.put("session", List.of("session", "course", "course_session", "title"));
        COLUMNS.put("learner_level", List.of("learner_level", "level"));
        COLUMNS.put("learner_count", List.of("learner_count", "learners"));
        COLUMNS.put("hours", List.of("hours"));
        COLUMNS.put("mean", List.of("mean", "mean_score", "score"));
        COLUMNS.put("scale", List.of("scale"));
        COLUMNS.put("respondents", List.of("respondents"));
        COLUMNS.put("comments", List.of("comments", "comment"));
    }

    private static final List<String> REQUIRED = List.of("date", "session", "learner_level", "hours", "mean", "scale");

    /** Field of {@link ImportedTeaching} (as the activity validation names it) to canonical column. */
    private static final Map<String, String> FIELD_COLUMNS = Map.of("title", "session", "occurredOn", "date",
            "hours", "hours", "learnerLevel", "learner_level", "learnerCount", "learner_count", "mean", "mean",
            "scale", "scale", "respondents", "respondents", "comments", "comments");

    record RowError(int row, String column, String message) {
    }

    /** Either the sessions (no errors) or the errors (and nothing to store). */
    record Parsed(List<ImportedTeaching> sessions, List<RowError> errors) {
    }

    private TeachingEvaluationFile() {
    }

    static Parsed read(String text, ActivityImports activities) {
        List<String[]> records = records(text);
        if (records.isEmpty()) {
            throw ImportProblem.invalid("file", "has no header row");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw ImportProblem.invalid("file", "has more than " + MAX_ROWS + " rows; split it");
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> positions = header(records.get(0), errors);
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        Map<String, String> headerNames = positions.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> records.get(0)[e.getValue()].trim()));
        List<ImportedTeaching> sessions = new ArrayList<>();
        for (int index = 1; index < records.size(); index++) {
            String[] cells = records.get(index);
            if (Arrays.stream(cells).allMatch(String::isBlank)) {
                continue;
            }
            Row row = new Row(index + 1, cells, positions, headerNames, errors);
            ImportedTeaching session = row.session();
            int before = errors.size();
            activities.problems(session).forEach((field, message) -> {
                String column = FIELD_COLUMNS.getOrDefault(field, "session");
                if (!row.failed(column)) {
                    errors.add(new RowError(row.number, headerNames.getOrDefault(column, column), message));
                }
            });
            if (errors.size() == before && !row.anyFailed()) {
                sessions.add(session);
            }
        }
        if (sessions.isEmpty() && errors.isEmpty()) {
            throw ImportProblem.invalid("file", "has no rows below its header");
        }
        return errors.isEmpty() ? new Parsed(sessions, List.of()) : new Parsed(List.of(), errors);
    }

    private static List<String[]> records(String text) {
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
            return rows.readAll();
        } catch (JacksonException malformed) {
            throw ImportProblem.invalid("file", "is not valid CSV: " + malformed.getOriginalMessage());
        }
    }

    /** Canonical column to its position; unknown, repeated and missing columns reported on row 1. */
    private static Map<String, Integer> header(String[] names, List<RowError> errors) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].trim().toLowerCase(Locale.ROOT).replaceAll("[\\s/\\-]+", "_");
            String column = COLUMNS.entrySet().stream().filter(c -> c.getValue().contains(name)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (column == null) {
                errors.add(new RowError(1, names[i], "unknown column; expected " + String.join(", ", COLUMNS.keySet())));
            } else if (positions.putIfAbsent(column, i) != null) {
                errors.add(new RowError(1, names[i], "repeats column " + column));
            }
        }
        REQUIRED.stream().filter(column -> !positions.containsKey(column))
                .forEach(column -> errors.add(new RowError(1, column, "missing column")));
        return positions;
    }

    /** One data row's cells, converted one column at a time; a cell that cannot be read is reported once. */
    private static final class Row {

        private final int number;
        private final String[] cells;
        private final Map<String, Integer> positions;
        private final Map<String, String> headerNames;
        private final List<RowError> errors;
        private final List<String> failed = new ArrayList<>();

        Row(int number, String[] cells, Map<String, Integer> positions, Map<String, String> headerNames,
                List<RowError> errors) {
            this.number = number;
            this.cells = cells;
            this.positions = positions;
            this.headerNames = headerNames;
            this.errors = errors;
        }

        ImportedTeaching session() {
            double[] scale = cell("scale", TeachingEvaluationFile::range, "must be a range such as 1-5");
            return new ImportedTeaching(cell("session", Function.identity(), null),
                    cell("date", TeachingEvaluationFile::date, "must be a date such as 2025-09-02"),
                    cell("hours", Double::valueOf, "must be a number"),
                    cell("learner_level", TeachingEvaluationFile::level, "must be one of "
                            + Arrays.stream(LearnerLevel.values()).map(Enum::name).collect(Collectors.joining(", "))),
                    cell("learner_count", Integer::valueOf, "must be a whole number"),
                    cell("mean", Double::valueOf, "must be a number"),
                    scale == null ? null : scale[0], scale == null ? null : scale[1],
                    cell("respondents", Integer::valueOf, "must be a whole number"),
                    cell("comments", TeachingEvaluationFile::comments, null));
        }

        boolean failed(String column) {
            return failed.contains(column);
        }

        boolean anyFailed() {
            return !failed.isEmpty();
        }

        private <T> T cell(String column, Function<String, T> convert, String message) {
            Integer position = positions.get(column);
            if (position == null || position >= cells.length || cells[position].isBlank()) {
                return null;
            }
            try {
                T value = convert.apply(cells[position].trim());
                if (value == null) {
                    throw new IllegalArgumentException(message);
                }
                return value;
            } catch (RuntimeException unreadable) {
                failed.add(column);
                errors.add(new RowError(number, headerNames.getOrDefault(column, column), message));
                return null;
            }
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notIso) {
            return LocalDate.parse(text, US_DATE);
        }
    }

    private static LearnerLevel level(String text) {
        String name = text.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_").replaceFirst("S$", "");
        return LearnerLevel.valueOf(name);
    }

    private static double[] range(String text) {
        Matcher matcher = RANGE.matcher(text);
        return matcher.matches() ? new double[] {Double.parseDouble(matcher.group(1)),
                Double.parseDouble(matcher.group(2))} : null;
    }

    private static List<String> comments(String text) {
        return Arrays.stream(text.split("\\|")).map(String::trim).filter(comment -> !comment.isEmpty()).toList();
    }
}
