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

/** A Core Team set up to carry a collaboration, e.g. on forest management and REDD+ (Overarching Goal 3). */
final class CoreTeamType implements DeliverableType {

    static final String ID = "core-team";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(CoreTeamType.class, ID, List.of(
            spec("members", "Members", "Integrantes", Kind.ORGANIZATIONS),
            spec("established", "Established", "Establecido", Kind.DATE),
            choice("status", "Status", "Estado", "proposed", "established")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Core team", "Equipo central");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if ("established".equals(attributes.get("status"))) {
            if (attributes.get("members") == null || Attributes.isEmptyList(attributes.get("members"))) {
                problems.add(AttributeProblem.error("members", "an 'established' core team must list its 'members' (organization ids)",
                        "un equipo central 'established' debe enumerar sus 'members' (identificadores de organizaciones)"));
            }
            if (attributes.get("established") == null) {
                problems.add(AttributeProblem.warning("established", "an 'established' core team should say when it was established, e.g. \"2017-03\"",
                        "un equipo central 'established' debería decir cuándo se estableció, p. ej. \"2017-03\""));
            }
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "established", language).map(d -> words.format(ID + ".since", d)).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "members", language).ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
