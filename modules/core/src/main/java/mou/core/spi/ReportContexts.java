package mou.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import mou.core.internal.AssemblyContext;
import mou.core.model.Workspace;

/**
 * Report contexts made outside a report assembly, for a plugin's tests (and tools) to call a
 * {@link ReportSectionContributor} or a {@link DeliverableType}'s summary exactly as the core
 * does. {@link ReportContext} is a {@code @ProviderType}: only the core implements it, so that
 * methods added to it later do not break a plugin; a test asks here for one instead of writing
 * its own.
 *
 * <pre>{@code
 * WorkingGroupPlugin group = new WaterGroup();
 * ReportContext context = ReportContexts.forTest(workspace, 2016, "es", group);
 * List<Section> sections = group.sections().get(0).contribute(context);
 * }</pre>
 */
public final class ReportContexts {

    private ReportContexts() {
    }

    /**
     * A context over the workspace for one year and language, with only the given groups
     * installed (in chapter order) and their deliverable types.
     *
     * @param language {@code "en"} or {@code "es"}
     */
    public static ReportContext forTest(Workspace workspace, int year, String language, WorkingGroupPlugin... groups) {
        List<WorkingGroupPlugin> installed = List.of(groups);
        List<DeliverableType> types = new ArrayList<>();
        for (WorkingGroupPlugin group : installed) {
            types.addAll(group.deliverableTypes());
        }
        return forTest(workspace, year, language, installed, types);
    }

    /**
     * A context with the given groups and deliverable types installed (e.g. a group's types beside
     * a test's own); the groups are put in chapter order.
     */
    public static ReportContext forTest(Workspace workspace, int year, String language,
            List<WorkingGroupPlugin> groups, List<DeliverableType> deliverableTypes) {
        Objects.requireNonNull(workspace, "workspace");
        if (!mou.core.model.Text.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be \"en\" or \"es\", not " + language);
        }
        List<WorkingGroupPlugin> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.comparingDouble(WorkingGroupPlugin::order).thenComparing(WorkingGroupPlugin::id));
        return AssemblyContext.of(workspace, year, language, ordered, deliverableTypes);
    }
}
