package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** Every quantified figure of the installed groups' year, with progress towards its target where it has one. */
@Component(service = ReportSectionContributor.class)
public final class FiguresSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "figures";
    }

    @Override
    public double order() {
        return ReportOrder.APPENDICES + 10;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        Labels labels = context.labels();
        List<Block.FigureRow> rows = new ArrayList<>();
        for (WorkingGroupPlugin group : context.groups()) {
            GroupYear year = context.groupYear(group.id()).orElse(null);
            for (Metric metric : year == null ? List.<Metric>of() : year.metrics()) {
                rows.add(Chapters.figureRow(context, metric, context.text(group.topic()), group.id(), null));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> headers = List.of(labels.get("figures.group"), labels.get("figures.figure"), labels.get("figures.value"),
                labels.get("figures.target"), labels.get("figures.progress"), labels.get("figures.as-of"));
        return List.of(Section.of(id(), labels.get("section.figures"),
                List.of(new Block.FigureTable(null, headers, rows))));
    }
}
