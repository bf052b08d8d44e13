package mou.core.model;

import java.util.List;
import java.util.Locale;

/**
 * A dated event of a group's year: a meeting, training, workshop, teleconference, site visit,
 * delivery or publication.
 *
 * @param id stable id
 * @param kind what sort of event
 * @param date when, as precisely as known
 * @param title what it was
 * @param place where, or null
 * @param organizations ids of the organizations that took part
 * @param participants how many people took part, or null when not given; a count ({@link Bounds#COUNT})
 * @param description more detail, or null
 * @param activityId the activity it served, or null
 */
public record Event(
        String id,
        Kind kind,
        DateSpan date,
        Text title,
        Text place,
        List<String> organizations,
        Integer participants,
        Text description,
        String activityId) {

    public Event {
        organizations = List.copyOf(organizations);
    }

    /** What sort of event. */
    public enum Kind {
        MEETING, TRAINING, WORKSHOP, TELECONFERENCE, SITE_VISIT, DELIVERY, PUBLICATION, SIGNING, OTHER;

        /** Every kind: {@link #values()} copies its array on each call. */
        private static final Kind[] KINDS = values();

        private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

        /** The id used in workspace files, e.g. {@code "site-visit"}. */
        public String id() {
            return id;
        }

        public static java.util.Optional<Kind> byId(String id) {
            for (Kind k : KINDS) {
                if (k.id.equals(id)) {
                    return java.util.Optional.of(k);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
