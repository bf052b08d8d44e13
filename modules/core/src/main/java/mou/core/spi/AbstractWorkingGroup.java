package mou.core.spi;

import java.util.List;
import java.util.Objects;
import mou.core.model.Text;
import mou.core.report.Labels;

/**
 * What every working-group plugin has in common: who the group is (id, names, chapter order,
 * organizations) given once to the constructor, and its own words. A group extends it as a
 * Declarative Services component and adds its deliverable types and sections:
 *
 * <pre>{@code
 * @Component(service = WorkingGroupPlugin.class, property = "mou.group=" + EnergyGroup.ID)
 * public final class EnergyGroup extends AbstractWorkingGroup {
 *     static final String ID = "energy";
 *
 *     private final List<DeliverableType> types = List.of(new PilotProjectType());
 *     private final List<ReportSectionContributor> sections = List.of(new EnergyChapter(this));
 *
 *     public EnergyGroup() {
 *         super(ID, Text.of("Energy Working Group", "Grupo de Trabajo de Energía"),
 *                 Text.of("Energy", "Energía"), 670, List.of("calepa", "sener"));
 *     }
 *
 *     public List<DeliverableType> deliverableTypes() { return types; }
 *     public List<ReportSectionContributor> sections() { return sections; }
 * }
 * }</pre>
 *
 * <p>The group's words are {@code labels.properties} and {@code labels_es.properties} in the
 * package above its {@code internal} package ({@link Labels#forPlugin}); its deliverable types read
 * the same with {@code Labels.forPlugin(getClass(), language)}.
 *
 * @since 1.2
 */
public abstract class AbstractWorkingGroup implements WorkingGroupPlugin {

    private final String id;
    private final Text name;
    private final Text topic;
    private final double order;
    private final List<String> members;
    private final List<String> partners;

    /**
     * @param id the group's id in workspace files and commands (lower case letters, digits, '-')
     * @param name e.g. "Energy Working Group"
     * @param topic what it cooperates on, as its chapter names it: "Cooperation on Energy"
     * @param order where its chapter goes among the groups' (the shipped groups use 610 to 650)
     * @param members ids of the workspace's organizations that are members
     * @param partners ids of organizations that take part without being members
     */
    protected AbstractWorkingGroup(String id, Text name, Text topic, double order, List<String> members, List<String> partners) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.order = order;
        this.members = List.copyOf(members);
        this.partners = List.copyOf(partners);
    }

    /** A group without partner organizations. */
    protected AbstractWorkingGroup(String id, Text name, Text topic, double order, List<String> members) {
        this(id, name, topic, order, members, List.of());
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Text name() {
        return name;
    }

    @Override
    public final Text topic() {
        return topic;
    }

    @Override
    public final double order() {
        return order;
    }

    @Override
    public final List<String> memberOrganizations() {
        return members;
    }

    @Override
    public final List<String> partnerOrganizations() {
        return partners;
    }

    /** The group's own words in a language ({@code "en"} or {@code "es"}), from its labels bundle. */
    public Labels labels(String language) {
        return Labels.forPlugin(getClass(), language);
    }

    @Override
    public String toString() {
        return id;
    }
}
