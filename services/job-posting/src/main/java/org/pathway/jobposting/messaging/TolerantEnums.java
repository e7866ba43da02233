package org.pathway.jobposting.messaging;

/**
 * Reading another service's vocabulary: a value this service does not know (added later upstream) reads as null
 * and is skipped, instead of failing the whole event.
 */
final class TolerantEnums {

    private TolerantEnums() {
    }

    static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
