package ${package}.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;

/**
 * A pilot project of the group: where it is, where it stands, since when, how big and with whom.
 * In the workspace a deliverable of this type looks like
 * {@code {"type": "${workingGroupId}-pilot-project", "attributes": {"site": "Mexicali", "status": "under-way"}}}.
 */
final class PilotProjectType implements DeliverableType {

    /** Prefixed with the group's id: a type id is unique among every installed plugin's types. */
    static final String ID = ${groupClass}Group.ID + "-pilot-project";
    static final List<String> STATUSES = List.of("planned", "under-way", "completed");

    private static final List<AttributeSpec> ATTRIBUTES = List.of(
            new AttributeSpec("site", Text.of("Site", "Sitio"), AttributeSpec.Kind.TEXT, true, List.of(), null),
            // a choice shows its words, not its values, in the progress tables
            new AttributeSpec("status", Text.of("Status", "Estado"), AttributeSpec.Kind.CHOICE, true, STATUSES, null)
                    .withWords("planned", "planned", "previsto")
                    .withWords("under-way", "under way", "en curso")
                    .withWords("completed", "completed", "concluido"),
            new AttributeSpec("startDate", Text.of("Start", "Inicio"), AttributeSpec.Kind.DATE, false, List.of(), null),
            new AttributeSpec("capacity", Text.of("Capacity", "Capacidad"), AttributeSpec.Kind.QUANTITY, false, List.of(), null),
            new AttributeSpec("partners", Text.of("Partners", "Socios"), AttributeSpec.Kind.ORGANIZATIONS, false, List.of(), null));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Pilot project", "Proyecto piloto");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    /**
     * The checks of each attribute's kind, and one of the group's own: a completed project says when it started.
     * Each problem is said in English and Spanish, so that a page in Spanish shows it in Spanish.
     */
    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if ("completed".equals(attributes.get("status")) && attributes.get("startDate") == null) {
            problems.add(AttributeProblem.error("startDate",
                    "a completed pilot project needs its 'startDate', e.g. \"2016-04\"",
                    "un proyecto piloto terminado necesita su 'startDate', p. ej. \"2016-04\""));
        }
        return problems;
    }

    /** One line for the progress tables, with partner organizations written as their acronyms. */
    @Override
    public String summarise(Deliverable deliverable, ReportContext context) {
        return AttributeSpec.summarise(ATTRIBUTES, deliverable.attributes(), context.language(), context::organization);
    }
}
