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

/** A transfer and development of technology, e.g. for adapting to climate change (Overarching Goal 2). */
final class TechnologyTransferType implements DeliverableType {

    static final String ID = "technology-transfer";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(TechnologyTransferType.class, ID, List.of(
            spec("technologies", "Technologies", "Tecnologías", Kind.TEXT_LIST),
            spec("from", "Provided by", "Proporcionada por", Kind.ORGANIZATIONS),
            spec("to", "Received by", "Recibida por", Kind.ORGANIZATIONS),
            choice("status", "Status", "Estado", "possible", "planned", "under-way", "completed")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Technology transfer", "Transferencia de tecnología");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if ("completed".equals(attributes.get("status")) && attributes.get("to") == null) {
            problems.add(AttributeProblem.error("to",
                    "a 'completed' technology transfer must say in 'to' which organizations received it",
                    "una transferencia de tecnología 'completed' debe decir en 'to' qué organizaciones la recibieron"));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.shown(ATTRIBUTES, a, "technologies", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "from", language).map(f -> words.format(ID + ".from", f)).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "to", language).map(t -> words.format(ID + ".to", t)).ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
