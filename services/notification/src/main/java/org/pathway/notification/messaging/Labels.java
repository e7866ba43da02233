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
}
