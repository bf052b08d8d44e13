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
 * Offset methodologies explored or analyzed together, e.g. California's forestry offsets protocol
 * looked at for an eventual Mexican accreditation system (Overarching Goal 3).
 */
final class OffsetMethodologyType implements DeliverableType {

    static final String ID = "offset-methodology";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(OffsetMethodologyType.class, ID, List.of(
            spec("methodologies", "Methodologies", "Metodologías", Kind.TEXT_LIST),
            choice("origin", "Origin", "Origen", "california", "mexico", "other"),
            spec("purpose", "Purpose", "Propósito", Kind.TEXT),
            choice("stage", "Stage", "Etapa", "planned", "exploring", "analysing", "adopted"),
            spec("organizations", "Organizations", "Organizaciones", Kind.ORGANIZATIONS)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Offset methodology", "Metodología de compensaciones");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        // An empty list reads as "no methodology at all", which is never what was meant.
        if (Attributes.isEmptyList(attributes.get("methodologies"))) {
            problems.add(AttributeProblem.error("methodologies",
                    "'methodologies' is an empty list; name at least one methodology (e.g. \"California's forestry offsets protocol\") or leave the attribute out",
                    "'methodologies' es una lista vacía; nombre al menos una metodología (p. ej. \"California's forestry offsets protocol\") o quite el atributo"));
        }
        if ("adopted".equals(attributes.get("stage")) && attributes.get("purpose") == null) {
            problems.add(AttributeProblem.error("purpose",
                    "a methodology at stage 'adopted' must say in 'purpose' what it was adopted for (e.g. \"Mexican accreditation system\")",
                    "una metodología en la etapa 'adopted' debe decir en 'purpose' para qué se adoptó (p. ej. \"Mexican accreditation system\")"));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.choiceWords(words, ID, a, "origin").ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "stage").ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "methodologies", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "purpose", language).map(p -> words.format(ID + ".purpose", p)).ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
