package mou.group.solidwaste.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.model.DateSpan;
import mou.core.report.Labels;
import mou.core.spi.AttributeProblem;
import mou.core.spi.Numbers;

/**
 * What the project types share: a target and an achieved quantity ({@code {"value": 6000, "unit": "m3"}})
 * that must be comparable, dates that must run forward, and "3,800 m³ of 6,000 m³ (63%)" for people.
 */
public final class Quantities {

    private Quantities() {
    }

    public record Quantity(BigDecimal value, String unit) {
    }

    public static Optional<Quantity> of(Object value) {
        if (value instanceof Map<?, ?> m && m.get("value") instanceof Number n && m.get("unit") instanceof String unit) {
            return Optional.of(new Quantity(new BigDecimal(n.toString()), unit));
        }
        return Optional.empty();
    }

    /** The share of the target achieved, from 0 (capped at 1), or empty when the two cannot be compared. */
    public static Optional<Double> share(Object achieved, Object target) {
        Optional<Quantity> a = of(achieved);
        Optional<Quantity> t = of(target);
        if (a.isEmpty() || t.isEmpty() || !a.get().unit().equals(t.get().unit()) || t.get().value().signum() <= 0) {
            return Optional.empty();
        }
        double share = a.get().value().doubleValue() / t.get().value().doubleValue();
        return Optional.of(Math.max(0, Math.min(1, share)));
    }

    static void check(Map<String, Object> attributes, List<AttributeProblem> problems) {
        Optional<Quantity> target = of(attributes.get("target"));
        Optional<Quantity> achieved = of(attributes.get("achieved"));
        if (target.isPresent() && achieved.isPresent() && !target.get().unit().equals(achieved.get().unit())) {
            problems.add(AttributeProblem.error("achieved", "'achieved' is in " + achieved.get().unit() + " but 'target' in "
                    + target.get().unit() + "; give both in the same unit so that progress can be measured", "'achieved' está en "
                    + achieved.get().unit() + " pero 'target' en " + target.get().unit() + "; indique ambos en la misma unidad para poder medir el avance"));
        } else if (target.isPresent() && achieved.isPresent() && "completed".equals(attributes.get("status"))
                && achieved.get().value().compareTo(target.get().value()) < 0) {
            problems.add(AttributeProblem.warning("status", "the project is marked 'completed' with " + achieved.get().value().toPlainString()
                    + " " + achieved.get().unit() + " of its target of " + target.get().value().toPlainString() + " " + target.get().unit()
                    + "; check 'achieved' or the status", "el proyecto está marcado como 'completed' con " + achieved.get().value().toPlainString()
                    + " " + achieved.get().unit() + " de su meta de " + target.get().value().toPlainString() + " " + target.get().unit()
                    + "; revise 'achieved' o el estado"));
        }
        Optional<DateSpan> start = date(attributes.get("start"));
        Optional<DateSpan> completion = date(attributes.get("completion"));
        if (start.isPresent() && completion.isPresent() && completion.get().end().isBefore(start.get().start())) {
            problems.add(AttributeProblem.error("completion", "'completion' (" + completion.get().iso() + ") is before 'start' ("
                    + start.get().iso() + ")", "'completion' (" + completion.get().iso() + ") es anterior a 'start' (" + start.get().iso() + ")"));
        }
    }

    static Optional<DateSpan> date(Object value) {
        if (value instanceof String s) {
            try {
                return Optional.of(DateSpan.parse(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // the attribute's own check reports it
            }
        }
        return Optional.empty();
    }

    static String number(BigDecimal value, String language) {
        return Numbers.number(value, language);
    }

    /** A value with its unit as a reader expects it, as the report's figures write it: "$300,000", "80%", "3,800 m³". */
    public static String show(BigDecimal value, String unit, String language) {
        return mou.core.spi.Numbers.amount(value, unit, language);
    }

    public static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** "3,800 m³ of 6,000 m³ (63%)", "15,000 tires" or "target 6,000 m³": whatever the attributes allow. */
    public static Optional<String> progress(Labels words, Map<String, Object> attributes, String language) {
        Optional<Quantity> achieved = of(attributes.get("achieved"));
        Optional<Quantity> target = of(attributes.get("target"));
        Optional<Double> share = share(attributes.get("achieved"), attributes.get("target"));
        if (achieved.isPresent() && target.isPresent() && share.isPresent()) {
            return Optional.of(words.format("quantity.of-target",
                    show(achieved.get().value(), achieved.get().unit(), language),
                    show(target.get().value(), target.get().unit(), language),
                    percent(share.get())));
        }
        if (achieved.isPresent()) {
            return Optional.of(show(achieved.get().value(), achieved.get().unit(), language));
        }
        return target.map(t -> words.format("quantity.target", show(t.value(), t.unit(), language)));
    }
}
