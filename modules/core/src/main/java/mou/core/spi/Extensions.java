package mou.core.spi;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the installed bundles contribute right now: working groups, deliverable types, report
 * sections and formats. Offered by the core as a service; the lists change as bundles come and go.
 */
@ProviderType
public interface Extensions {

    /**
     * Extensions with these installed, as the core's own registry holds them (groups in chapter
     * order, each group's deliverable types after the common ones, sections in report order,
     * formats by id), for tests and tools outside a framework. Extensions is a
     * {@code @ProviderType}: only the core implements it, so that methods added to it later do not
     * break anyone; a test asks here for one instead of writing its own.
     *
     * @param groups the working groups installed
     * @param commonTypes the deliverable types that belong to no group (the core's common ones)
     * @param formats the report formats installed
     * @since 1.2
     */
    static Extensions forTest(List<? extends WorkingGroupPlugin> groups, List<? extends DeliverableType> commonTypes,
            List<? extends ReportFormat> formats) {
        return mou.core.internal.ExtensionRegistry.of(groups, commonTypes, List.of(), formats);
    }

    /**
     * As {@link #forTest(List, List, List)}, with report sections installed as services of their own
     * (sections that belong to no working group and see the whole workspace, as the core's summaries do).
     *
     * @param sections the report sections installed beside the groups' own
     * @since 1.7
     */
    static Extensions forTest(List<? extends WorkingGroupPlugin> groups, List<? extends DeliverableType> commonTypes,
            List<? extends ReportSectionContributor> sections, List<? extends ReportFormat> formats) {
        return mou.core.internal.ExtensionRegistry.of(groups, commonTypes, sections, formats);
    }

    /** Installed working groups, in chapter order. */
    List<WorkingGroupPlugin> groups();

    Optional<WorkingGroupPlugin> group(String id);

    /** Every installed deliverable type: the core's common ones and those of the installed groups. */
    List<DeliverableType> deliverableTypes();

    Optional<DeliverableType> deliverableType(String id);

    /** The working group that contributes a deliverable type, or empty for the core's common types. */
    Optional<WorkingGroupPlugin> ownerOf(DeliverableType type);

    /** Every report section contributor, the groups' included, in report order. */
    List<ReportSectionContributor> sections();

    /** Installed report formats, by id order. */
    List<ReportFormat> formats();

    Optional<ReportFormat> format(String id);

    /**
     * What is wrong with the installed combination, though each plugin is fine on its own: two
     * working groups whose chapters have the same {@link WorkingGroupPlugin#order()} (their
     * chapters then follow each other by id, which neither author chose). One sentence each, for
     * {@code groups} and {@code validate} to print; empty when there is nothing to say.
     *
     * @since 1.2
     */
    default List<String> warnings() {
        return warnings("en");
    }

    /**
     * {@link #warnings()} in a language: Spanish for {@code es}, else English (the web's plugins page
     * says them in the page's language).
     *
     * @since 1.8
     */
    default List<String> warnings(String language) {
        return orderWarnings(groups(), language);
    }

    /** The warnings of {@link #warnings()} for a list of groups (in any order). */
    static List<String> orderWarnings(List<WorkingGroupPlugin> groups) {
        return orderWarnings(groups, "en");
    }

    /**
     * The warnings of {@link #warnings(String)} for a list of groups (in any order), in a language.
     *
     * @since 1.8
     */
    static List<String> orderWarnings(List<WorkingGroupPlugin> groups, String language) {
        boolean es = "es".equals(language);
        java.util.Map<Double, List<WorkingGroupPlugin>> byOrder = new java.util.TreeMap<>();
        for (WorkingGroupPlugin group : groups) {
            byOrder.computeIfAbsent(group.order(), o -> new java.util.ArrayList<>()).add(group);
        }
        List<String> warnings = new java.util.ArrayList<>();
        for (java.util.Map.Entry<Double, List<WorkingGroupPlugin>> same : byOrder.entrySet()) {
            if (same.getValue().size() < 2) {
                continue;
            }
            List<String> ids = same.getValue().stream().map(WorkingGroupPlugin::id).sorted().toList();
            double order = same.getKey();
            String shown = order == Math.rint(order) ? String.valueOf((long) order) : String.valueOf(order);
            String named = String.join(", ", ids.subList(0, ids.size() - 1)) + (es ? " y " : " and ") + ids.get(ids.size() - 1);
            warnings.add(es ? "los grupos de trabajo " + named + " tienen el mismo orden de capítulo, " + shown
                    + ", así que sus capítulos se siguen por identificador; dé a uno de ellos otro order()"
                    : "the working groups " + named + " have the same chapter order, " + shown
                    + ", so their chapters follow each other by id; give one of them another order()");
        }
        return warnings;
    }
}
