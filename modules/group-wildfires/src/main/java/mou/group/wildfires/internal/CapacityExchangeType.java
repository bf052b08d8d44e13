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
 * One item of the capacity-development lists of the Wildfires plan: lessons learned, reviews,
 * participation with California brigades or training, meant either for the Mexican Leader's
 * Program (once) or for Mexican trainers (each year). The plan groups its items under such
 * headings; {@code heading} keeps the heading's words, {@code audience} and {@code frequency} their sense.
 */
final class CapacityExchangeType implements DeliverableType {

    static final String ID = "capacity-exchange";

    static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(CapacityExchangeType.class, ID, List.of(
            spec("heading", "Listed under", "En la lista", Kind.TEXT),
            choice("audience", "For", "Para", "leaders-program", "trainers"),
            choice("frequency", "Frequency", "Frecuencia", "one-time", "each-year"),
            spec("topics", "Topics", "Temas", Kind.TEXT_LIST),
            spec("organizations", "Organizations", "Organizaciones", Kind.ORGANIZATIONS),
            choice("status", "Status", "Estado", "planned", "in-progress", "completed")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Capacity exchange", "Intercambio de capacidades");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        // The heading is what a reader sees; without an audience the item cannot be counted per audience.
        if (attributes.get("heading") != null && attributes.get("audience") == null) {
            problems.add(AttributeProblem.warning("audience",
                    "the item is listed under a heading but has no 'audience'; add \"leaders-program\" or \"trainers\"",
                    "el elemento está bajo un encabezado pero no tiene 'audience'; agregue \"leaders-program\" o \"trainers\""));
        }
        return problems;
    }

    @Override
    public String summarise(Deliverable deliverable, String language) {
        Labels words = Labels.forPlugin(getClass(), language);
        Map<String, Object> a = deliverable.attributes();
        List<String> parts = new ArrayList<>();
        String heading = Attributes.shown(ATTRIBUTES, a, "heading", language).map(CapacityExchangeType::withoutTrailingColon).orElse(null);
        // The heading already says whom and how often ("For Mexican trainers (each year)").
        if (heading != null) {
            parts.add(heading);
        } else {
            Attributes.choiceWords(words, ID, a, "audience").ifPresent(parts::add);
            Attributes.choiceWords(words, ID, a, "frequency").ifPresent(parts::add);
        }
        Attributes.shown(ATTRIBUTES, a, "topics", language).ifPresent(parts::add);
        Attributes.choiceWords(words, ID, a, "status").ifPresent(parts::add);
        return Attributes.join(parts);
    }

    /** "Training topics: " → "Training topics": the heading is followed by its own colon in the summary. */
    static String withoutTrailingColon(String heading) {
        int end = heading.length();
        while (end > 0 && (heading.charAt(end - 1) == ':' || isRegexSpace(heading.charAt(end - 1)))) {
            end--;
        }
        return heading.substring(0, end);
    }

    /** What {@code \s} matches in a regular expression. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
