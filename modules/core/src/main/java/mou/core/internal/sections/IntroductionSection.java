package mou.core.internal.sections;

import java.util.List;
import mou.core.model.AnnualReport;
import mou.core.report.Chapters;
import mou.core.report.Section;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import org.osgi.service.component.annotations.Component;

/** The report's introduction, from the program office's text for the year. */
@Component(service = ReportSectionContributor.class)
public final class IntroductionSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "introduction";
    }

    @Override
    public double order() {
        return ReportOrder.INTRODUCTION;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        AnnualReport report = context.workspace().report(context.year()).orElse(null);
        if (report == null || report.introduction().isEmpty()) {
            return List.of();
        }
        return List.of(Section.of(id(), context.labels().get("section.introduction"), Chapters.paragraphs(context, report.introduction())));
    }
}
