package mou.core.spi;

import java.util.List;
import java.util.Optional;
import mou.core.model.GroupYear;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.report.Labels;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link ReportSectionContributor} may read while the report is assembled. */
@ProviderType
public interface ReportContext {

    Workspace workspace();

    /** The calendar year reported on. */
    int year();

    /** The report's language, an ISO 639 code: {@code "en"} or {@code "es"}. */
    String language();

    /** The report's own labels (headings, level names) in its language. */
    Labels labels();

    /** The working groups installed, in chapter order. */
    List<WorkingGroupPlugin> groups();

    /** An installed deliverable type by id. */
    Optional<DeliverableType> deliverableType(String id);

    default Optional<WorkingGroupPlan> plan(String groupId) {
        return workspace().plan(groupId);
    }

    /** The group's progress in the year reported on. */
    default Optional<GroupYear> groupYear(String groupId) {
        return groupYear(groupId, year());
    }

    /** The group's progress in any year (e.g. the year before, for the change of level). */
    default Optional<GroupYear> groupYear(String groupId, int year) {
        return workspace().year(groupId, year);
    }

    /** Every year of the group's progress, in year order. */
    default List<GroupYear> groupYears(String groupId) {
        return workspace().years().stream().filter(y -> y.groupId().equals(groupId))
                .sorted(java.util.Comparator.comparingInt(GroupYear::year)).toList();
    }

    /**
     * The text in the report's language (English where no translation is given); empty for null.
     * Where a reader of a language other than English sees it in English, it comes wrapped in the
     * marks of {@link mou.core.report.TextMarks} (untranslated, or marked {@code asIs}), which
     * every format shows; use {@link mou.core.report.TextMarks#plain} for a place that shows no marks.
     */
    default String text(Text text) {
        return mou.core.report.TextMarks.shown(text, language());
    }

    /** An organization's acronym (or name) by id; the id itself when the workspace does not know it. */
    default String organization(String id) {
        return workspace().organization(id).map(o -> text(o.label())).orElse(id);
    }
}
