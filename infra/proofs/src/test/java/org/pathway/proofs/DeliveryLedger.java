package org.pathway.proofs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The books of one fault run: which events were written (aggregate id and revision, one event per revision), what the
 * broker carried for those aggregates in offset order, and which event ids the consumer applied. Comparing them gives
 * the numbers a fault test asserts on, without trusting the services' own view of themselves.
 */
final class DeliveryLedger {

    record Delivery(String eventId, int revision) {
    }

    /**
     * @param redelivered a copy of an already-carried event on the wire (at-least-once; the consumer's guard drops it)
     * @param misordered  an aggregate's event carried (first time) after a later revision of the same aggregate
     * @param duplicated  an effect applied more than once: an event id applied twice, or one revision carried under two ids
     */
    record Outcome(long sent, long applied, long lost, long duplicated, long redelivered, long misordered) {

        String line(String name, String extra) {
            return "FAULT " + name + " sent=" + sent + " applied=" + applied + " lost=" + lost + " duplicated=" + duplicated
                    + " redelivered=" + redelivered + " misordered=" + misordered + (extra.isEmpty() ? "" : " " + extra);
        }
    }

    private final Map<String, Integer> lastWrittenRevision = new ConcurrentHashMap<>();
    private final Map<String, List<Delivery>> carried = new LinkedHashMap<>();

    /** A write the service acknowledged, which must cause event {@code revision} of {@code aggregate}. */
    void written(String aggregate, int revision) {
        lastWrittenRevision.merge(aggregate, revision, Math::max);
    }

    Set<String> aggregates() {
        return lastWrittenRevision.keySet();
    }

    /** One record of the topic keyed by one of our aggregates, in offset order. */
    synchronized void carried(String aggregate, String eventId, int revision) {
        carried.computeIfAbsent(aggregate, key -> new ArrayList<>()).add(new Delivery(eventId, revision));
    }

    /** Every event id the broker carried for our aggregates. */
    synchronized Set<String> carriedEventIds() {
        Set<String> ids = new HashSet<>();
        carried.values().forEach(deliveries -> deliveries.forEach(delivery -> ids.add(delivery.eventId())));
        return ids;
    }

    /**
     * @param appliedMarkers the consumer's processed-event markers for our event ids, one entry per marker (so a
     *                       repeated id is an effect applied twice)
     */
    synchronized Outcome outcome(List<String> appliedMarkers) {
        Set<String> applied = new HashSet<>(appliedMarkers);
        long sent = 0;
        long lost = 0;
        long duplicated = appliedMarkers.size() - applied.size();
        long redelivered = 0;
        long misordered = 0;
        for (Map.Entry<String, Integer> aggregate : lastWrittenRevision.entrySet()) {
            int revisions = aggregate.getValue();
            sent += revisions;
            Map<String, Integer> firstCarried = new LinkedHashMap<>();
            for (Delivery delivery : carried.getOrDefault(aggregate.getKey(), List.of())) {
                if (firstCarried.putIfAbsent(delivery.eventId(), delivery.revision()) != null) {
                    redelivered++;
                }
            }
            int previous = 0;
            Set<Integer> appliedRevisions = new HashSet<>();
            Set<Integer> carriedRevisions = new HashSet<>();
            for (Map.Entry<String, Integer> event : firstCarried.entrySet()) {
                if (event.getValue() <= previous) {
                    misordered++;
                }
                previous = Math.max(previous, event.getValue());
                if (!carriedRevisions.add(event.getValue())) {
                    duplicated++;
                }
                if (applied.contains(event.getKey())) {
                    appliedRevisions.add(event.getValue());
                }
            }
            for (int revision = 1; revision <= revisions; revision++) {
                if (!appliedRevisions.contains(revision)) {
                    lost++;
                }
            }
        }
        return new Outcome(sent, sent - lost, lost, duplicated, redelivered, misordered);
    }
}
