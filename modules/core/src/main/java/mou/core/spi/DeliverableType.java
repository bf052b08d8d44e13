package mou.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of deliverable, such as an information exchange, a workshop or a monitoring study:
 * which attributes it accepts, how they are validated and how a deliverable of this kind sums
 * itself up in a progress table. The core registers the common types; a working-group plugin
 * adds its own through {@link WorkingGroupPlugin#deliverableTypes()}, or as services.
 */
@ConsumerType
public interface DeliverableType {

    /** The id used in workspace files, e.g. {@code "monitoring-study"}; unique among installed types. */
    String id();

    /** A name for people, e.g. "Monitoring study". */
    Text label();

    /** The attributes a deliverable of this type accepts. */
    List<AttributeSpec> attributes();

    /**
     * Checks a deliverable's attributes. The default checks each attribute against its
     * {@link AttributeSpec}, requires the required ones and warns of unknown ones.
     *
     * <p>Say each problem in English and Spanish ({@link AttributeProblem#error(String, String, String)}),
     * so that a page in Spanish shows it in Spanish; a problem said in English only is shown as given.
     *
     * @return the problems found, each naming the attribute; empty when all is well
     */
    default List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>();
        // plain loops: the store validates every deliverable it loads
        List<AttributeSpec> specs = attributes();
        for (AttributeSpec spec : specs) {
            Object value = attributes.get(spec.name());
            if (value == null) {
                if (spec.required()) {
                    problems.add(AttributeProblem.error(spec.name(), "the attribute '" + spec.name()
                            + "' (" + spec.label().en() + ") is required for a " + label().en().toLowerCase(java.util.Locale.ROOT),
                            "el atributo '" + spec.name() + "' (" + spec.label().in("es") + ") es obligatorio en un entregable de tipo «"
                                    + label().in("es") + "»"));
                }
                continue;
            }
            Optional<String> message = spec.check(value);
            if (message.isPresent()) {
                problems.add(AttributeProblem.error(spec.name(), message.get(), spec.check(value, "es").orElse(null)));
            }
        }
        for (String name : attributes.keySet()) {
            if (!declares(specs, name)) {
                List<String> known = new ArrayList<>(specs.size());
                for (AttributeSpec spec : specs) {
                    known.add(spec.name());
                }
                problems.add(AttributeProblem.warning(name, "'" + name + "' is not an attribute of "
                        + id() + " (it is kept as it is); known attributes: " + String.join(", ", known),
                        "'" + name + "' no es un atributo de " + id() + " (se conserva tal cual); atributos conocidos: " + String.join(", ", known)));
            }
        }
        return problems;
    }

    private static boolean declares(List<AttributeSpec> specs, String name) {
        for (AttributeSpec spec : specs) {
            if (spec.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One line that sums up a deliverable of this type in a progress table, from its attributes
     * (e.g. "PM2.5 · 2 sites · since April 2016 · 53 samples analysed"), in the given language;
     * empty when there is nothing to add to its title.
     */
    default String summarise(Deliverable deliverable, String language) {
        return AttributeSpec.summarise(attributes(), deliverable.attributes(), language);
    }

    /**
     * The summary as the report shows it. The default is {@link #summarise(Deliverable, String)};
     * override this one to use the context, e.g. {@link ReportContext#organization} to write
     * organization ids as their acronyms.
     */
    default String summarise(Deliverable deliverable, ReportContext context) {
        return summarise(deliverable, context.language());
    }
}
