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
 * @param unitText the unit as a text: its English is {@code unit} (given with another English, it takes {@code unit}'s, and its
 *        Spanish becomes stale), with its Spanish where given, e.g. {@code "tires"} and {@code "llantas"}; null exactly when
 *        {@code unit} is (a figure made without it has the unit's English alone) (since 1.10)
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
        Text words,
        Text unitText) {

    /**
     * The units that read the same in English and Spanish (symbols and codes), which need no Spanish: a figure in one of
     * them is never untranslated (since 1.10).
     */
    public static final java.util.Set<String> SYMBOLS = java.util.Set.of("%", "m3", "m³", "m2", "m²", "km", "km2", "km²", "ha", "kg", "t",
            "MW", "MWh", "GW", "GWh", "kW", "kWh", "USD", "MXN", "CO2e", "tCO2e", "MtCO2e", "ppm", "ppb", "µg/m3", "µg/m³");

    public Metric {
        if (unit == null && unitText != null) {
            unit = unitText.en();
        }
        if (unit == null) {
            unitText = null;
        } else if (unitText == null) {
            unitText = Text.of(unit);
        } else if (!unitText.en().equals(unit)) {
            unitText = unitText.withEnglish(unit);
        }
    }

    /** A figure that the report writes by its words (since 1.4), its unit in English alone. */
    public Metric(String id, Text label, BigDecimal value, String unit, BigDecimal target, BigDecimal baseline, DateSpan asOf,
            String activityId, Text note, Text words) {
        this(id, label, value, unit, target, baseline, asOf, activityId, note, words, null);
    }

    /** A figure that the report writes by its value. */
    public Metric(String id, Text label, BigDecimal value, String unit, BigDecimal target, BigDecimal baseline, DateSpan asOf,
            String activityId, Text note) {
        this(id, label, value, unit, target, baseline, asOf, activityId, note, null, null);
    }

    /**
     * Whether a unit needs a Spanish of its own: not when it is none, a symbol or code that reads the same in both languages
     * ({@link #SYMBOLS}), or a unit whose Spanish the application's words know (the report's {@code unit.} words, e.g.
     * "tires" is "llantas"). The one rule of {@code validate --language es}, the translations and the forms (since 1.10).
     */
    public static boolean unitNeedsSpanish(String unit) {
        if (unit == null || unit.isBlank() || SYMBOLS.contains(unit.strip())) {
            return false;
        }
        return mou.core.report.Labels.forLanguage("es").unit(unit).equals(unit);
    }

    /**
     * The unit as a reader of {@code language} reads it, to be written after a number: in Spanish the figure's own Spanish
     * where given, else the report's words for it where they know it ({@link mou.core.report.Labels#unit}), else the unit as
     * given; the
     * symbols the reports write their own way ({@code USD}, {@code %}, {@code m3}) always as given; null when there is none
     * (since 1.10).
     */
    public String unitIn(String language) {
        if (unitText == null || !"es".equals(language) || SYMBOLS.contains(unit.strip())) {
            return unit;
        }
        return unitText.es() != null ? unitText.es() : mou.core.report.Labels.forLanguage(language).unit(unit);
    }

    /** This figure with its unit's Spanish as given (null or blank removes it), translating its unit's English (since 1.10). */
    public Metric withUnitSpanish(String spanish) {
        return unitText == null ? this : new Metric(id, label, value, unit, target, baseline, asOf, activityId, note, words,
                unitText.withSpanish(spanish));
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
                : new Metric(id, label, value, unit, target, baseline, asOf, activityId, note, kept, unitText);
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
