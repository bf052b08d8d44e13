package ${package}.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The ${groupName} as a mou-progress plugin: who it is (given once to the core's
 * {@link AbstractWorkingGroup}), the deliverable types its work has beyond the core's common ones,
 * and the sections it writes into the combined report. The core finds it as an OSGi service; its
 * plan and yearly progress are the workspace's {@code groups/${workingGroupId}/} files.
 *
 * <p>The {@code mou.group} property names the group even when this component fails to start, so
 * that {@code ./mou groups} and the report can say which group is missing.
 */
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + ${groupClass}Group.ID)
public final class ${groupClass}Group extends AbstractWorkingGroup {

    /** The group's id in workspace files and commands: lower case letters, digits and '-'. */
    static final String ID = "${workingGroupId}";

    private final List<DeliverableType> types = List.of(new PilotProjectType());
    private final List<ReportSectionContributor> sections = List.of(new ${groupClass}Chapter(this));

    /**
     * Its id, names, place among the groups' chapters (the shipped groups use 610 to 650 and 690;
     * {@code ./mou groups} warns of two groups with the same place) and member organizations: ids
     * from the workspace's organizations.json; add an organization there before naming it here.
     */
    public ${groupClass}Group() {
        super(ID,
                Text.of("${groupName}", "${groupNameEs}"),
                Text.of("${topic}", "${topicEs}"),
                ${chapterOrder},
                List.of("calepa", "semarnat"));
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
