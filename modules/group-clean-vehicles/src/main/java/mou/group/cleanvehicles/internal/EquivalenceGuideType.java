package mou.group.cleanvehicles.internal;

import mou.core.spi.Attributes;

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
 * A guide that states which foreign emission standards count as equivalent to the Mexican ones,
 * so that compliance can be checked against either (the "Emission Standards Equivalence Guide"
 * to be published via DGFAUT).
 */
final class EquivalenceGuideType implements DeliverableType {

    static final String ID = "equivalence-guide";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(EquivalenceGuideType.class, ID, List.of(
            spec("publisher", "Published via", "Publicada por medio de", Kind.ORGANIZATIONS),
            choice("status", "Status", "Estado", "planned", "in-preparation", "published"),
            spec("publicationDate", "Published", "Publicada", Kind.DATE),
            spec("standardsCompared", "Standards compared", "Normas comparadas", Kind.TEXT_LIST),
            spec("language", "Language", "Idioma", Kind.TEXT),
            spec("url", "Web address", "Dirección web", Kind.URL)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Emission standards equivalence guide", "Guía de equivalencia de normas de emisión");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        Object status = attributes.get("status");
        if ("published".equals(status) && !attributes.containsKey("publicationDate")) {
            problems.add(AttributeProblem.error("publicationDate", "the guide is 'published' but has no 'publicationDate'; "
                    + "add when it was published, e.g. \"publicationDate\": \"2017-03\"", "la guía está 'published' pero no tiene"
                    + " 'publicationDate'; agregue cuándo se publicó, p. ej. \"publicationDate\": \"2017-03\""));
        }
        if (("planned".equals(status) || "in-preparation".equals(status)) && attributes.containsKey("publicationDate")) {
            problems.add(AttributeProblem.error("publicationDate", "a guide that is '" + status + "' has not been published; "
                    + "set 'status' to published or remove 'publicationDate'", "una guía en estado '" + status + "' no se ha publicado;"
                    + " ponga 'status' en published o quite 'publicationDate'"));
        }
        if (attributes.get("standardsCompared") instanceof List<?> compared && compared.size() == 1) {
            problems.add(AttributeProblem.warning("standardsCompared", "an equivalence guide compares at least two sets of "
                    + "standards, but 'standardsCompared' names one; add the standards it is compared with", "una guía de equivalencia"
                    + " compara al menos dos conjuntos de normas, pero 'standardsCompared' nombra uno; agregue las normas con que se compara"));
        }
        return problems;
    }

    /** e.g. "via DGFAUT · planned" or "published March 2017 via DGFAUT · compares Tier 2, Euro 4". */
    @Override
    public String summarise(Deliverable deliverable, String language) {
        Map<String, Object> a = deliverable.attributes();
        boolean es = Attributes.es(language);
        List<String> parts = new ArrayList<>();
        String publisher = Attributes.organizations(a, "publisher", id -> id.toUpperCase(java.util.Locale.ROOT));
        if (!publisher.isEmpty()) {
            parts.add((es ? "por medio de " : "via ") + publisher);
        }
        if (a.get("status") instanceof String status) {
            // the choice's words, from the plugin's labels (as the forms and tables show them)
            String words = Attributes.choiceWords(mou.core.report.Labels.forPlugin(getClass(), language), ID, a, "status").orElse(status);
            parts.add(words + Attributes.date(a, "publicationDate", language).map(d -> " " + d).orElse(""));
        }
        List<String> compared = Attributes.texts(a, "standardsCompared", language);
        if (!compared.isEmpty()) {
            parts.add((es ? "compara " : "compares ") + String.join(", ", compared));
        }
        return String.join(" · ", parts);
    }
}
