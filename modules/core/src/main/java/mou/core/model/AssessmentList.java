package mou.core.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The assessments of a {@link GroupYear}: an immutable list that also finds an activity's
 * assessment by its id in constant time. The report looks up every activity of every plan in
 * each year it shows, so a scan per lookup made assembly quadratic in the activities per group.
 *
 * <p>The index is built on the first lookup, not when the year is loaded, so that years nobody
 * asks about cost nothing extra; it is a table of positions (4 bytes a slot, at least twice as
 * many slots as assessments), not a map of entries. Short lists are scanned: for them a scan is
 * as quick as hashing. Like the scan it replaces, a lookup finds the first assessment of an
 * activity when a year rates it twice.
 */
final class AssessmentList extends AbstractList<Assessment> implements RandomAccess {

    private static final AssessmentList EMPTY = new AssessmentList(new Assessment[0]);

    /** Up to this many assessments a lookup scans the list; beyond it, it uses the index. */
    static final int SCANNED = 8;

    private final Assessment[] elements;

    /**
     * For each slot, 1 + the position of the first assessment whose activity id hashes there (with
     * linear probing), or 0 for an empty slot. Built on first use; a race builds it twice, harmlessly.
     */
    private volatile int[] slots;

    private AssessmentList(Assessment[] elements) {
        this.elements = elements;
    }

    /** An immutable copy, rejecting null elements as {@link java.util.List#copyOf} does; an AssessmentList itself is returned as it is. */
    static AssessmentList copyOf(Collection<? extends Assessment> assessments) {
        if (assessments instanceof AssessmentList list) {
            return list;
        }
        Assessment[] elements = assessments.toArray(new Assessment[0]);
        for (Assessment assessment : elements) {
            Objects.requireNonNull(assessment);
        }
        return elements.length == 0 ? EMPTY : new AssessmentList(elements);
    }

    @Override
    public Assessment get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    /** The first assessment of the activity, or null when none rates it (or the id is null). */
    Assessment first(String activityId) {
        if (activityId == null) {
            return null;
        }
        if (elements.length <= SCANNED) {
            for (Assessment assessment : elements) {
                if (activityId.equals(assessment.activityId())) {
                    return assessment;
                }
            }
            return null;
        }
        int[] table = slots;
        if (table == null) {
            table = index(elements);
            slots = table;
        }
        int mask = table.length - 1;
        for (int i = spread(activityId.hashCode()) & mask; ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == 0) {
                return null;
            }
            Assessment assessment = elements[slot - 1];
            if (activityId.equals(assessment.activityId())) {
                return assessment;
            }
        }
    }

    private static int[] index(Assessment[] elements) {
        // a power of two at least twice the count keeps the probe sequences short
        int[] table = new int[Integer.highestOneBit(2 * elements.length - 1) << 1];
        int mask = table.length - 1;
        for (int position = 0; position < elements.length; position++) {
            String id = elements[position].activityId();
            if (id == null) {
                continue;
            }
            int i = spread(id.hashCode()) & mask;
            while (table[i] != 0 && !id.equals(elements[table[i] - 1].activityId())) {
                i = (i + 1) & mask;
            }
            if (table[i] == 0) {
                table[i] = position + 1;
            }
        }
        return table;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
