package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.ProgressLevel;
import mou.core.report.Block;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import org.osgi.service.component.annotations.Component;

/** The Progress Key: the five levels, in order, with their words and colours. */
@Component(service = ReportSectionContributor.class)
public final class ProgressKeySection implements ReportSectionContributor {

    @Override
    public String id() {
        return "progress-key";
    }

    @Override
    public double order() {
        return ReportOrder.PROGRESS_KEY;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        String title = context.labels().get("section.progress-key");
        List<Block.LevelMark> levels = new ArrayList<>();
        for (ProgressLevel level : ProgressLevel.values()) {
            levels.add(new Block.LevelMark(level, context.labels().level(level), false, "", null));
        }
        return List.of(Section.of(id(), title, List.of(new Block.LevelLegend(null, levels))));
    }
}
