package ${package}.internal;

import java.util.List;
import java.util.Optional;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.WorkingGroupPlugin;

/** The context the core gives a section while it assembles a report, with this group as the only one installed. */
record TestContext(Workspace workspace, int year, String language, WorkingGroupPlugin group) implements ReportContext {

    @Override
    public Labels labels() {
        return Labels.forLanguage(language);
    }

    @Override
    public List<WorkingGroupPlugin> groups() {
        return List.of(group);
    }

    @Override
    public Optional<DeliverableType> deliverableType(String id) {
        return group.deliverableTypes().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
