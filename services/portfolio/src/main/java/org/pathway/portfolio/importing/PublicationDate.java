package org.pathway.portfolio.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;

/** Sources give a year, often a month, sometimes a day: the activity date is the first day they leave open. */
final class PublicationDate {

    private PublicationDate() {
    }

    static LocalDate of(Integer year, Integer month, Integer day) {
        if (year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month == null ? 1 : month, month == null || day == null ? 1 : day);
        } catch (DateTimeException impossible) {
            return LocalDate.of(year, 1, 1);
        }
    }

    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.trim();
        if (digits.matches("\\d{1,4}")) {
            return Integer.valueOf(digits);
        }
        return null;
    }

    /** {@code 3}, {@code 03}, {@code Mar}, {@code March} or {@code aug} to a month number; null when none of them. */
    static Integer month(String text) {
        Integer number = number(text);
        if (number != null) {
            return number >= 1 && number <= 12 ? number : null;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        String prefix = text.trim().toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (prefix.length() >= 3 && month.name().startsWith(prefix.substring(0, 3))) {
                return month.getValue();
            }
        }
        return null;
    }
}
