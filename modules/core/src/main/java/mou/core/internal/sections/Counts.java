package mou.core.internal.sections;

import java.util.List;
import mou.core.model.ProgressLevel;

/** How many activities stand at each level of the Progress Key, for the charts. */
final class Counts {

    private static final int LEVELS = ProgressLevel.values().length;

    private Counts() {
    }

    static int[] none() {
        return new int[LEVELS];
    }

    static List<Integer> of(int[] counts) {
        Integer[] boxed = new Integer[counts.length];
        for (int i = 0; i < counts.length; i++) {
            boxed[i] = counts[i];
        }
        return List.of(boxed);
    }

    static int sum(int[] counts) {
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }
}
