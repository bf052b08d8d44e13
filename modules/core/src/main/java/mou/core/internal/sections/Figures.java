package mou.core.internal.sections;

import mou.core.model.Metric;
import mou.core.spi.Numbers;

/** A figure's value written for people. */
final class Figures {

    private Figures() {
    }

    static String value(Metric metric, String language) {
        return Numbers.amount(metric.value(), metric.unitIn(language), language);
    }

    /** A value with the words of its unit as given (e.g. in the singular for one). */
    static String value(java.math.BigDecimal value, String unitWords, String language) {
        return Numbers.amount(value, unitWords, language);
    }
}
