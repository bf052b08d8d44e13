package mou.testfixtures;

import java.util.List;
import mou.core.model.Text;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/**
 * A working-group plugin for tests: an id, a name ("Cooperation on NAME" its topic), a chapter
 * order (610 unless given), deliverable types and sections. Not final: a test overrides a method
 * to make the plugin fail.
 */
public class TestGroup implements WorkingGroupPlugin {

    private final String id;
    private final String name;
    private final double order;
    private final List<DeliverableType> types;
    private final List<ReportSectionContributor> sections;

    public TestGroup(String id, String name, List<? extends DeliverableType> types, List<? extends ReportSectionContributor> sections) {
        this(id, name, 610, types, sections);
    }

    public TestGroup(String id, String name, double order, List<? extends DeliverableType> types,
            List<? extends ReportSectionContributor> sections) {
        this.id = id;
        this.name = name;
        this.order = order;
        this.types = List.copyOf(types);
        this.sections = List.copyOf(sections);
    }

    /**
     * A group named by its id whose one chapter (order 600) lists the group's levels of the year,
     * one paragraph "ACTIVITY LEVEL" each (e.g. "aq-1-1 achieved"): enough to see what a report says.
     */
    public static TestGroup listingLevels(String id) {
        return new TestGroup(id, id, 600, List.of(), List.of(new LevelsChapter(id)));
    }

    private record LevelsChapter(String groupId) implements ReportSectionContributor {
        @Override
        public String id() {
            return groupId + ".chapter";
        }

        @Override
        public double order() {
            return 600;
        }

        @Override
        public List<Section> contribute(ReportContext context) {
            return List.of(Section.of(groupId, groupId, context.workspace().year(groupId, context.year()).stream()
                    .flatMap(y -> y.assessments().stream())
                    .map(a -> (Block) new Block.Paragraph(a.activityId() + " " + a.level().id())).toList()));
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Text name() {
        return Text.of(name);
    }

    @Override
    public Text topic() {
        return Text.of("Cooperation on " + name);
    }

    @Override
    public double order() {
        return order;
    }

    @Override
    public List<String> memberOrganizations() {
        return List.of();
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
