package mou.core.internal;

import java.util.List;
import java.util.Optional;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportContext;
import mou.core.spi.WorkingGroupPlugin;

/** The context of one report assembly: a snapshot of what is installed when it starts. */
record AssemblyContext(
        Workspace workspace,
        int year,
        String language,
        Labels labels,
        List<WorkingGroupPlugin> groups,
        List<DeliverableType> deliverableTypes) implements ReportContext {

    static AssemblyContext of(Workspace workspace, int year, String language, Extensions extensions) {
        return new AssemblyContext(workspace, year, language, Labels.forLanguage(language),
                extensions.groups(), extensions.deliverableTypes());
    }

    @Override
    public Optional<DeliverableType> deliverableType(String id) {
        return deliverableTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
