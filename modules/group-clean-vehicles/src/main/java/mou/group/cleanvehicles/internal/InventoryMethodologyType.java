package mou.group.cleanvehicles.internal;

import mou.core.spi.Attributes;
import mou.core.spi.Numbers;

import static mou.core.spi.Attributes.choice;
import static mou.core.spi.Attributes.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * A methodology for estimating an emissions inventory of mobile sources (vehicular and off
 * road), drawn from California's experience: which sources and pollutants it covers, for where,
 * and how far it has come.
 */
final class InventoryMethodologyType implements DeliverableType {

    static final String ID = "inventory-methodology";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(InventoryMethodologyType.class, ID, List.of(
            spec("sources", "Sources covered", "Fuentes que abarca", Kind.TEXT_LIST),
            spec("pollutants", "Pollutants", "Contaminantes", Kind.TEXT_LIST),
            spec("country", "For", "Para", Kind.TEXT),
            spec("basedOn", "Based on", "Con base en", Kind.TEXT),
            spec("organizations", "Organizations", "Organizaciones", Kind.ORGANIZATIONS),
            choice("status", "Status", "Estado", "planned", "in-development", "completed"),
            spec("completionDate", "Completed", "Concluida", Kind.DATE)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Emissions inventory methodology", "Metodología de inventario de emisiones");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if (attributes.get("sources") instanceof List<?> sources && sources.isEmpty()) {
            problems.add(AttributeProblem.error("sources", "'sources' is empty; name the source categories the inventory "
                    + "covers, e.g. [\"vehicular\", \"off road\"], or leave it out", "'sources' está vacío; indique las categorías de fuentes que"
                    + " abarca el inventario, p. ej. [\"vehicular\", \"off road\"], o quítelo"));
        }
        Object status = attributes.get("status");
        if ("completed".equals(status) && !attributes.containsKey("completionDate")) {
            problems.add(AttributeProblem.warning("completionDate", "the methodology is 'completed' but has no "
                    + "'completionDate'; add when it was completed", "la metodología está 'completed' pero no tiene 'completionDate';"
                    + " agregue cuándo se terminó"));
        }
        if (("planned".equals(status) || "in-development".equals(status)) && attributes.containsKey("completionDate")) {
            problems.add(AttributeProblem.error("completionDate", "a methodology that is '" + status + "' is not completed; "
                    + "set 'status' to completed or remove 'completionDate'", "una metodología en estado '" + status + "' no está terminada;"
                    + " ponga 'status' en completed o quite 'completionDate'"));
        }
        return problems;
    }

    /** e.g. "vehicular and off road sources · for Mexico · planned". */
    @Override
    public String summarise(Deliverable deliverable, String language) {
        Map<String, Object> a = deliverable.attributes();
        boolean es = Attributes.es(language);
        List<String> parts = new ArrayList<>();
        List<String> sources = Attributes.texts(a, "sources", language);
        if (!sources.isEmpty()) {
            parts.add(es ? "fuentes " + Numbers.list(sources, language) : Numbers.list(sources, language) + " sources");
        }
        Attributes.text(a, "country", language).ifPresent(c -> parts.add((es ? "para " : "for ") + c));
        if (a.get("status") instanceof String status) {
            // the choice's words, from the plugin's labels (as the forms and tables show them)
            String words = Attributes.choiceWords(mou.core.report.Labels.forPlugin(getClass(), language), ID, a, "status").orElse(status);
            parts.add(words + Attributes.date(a, "completionDate", language).map(d -> " " + d).orElse(""));
        }
        return String.join(" · ", parts);
    }
}
