package mou.core.spi;

import java.util.List;
import mou.core.model.Text;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A working group, contributed by its own bundle: its identity, the deliverable types its work
 * has and the report sections it writes. Register an implementation as an OSGi service (a DS
 * component); the core picks it up while the application runs and drops it when the bundle goes.
 * Its plan and yearly progress live in the workspace under its {@link #id()}.
 */
@ConsumerType
public interface WorkingGroupPlugin {

    /** The group's id, used in workspace files and commands, e.g. {@code "air-quality"}: lower case, digits and '-'. */
    String id();

    /** The group's name, e.g. "Air Quality Working Group". */
    Text name();

    /** The area it cooperates on, as a chapter names it ("Cooperation on Air Quality"). */
    Text topic();

    /**
     * Where the group's chapter and its paragraph of the executive summary go among the other
     * groups': lower comes first. The source report's groups use 610, 620, ... in steps of 10.
     */
    double order();

    /** Ids of the member organizations (as in the workspace's organizations file). */
    List<String> memberOrganizations();

    /** Ids of partner organizations that take part without being members. */
    default List<String> partnerOrganizations() {
        return List.of();
    }

    /** The deliverable types this group's work has, beyond the common ones of the core. */
    default List<DeliverableType> deliverableTypes() {
        return List.of();
    }

    /**
     * The report sections this group writes (at least its chapter). Each is given the workspace
     * through this group: its plan and years beside what every chapter shares (the agreement, the
     * organizations, the related agreements, the office's reports, the calendar, the installed groups
     * and types), and what it writes is kept until one of those changes, so it must be made from its
     * context alone. A section that compares groups is registered as a {@link ReportSectionContributor}
     * service of its own and sees the whole workspace. Return the same section objects at every call.
     */
    List<ReportSectionContributor> sections();
}
