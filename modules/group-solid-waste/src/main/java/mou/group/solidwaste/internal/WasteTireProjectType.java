package mou.group.solidwaste.internal;

import mou.core.spi.Attributes;

import static mou.core.spi.Attributes.choice;
import static mou.core.spi.Attributes.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Bounds;
import mou.core.model.Text;
import mou.core.report.Labels;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * A waste-tire project: tires recovered before they cross the border, where they were taken and
 * what they will become (WILDCOAST's Tijuana pilot: 15,000 tires collected in 2016).
 */
public final class WasteTireProjectType implements DeliverableType {

    public static final String ID = "waste-tire-project";

    static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(WasteTireProjectType.class, ID, List.of(
            spec("lead", "Led by", "A cargo de", Kind.ORGANIZATIONS),
            spec("partners", "Partners", "Socios", Kind.ORGANIZATIONS),
            spec("fundedBy", "Funded by", "Financiado por", Kind.ORGANIZATIONS),
            spec("place", "Place", "Lugar", Kind.TEXT),
            spec("target", "Target", "Meta", Kind.QUANTITY).withRange(0, Bounds.LIMIT),
            spec("achieved", "Collected", "Recolectadas", Kind.QUANTITY).withRange(0, Bounds.LIMIT),
            spec("destination", "Taken to", "Llevadas a", Kind.TEXT),
            choice("endUse", "End use", "Destino final", "tire-derived-products", "remanufacturing", "fuel", "other"),
            spec("start", "Start", "Inicio", Kind.DATE),
            spec("completion", "Completion", "Conclusión", Kind.DATE),
            choice("status", "Status", "Estado", "planned", "in-progress", "completed")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Waste tire project", "Proyecto de llantas de desecho");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        Quantities.check(attributes, problems);
        // Tires are counted one by one; a fraction is a typo (or the wrong unit).
        for (String name : List.of("target", "achieved")) {
            Quantities.of(attributes.get(name))
                    .filter(q -> q.unit().equals("tires") && q.value().stripTrailingZeros().scale() > 0)
                    .ifPresent(q -> problems.add(AttributeProblem.error(name, "'" + name + "' counts tires, so it must be a whole number, not "
                            + q.value().toPlainString(), "'" + name + "': el valor cuenta llantas, así que debe ser un número entero, no "
                            + q.value().toPlainString())));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Quantities.progress(words, a, language).map(p -> words.format("waste-tire-project.collected", p)).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "destination", language).map(d -> words.format("waste-tire-project.taken-to", d)).ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "endUse").ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "completion", language).map(d -> words.format("project.completion", d)).ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
