package mou.testfixtures;

import java.util.List;
import java.util.Optional;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.WorkingGroupPlugin;

/**
 * A report context over an in-test workspace, with only one working group installed: what a
 * group's chapter is given when its tests render it.
 *
 * @param workspace the workspace the report is made of
 * @param year the report's year
 * @param language the report's language ("en", "es")
 * @param group the one installed group, whose deliverable types are the only ones known
 */
public record TestContext(Workspace workspace, int year, String language, WorkingGroupPlugin group) implements ReportContext {

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
