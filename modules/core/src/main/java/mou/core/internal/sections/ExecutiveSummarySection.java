package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.GroupYear;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** One paragraph (or more) per installed working group, from each group's summary of its year. */
@Component(service = ReportSectionContributor.class)
public final class ExecutiveSummarySection implements ReportSectionContributor {

    @Override
    public String id() {
        return "executive-summary";
    }

    @Override
    public double order() {
        return ReportOrder.EXECUTIVE_SUMMARY;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        List<Block> blocks = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            GroupYear year = context.groupYear(group.id()).orElse(null);
            if (year != null && year.narrative() != null) {
                blocks.addAll(Chapters.paragraphs(context, year.narrative().summary()));
            }
        }
        if (context.groups().isEmpty()) {
            blocks.add(new Block.Notice(Block.Severity.WARNING, context.labels().get("notice.no-groups")));
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        return List.of(Section.of(id(), context.labels().get("section.executive-summary"), blocks));
    }
}
