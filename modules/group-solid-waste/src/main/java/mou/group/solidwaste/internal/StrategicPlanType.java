package mou.group.solidwaste.internal;

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
 * A strategic plan prepared through a series of workshops and presented to a council, such as the
 * California-Mexico Border Solid Waste and Waste Tire Strategic Plan (four workshops from August
 * 2016, to be presented to the CMBRC in January 2017).
 */
final class StrategicPlanType implements DeliverableType {

    static final String ID = "strategic-plan";

    static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(StrategicPlanType.class, ID, List.of(
            spec("topics", "Topics", "Temas", Kind.TEXT_LIST),
            spec("workshopsPlanned", "Workshops planned", "Talleres previstos", Kind.INTEGER),
            spec("workshopsHeld", "Workshops held", "Talleres realizados", Kind.INTEGER),
            spec("firstWorkshop", "First workshop", "Primer taller", Kind.DATE),
            spec("presentTo", "To be presented to", "Se presentará a", Kind.ORGANIZATIONS),
            spec("presentation", "Presentation", "Presentación", Kind.DATE),
            choice("status", "Status", "Estado", "in-preparation", "completed", "presented", "adopted")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Strategic plan", "Plan estratégico");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if (attributes.get("workshopsHeld") instanceof Number held && attributes.get("workshopsPlanned") instanceof Number planned
                && held.longValue() > planned.longValue()) {
            problems.add(AttributeProblem.warning("workshopsHeld", "'workshopsHeld' (" + held + ") is more than 'workshopsPlanned' ("
                    + planned + "); raise 'workshopsPlanned' if more were added", "'workshopsHeld' (" + held + ") es mayor que 'workshopsPlanned' ("
                    + planned + "); aumente 'workshopsPlanned' si se agregaron más"));
        }
        Object status = attributes.get("status");
        if (("presented".equals(status) || "adopted".equals(status)) && attributes.get("presentation") == null) {
            problems.add(AttributeProblem.error("presentation", "a plan with status '" + status + "' must say in 'presentation' when it was presented",
                    "un plan en estado '" + status + "' debe decir en 'presentation' cuándo se presentó"));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        Object held = a.get("workshopsHeld");
        Object planned = a.get("workshopsPlanned");
        if (held instanceof Number h && planned instanceof Number p) {
            parts.add(words.format("strategic-plan.workshops-of", String.valueOf(h.longValue()), String.valueOf(p.longValue())));
        } else if (held instanceof Number h) {
            parts.add(words.format("strategic-plan.workshops", String.valueOf(h.longValue())));
        }
        Attributes.shown(ATTRIBUTES, a, "firstWorkshop", language).map(d -> words.format("strategic-plan.first", d)).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "presentation", language).map(d -> words.format("strategic-plan.presentation", d)).ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
