package mou.core.internal.sections;

import java.util.List;
import mou.core.model.AnnualReport;
import mou.core.report.Chapters;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import org.osgi.service.component.annotations.Component;

/** The program office's closing words for the year. */
@Component(service = ReportSectionContributor.class)
public final class FinalCommentsSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "final-comments";
    }

    @Override
    public double order() {
        return ReportOrder.FINAL_COMMENTS;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        return context.workspace().report(context.year())
                .map(AnnualReport::finalComments)
                .filter(paragraphs -> !paragraphs.isEmpty())
                .map(paragraphs -> List.of(Section.of(id(), context.labels().get("section.final-comments"),
                        Chapters.paragraphs(context, paragraphs))))
                .orElse(List.of());
    }
}
