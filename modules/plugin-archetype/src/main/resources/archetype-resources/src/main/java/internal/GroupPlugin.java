package ${package}.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The ${groupName} as a mou-progress plugin: who it is, the deliverable types its work has beyond
 * the core's common ones, and the sections it writes into the combined report. The core finds it
 * as an OSGi service; its plan and yearly progress are the workspace's
 * {@code groups/${workingGroupId}/} files.
 *
 * <p>The {@code mou.group} property names the group even when this component fails to start, so
 * that {@code ./mou groups} and the report can say which group is missing.
 */
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + GroupPlugin.ID)
public final class GroupPlugin implements WorkingGroupPlugin {

    /** The group's id in workspace files and commands: lower case letters, digits and '-'. */
    static final String ID = "${workingGroupId}";

    private final List<DeliverableType> types = List.of(new PilotProjectType());
    private final List<ReportSectionContributor> sections = List.of(new GroupChapter(this));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("${groupName}", "${groupNameEs}");
    }

    @Override
    public Text topic() {
        return Text.of("${topic}", "${topicEs}");
    }

    @Override
    public double order() {
        return ${chapterOrder};
    }

    /** Ids from the workspace's organizations.json; add an organization there before naming it here. */
    @Override
    public List<String> memberOrganizations() {
        return List.of("calepa", "semarnat");
    }

    @Override
    public List<DeliverableType> deliverableTypes() {
        return types;
    }

    @Override
    public List<ReportSectionContributor> sections() {
        return sections;
    }
}
