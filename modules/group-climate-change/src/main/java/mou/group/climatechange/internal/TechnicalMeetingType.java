package mou.group.climatechange.internal;

import mou.core.spi.Attributes;

import static mou.core.spi.Attributes.spec;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.report.Labels;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * A technical meeting between the group's agencies, such as CONAFOR and CARB in Sacramento,
 * with its topics and the site visits made during it.
 */
final class TechnicalMeetingType implements DeliverableType {

    static final String ID = "technical-meeting";

    private static final List<AttributeSpec> ATTRIBUTES = List.of(
            spec("date", "Date", "Fecha", Kind.DATE),
            spec("days", "Days", "Días", Kind.INTEGER),
            spec("place", "Place", "Lugar", Kind.TEXT),
            spec("organizations", "Organizations", "Organizaciones", Kind.ORGANIZATIONS),
            spec("supportedBy", "Supported by", "Con apoyo de", Kind.ORGANIZATIONS),
            spec("topics", "Topics", "Temas", Kind.TEXT_LIST),
            spec("siteVisits", "Site visits", "Visitas de campo", Kind.TEXT_LIST));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Technical meeting", "Reunión técnica");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        Object days = attributes.get("days");
        if (days instanceof Number n && n.intValue() < 1) {
            problems.add(AttributeProblem.error("days", "'days' must be 1 or more, not " + n, "'days': el valor debe ser 1 o más, no " + n));
        }
        // When both say how long the meeting was, they must agree; a typo in either shows here.
        if (days instanceof Number n && n.intValue() >= 1 && attributes.get("date") instanceof String date) {
            try {
                DateSpan span = DateSpan.parse(date);
                if (span.precision() == DateSpan.Precision.DAY) {
                    long length = ChronoUnit.DAYS.between(span.start(), span.end()) + 1;
                    if (length != n.longValue()) {
                        problems.add(AttributeProblem.warning("days", "'days' is " + n + " but 'date' " + date + " covers "
                                + length + (length == 1 ? " day" : " days") + "; correct one of them", "'days' es " + n + " pero 'date' " + date
                                + " abarca " + length + (length == 1 ? " día" : " días") + "; corrija uno de los dos"));
                    }
                }
            } catch (IllegalArgumentException e) {
                // the date's own check has reported it
            }
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.shown(ATTRIBUTES, a, "date", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "place", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "topics", language).map(t -> words.format(ID + ".topics", t)).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "siteVisits", language).map(t -> words.format(ID + ".site-visits", t)).ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
