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
        AnnualReport report = context.workspace().report(context.year()).orElse(null);
        if (report == null || report.finalComments().isEmpty()) {
            return List.of();
        }
        return List.of(Section.of(id(), context.labels().get("section.final-comments"), Chapters.paragraphs(context, report.finalComments())));
    }
}
