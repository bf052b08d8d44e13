package mou.group.climatechange.internal;

import mou.core.spi.Attributes;

import static mou.core.spi.Attributes.choice;
import static mou.core.spi.Attributes.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.report.Labels;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * Whether two systems or jurisdictions could be aligned or linked: Mexico's registry with
 * California's GHG reporting system, subnational linking within Mexico, national and subnational policies.
 */
final class LinkageAssessmentType implements DeliverableType {

    static final String ID = "linkage-assessment";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(LinkageAssessmentType.class, ID, List.of(
            spec("subject", "Subject", "Tema", Kind.TEXT),
            spec("systems", "Systems", "Sistemas", Kind.TEXT_LIST),
            spec("jurisdictions", "Jurisdictions", "Jurisdicciones", Kind.TEXT_LIST),
            choice("status", "Status", "Estado", "proposed", "under-discussion", "discussed-not-pursued", "agreed")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Linkage assessment", "Evaluación de vinculación");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        // A link joins at least two sides; an agreed link that names fewer cannot be checked later.
        if ("agreed".equals(attributes.get("status"))) {
            int sides = count(attributes.get("systems")) + count(attributes.get("jurisdictions"));
            if (sides < 2) {
                problems.add(AttributeProblem.error("status",
                        "a linkage that is 'agreed' joins at least two sides; list them in 'systems' or 'jurisdictions' (found " + sides + ")",
                        "un vínculo 'agreed' une al menos dos partes; enumérelas en 'systems' o 'jurisdictions' (hay " + sides + ")"));
            }
        }
        return problems;
    }

    private static int count(Object value) {
        return value instanceof List<?> list ? list.size() : 0;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.shown(ATTRIBUTES, a, "subject", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "systems", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "jurisdictions", language).ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
