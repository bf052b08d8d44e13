package mou.group.wildfires.internal;

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
 * Observing a team at work on a real incident, such as CONAFOR staff shadowing an Incident
 * Management Team (IMT) in California. It can only happen during an actual wildfire, so the
 * record is mostly of readiness: who has been identified, which invitations were made, when it is due.
 */
final class FieldObservationType implements DeliverableType {

    static final String ID = "field-observation";

    static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(FieldObservationType.class, ID, List.of(
            spec("team", "Team observed", "Equipo observado", Kind.TEXT),
            spec("host", "Host", "Anfitrión", Kind.ORGANIZATIONS),
            spec("observers", "Observers from", "Observadores de", Kind.ORGANIZATIONS),
            spec("individualsIdentified", "Individuals identified", "Personas identificadas", Kind.INTEGER),
            spec("interpretersIdentified", "Interpreters identified", "Intérpretes identificados", Kind.BOOLEAN),
            spec("invitations", "Invitations", "Invitaciones", Kind.TEXT_LIST),
            spec("date", "Date observed", "Fecha de la observación", Kind.DATE),
            choice("status", "Status", "Estado", "planned", "invited", "observed", "postponed"),
            spec("priorityYear", "Priority for", "Prioridad para", Kind.INTEGER).asYear()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Field observation", "Observación en campo");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if ("observed".equals(attributes.get("status")) && attributes.get("date") == null) {
            problems.add(AttributeProblem.error("date", "an observation with status 'observed' must say in 'date' when it took place, e.g. \"2017-08\"",
                    "una observación en estado 'observed' debe decir en 'date' cuándo tuvo lugar, p. ej. \"2017-08\""));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.shown(ATTRIBUTES, a, "team", language).ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "date", language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "individualsIdentified", language)
                .map(n -> words.format(ID + ".identified", n)).ifPresent(parts::add);
        if (Boolean.TRUE.equals(a.get("interpretersIdentified"))) {
            parts.add(words.get(ID + ".interpreters"));
        }
        Attributes.shown(ATTRIBUTES, a, "invitations", language).ifPresent(parts::add);
        if (a.get("priorityYear") instanceof Number year && Bounds.YEAR.contains(year)) {
            parts.add(words.format(ID + ".priority", String.valueOf(year.longValue())));
        }
        return Attributes.join(parts);
    }
}
