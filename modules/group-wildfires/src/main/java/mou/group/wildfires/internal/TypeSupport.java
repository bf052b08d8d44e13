package mou.group.wildfires.internal;

import mou.core.report.Labels;

/** The group's own words (headings, choice values, units), read from its resource bundle. */
final class TypeSupport {

    static final String LABELS = "mou.group.wildfires.labels";

    private TypeSupport() {
    }

    static Labels labels(String language) {
        return Labels.load(LABELS, TypeSupport.class.getClassLoader(), language);
    }
}
