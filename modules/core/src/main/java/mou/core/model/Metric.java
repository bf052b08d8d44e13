package mou.core.model;

import java.math.BigDecimal;

/**
 * A quantified figure: a volume, a count, an amount of money, a percentage.
 *
 * @param id stable id
 * @param label what is measured, e.g. "Solid waste removed from drains"
 * @param value the value; it, the target and the baseline are within {@link Bounds#AMOUNT}
 * @param unit the unit, e.g. {@code "m3"}, {@code "tires"}, {@code "USD"}, {@code "%"}
 * @param target the value aimed at, or null
 * @param baseline the value at the start, or null
 * @param asOf when the value was true, or null
 * @param activityId the activity it measures, or null
 * @param note a remark, or null
 * @param words the figure as the source words it where it gives words rather than a number, e.g.
 *        "more than a third of the global economy" or "80 to 95 percent below 1990 levels":
 *        reports show these words instead of the value (which stays the number, for machines);
 *        null to show the value
 */
public record Metric(
        String id,
        Text label,
        BigDecimal value,
        String unit,
        BigDecimal target,
        BigDecimal baseline,
        DateSpan asOf,
        String activityId,
        Text note,
        Text words) {

    /** A figure that the report writes by its value. */
    public Metric(String id, Text label, BigDecimal value, String unit, BigDecimal target, BigDecimal baseline, DateSpan asOf,
            String activityId, Text note) {
        this(id, label, value, unit, target, baseline, asOf, activityId, note, null);
    }

    /**
     * This figure with the words that {@code before} gave the same figure, as long as what they
     * describe (the value, the unit and the target) is unchanged; without words once any of these
     * changed, since words written for another value would now say something false. Words this
     * figure has itself are kept as they are.
     *
     * @param before the figure as it was before this change, or null for a new figure
     * @since 1.4
     */
    public Metric keepingWordsOf(Metric before) {
        if (words != null) {
            return this; // words given with the change are the figure's words now
        }
        boolean same = before != null && before.words() != null && sameNumber(value, before.value())
                && java.util.Objects.equals(unit, before.unit()) && sameNumber(target, before.target());
        Text kept = same ? before.words() : null;
        return java.util.Objects.equals(kept, words) ? this
                : new Metric(id, label, value, unit, target, baseline, asOf, activityId, note, kept);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The share of the target reached, between 0 and 1 (capped), or -1 when there is no usable target. */
    public double progressTowardsTarget() {
        if (target == null || target.signum() == 0 || value == null) {
            return -1;
        }
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal span = target.subtract(from);
        if (span.signum() == 0) {
            return -1;
        }
        double share = value.subtract(from).doubleValue() / span.doubleValue();
        return Math.max(0, Math.min(1, share));
    }
}
