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
 * A clean-up project with a quantified target, such as the Sonoran Institute's removal of solid
 * waste from drains in Mexicali: 3,800 of 6,000 cubic meters removed in 2016.
 */
public final class CleanupProjectType implements DeliverableType {

    public static final String ID = "cleanup-project";

    static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(CleanupProjectType.class, ID, List.of(
            spec("lead", "Led by", "A cargo de", Kind.ORGANIZATIONS),
            spec("collaborators", "Collaborators", "Colaboradores", Kind.ORGANIZATIONS),
            spec("fundedBy", "Funded by", "Financiado por", Kind.ORGANIZATIONS),
            spec("place", "Place", "Lugar", Kind.TEXT),
            spec("sites", "Sites", "Sitios", Kind.TEXT_LIST),
            spec("sitesPlanned", "Sites planned", "Sitios previstos", Kind.INTEGER),
            spec("target", "Target", "Meta", Kind.QUANTITY).withRange(0, Bounds.LIMIT),
            spec("achieved", "Achieved", "Logrado", Kind.QUANTITY).withRange(0, Bounds.LIMIT),
            spec("start", "Start", "Inicio", Kind.DATE),
            spec("completion", "Completion", "Conclusión", Kind.DATE),
            choice("status", "Status", "Estado", "planned", "in-progress", "completed")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Clean-up project", "Proyecto de limpieza");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        Quantities.check(attributes, problems);
        // a count out of its bounds is refused by its own check; comparing the list with it would say nothing more
        if (attributes.get("sites") instanceof List<?> sites && attributes.get("sitesPlanned") instanceof Number planned
                && Bounds.COUNT.contains(planned) && sites.size() > planned.intValue()) {
            problems.add(AttributeProblem.warning("sites", sites.size() + " sites are listed but 'sitesPlanned' is " + planned
                    + "; raise 'sitesPlanned' or check the list", "se enumeran " + sites.size() + " sitios pero 'sitesPlanned' es " + planned
                    + "; aumente 'sitesPlanned' o revise la lista"));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        Quantities.progress(words, a, language).ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "sites", language).map(sites -> {
            if (a.get("sitesPlanned") instanceof Number planned && a.get("sites") instanceof List<?> list) {
                return words.format("cleanup-project.sites-of", sites, String.valueOf(list.size()), String.valueOf(planned.intValue()));
            }
            return sites;
        }).ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        Attributes.shown(ATTRIBUTES, a, "completion", language).map(d -> words.format("project.completion", d)).ifPresent(parts::add);
        return Attributes.join(parts);
    }
}
