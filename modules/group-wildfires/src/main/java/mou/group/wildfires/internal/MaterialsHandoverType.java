package mou.group.wildfires.internal;

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
 * Guides and operating documents handed over to the partner agency, translated where needed,
 * e.g. the Spanish translation of the Cal OES FIRESCOPE WUI Structure Protection guide given to CONAFOR.
 */
final class MaterialsHandoverType implements DeliverableType {

    static final String ID = "materials-handover";

    static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(MaterialsHandoverType.class, ID, List.of(
            new AttributeSpec("materials", Text.of("Materials", "Materiales"), Kind.TEXT_LIST, true, List.of(), null),
            spec("heading", "Listed under", "En la lista", Kind.TEXT),
            spec("from", "Provided by", "Entregado por", Kind.ORGANIZATIONS),
            spec("to", "Received by", "Recibido por", Kind.ORGANIZATIONS),
            spec("translatedInto", "Translated into", "Traducido al", Kind.TEXT),
            spec("date", "Date", "Fecha", Kind.DATE),
            choice("status", "Status", "Estado", "planned", "in-preparation", "delivered")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Materials handover", "Entrega de materiales");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if (Attributes.isEmptyList(attributes.get("materials"))) {
            problems.add(AttributeProblem.error("materials", "'materials' is an empty list; name what is handed over, e.g. \"FIRESCOPE WUI Structure Protection guide\"",
                    "'materials' es una lista vacía; nombre lo que se entrega, p. ej. \"FIRESCOPE WUI Structure Protection guide\""));
        }
        if ("delivered".equals(attributes.get("status")) && attributes.get("date") == null) {
            problems.add(AttributeProblem.warning("date", "a 'delivered' handover should say in 'date' when it was delivered (a year such as \"2016\" will do)",
                    "una entrega 'delivered' debería decir en 'date' cuándo se entregó (basta un año como \"2016\")"));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.shown(ATTRIBUTES, a, "materials", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "translatedInto", language).map(l -> words.format(ID + ".translated", l)).ifPresent(parts::add);
        String status = Attributes.choiceWords(words, ID, a, "status").orElse(null);
        String date = Attributes.shown(ATTRIBUTES, a, "date", language).orElse(null);
        if (status != null && date != null) {
            parts.add(words.format(ID + ".status-on", status, date));
        } else if (status != null || date != null) {
            parts.add(status != null ? status : date);
        }
        return Attributes.join(parts);
    }
}
