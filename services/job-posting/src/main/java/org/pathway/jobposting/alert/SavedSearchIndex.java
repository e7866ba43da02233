package org.pathway.jobposting.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.pathway.jobposting.posting.PostingFacts;
import org.pathway.jobposting.posting.PostingFilter;
import org.pathway.jobposting.posting.RoleType;

/**
 * Saved searches indexed by what prunes them cheapest, so one posting is matched against a small candidate set
 * instead of every search. Levels: role type (the posting's own, plus searches for any role); nights and weekends
 * (a posting with them skips every search excluding them); the clinical-share ceiling (a tree: only ceilings at or
 * above the posting's highest share); the minimum pay (a tree: only minimums at or below the posting's top pay).
 * What survives the levels is checked with {@link PostingFilter#matches} (mission, location, training), so the
 * index can only ever be faster than a scan, never different.
 */
final class SavedSearchIndex {

    /** One indexed search; the filter decides the match. */
    record Entry(String id, String tenant, String userId, String name, PostingFilter filter) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<RoleType, Partition> byRole = new EnumMap<>(RoleType.class);
    private final Partition anyRole = new Partition();

    synchronized void put(Entry entry) {
        remove(entry.id());
        byId.put(entry.id(), entry);
        partition(entry.filter().roleType(), true).add(entry);
    }

    synchronized void remove(String id) {
        Entry old = byId.remove(id);
        if (old != null) {
            partition(old.filter().roleType(), false).remove(old);
        }
    }

    synchronized int size() {
        return byId.size();
    }

    synchronized List<Entry> matching(PostingFacts posting) {
        List<Entry> matches = new ArrayList<>();
        Partition own = byRole.get(posting.roleType());
        if (own != null) {
            own.collect(posting, matches);
        }
        anyRole.collect(posting, matches);
        return matches;
    }

    /** The baseline the index is measured against (and checked against in tests): every search, one by one. */
    static List<Entry> scan(Collection<Entry> searches, PostingFacts posting) {
        List<Entry> matches = new ArrayList<>();
        for (Entry entry : searches) {
            if (entry.filter().matches(posting)) {
                matches.add(entry);
            }
        }
        return matches;
    }

    private Partition partition(RoleType role, boolean create) {
        if (role == null) {
            return anyRole;
        }
        return create ? byRole.computeIfAbsent(role, r -> new Partition()) : byRole.getOrDefault(role, new Partition());
    }

    /** The searches of one role level, split by the nights/weekends exclusion. */
    private static final class Partition {
        private final Ceilings nightsAccepted = new Ceilings();
        private final Ceilings nightsExcluded = new Ceilings();

        void add(Entry entry) {
            (entry.filter().excludesNightsWeekends() ? nightsExcluded : nightsAccepted).add(entry);
        }

        void remove(Entry entry) {
            (entry.filter().excludesNightsWeekends() ? nightsExcluded : nightsAccepted).remove(entry);
        }

        void collect(PostingFacts posting, List<Entry> into) {
            nightsAccepted.collect(posting, into);
            if (!posting.nightsWeekends()) {
                nightsExcluded.collect(posting, into);
            }
        }
    }

    /** clinical-share ceiling → minimum pay → searches; absent values index as "no limit". */
    private static final class Ceilings {
        private final NavigableMap<Double, NavigableMap<Long, Map<String, Entry>>> tree = new TreeMap<>();

        void add(Entry entry) {
            tree.computeIfAbsent(ceiling(entry), c -> new TreeMap<>())
                    .computeIfAbsent(minimumPay(entry), p -> new LinkedHashMap<>()).put(entry.id(), entry);
        }

        void remove(Entry entry) {
            NavigableMap<Long, Map<String, Entry>> byPay = tree.get(ceiling(entry));
            if (byPay == null) {
                return;
            }
            Map<String, Entry> entries = byPay.get(minimumPay(entry));
            if (entries != null) {
                entries.remove(entry.id());
                if (entries.isEmpty()) {
                    byPay.remove(minimumPay(entry));
                }
            }
            if (byPay.isEmpty()) {
                tree.remove(ceiling(entry));
            }
        }

        void collect(PostingFacts posting, List<Entry> into) {
            for (NavigableMap<Long, Map<String, Entry>> byPay : tree.tailMap(posting.clinicalShareMax(), true).values()) {
                for (Map<String, Entry> entries : byPay.headMap(posting.payMax(), true).values()) {
                    for (Entry entry : entries.values()) {
                        if (entry.filter().matches(posting)) {
                            into.add(entry);
                        }
                    }
                }
            }
        }

        private static double ceiling(Entry entry) {
            Double ceiling = entry.filter().clinicalShareAtMost();
            return ceiling == null ? Double.POSITIVE_INFINITY : ceiling;
        }

        private static long minimumPay(Entry entry) {
            Long minimum = entry.filter().minimumPay();
            return minimum == null ? 0L : minimum;
        }
    }
}
