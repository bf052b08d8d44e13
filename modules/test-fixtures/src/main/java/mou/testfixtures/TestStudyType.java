package mou.testfixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.DateSpan;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.Attributes;
import mou.core.spi.DeliverableType;

/**
 * A deliverable type for tests with the id of the shipped workspace's monitoring studies (such as
 * {@code aq-3-2-1}), a few of their attributes, and a check of its own beyond the specs: a study
 * does not end before it begins ({@code endDate}). The shipped study's other attributes are
 * unknown to it, and kept.
 */
public final class TestStudyType implements DeliverableType {

    public static final String ID = "monitoring-study";

    private static final List<AttributeSpec> ATTRIBUTES = List.of(
            Attributes.required("pollutant", "Pollutant", "Contaminante", Kind.TEXT),
            Attributes.spec("sites", "Monitoring sites", "Sitios de monitoreo", Kind.INTEGER),
            Attributes.spec("purpose", "Purpose", "Propósito", Kind.TEXT),
            Attributes.spec("measurements", "Measurements", "Mediciones", Kind.TEXT_LIST),
            Attributes.spec("startDate", "Monitoring began", "Inicio del monitoreo", Kind.DATE),
            Attributes.spec("endDate", "Ends", "Término", Kind.DATE),
            Attributes.spec("shareAuthorised", "Share of the contract authorized", "Porcentaje autorizado", Kind.PERCENT),
            Attributes.spec("laboratory", "Analyzed by", "Analizadas por", Kind.ORGANIZATIONS));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Monitoring study", "Estudio de monitoreo");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if (attributes.get("startDate") instanceof String start && attributes.get("endDate") instanceof String end) {
            try {
                if (DateSpan.parse(end).end().isBefore(DateSpan.parse(start).start())) {
                    problems.add(AttributeProblem.error("endDate", "the study ends (" + end + ") before it began (" + start
                            + "); give an end date after the start", "el estudio termina (" + end + ") antes de empezar (" + start
                            + "); indique una fecha de fin posterior al inicio"));
                }
            } catch (IllegalArgumentException e) {
                // the specs' check has said so
            }
        }
        return problems;
    }
}
