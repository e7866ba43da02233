package org.pathway.notification.messaging;

import java.util.Locale;

/** Enum names as people read them: {@code ASSOCIATE_PROGRAM_DIRECTOR} → "Associate program director". */
final class Labels {

    private Labels() {
    }

    static String of(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A constant as a word inside a sentence: {@code ASSOCIATE} → "associate", {@code CLINICIAN_EDUCATOR} → "clinician educator". */
    static String lower(String constant) {
        return of(constant).toLowerCase(Locale.ROOT);
    }

    /** A match kind as the object of "asks you for …"; an unknown kind falls back to its plain label. */
    static String matchKind(String kind) {
        if (kind == null) {
            return "mentoring";
        }
        return switch (kind) {
            case "ADVICE_CONVERSATION" -> "an advice conversation";
            case "LONG_TERM" -> "long-term mentoring";
            case "PROMOTION_COACHING" -> "promotion coaching";
            case "SPONSORSHIP" -> "sponsorship";
            default -> of(kind).toLowerCase(Locale.ROOT);
        };
    }
}
