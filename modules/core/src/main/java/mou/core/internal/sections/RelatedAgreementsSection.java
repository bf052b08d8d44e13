package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.AnnualReport;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.RelatedAgreement;
import mou.core.report.Block;
import mou.core.report.Chapters;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.Dates;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import org.osgi.service.component.annotations.Component;

/** The other agreements between the parties that the report relates to this one, with their figures. */
@Component(service = ReportSectionContributor.class)
public final class RelatedAgreementsSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "related-agreements";
    }

    @Override
    public double order() {
        return ReportOrder.RELATED_AGREEMENTS;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        List<RelatedAgreement> related = context.workspace().relatedAgreements();
        if (related.isEmpty()) {
            return List.of();
        }
        Labels labels = context.labels();
        List<Block> intro = new ArrayList<>();
        AnnualReport report = context.workspace().report(context.year()).orElse(null);
        if (report != null && report.relatedAgreementsIntro() != null) {
            intro.add(new Block.Paragraph(context.text(report.relatedAgreementsIntro())));
        }
        List<Section> subsections = new ArrayList<>();
        for (RelatedAgreement agreement : related) {
            List<Block> blocks = new ArrayList<>();
            List<Block.Fact> facts = new ArrayList<>();
            if (!agreement.parties().isEmpty()) {
                facts.add(new Block.Fact(labels.get("fact.parties"), AgreementSection.texts(context, agreement.parties())));
            }
            if (agreement.date() != null) {
                facts.add(new Block.Fact(labels.get("fact.date"), List.of(Dates.format(agreement.date(), context.language()))));
            }
            if (!facts.isEmpty()) {
                blocks.add(new Block.Facts(facts));
            }
            blocks.addAll(Chapters.paragraphs(context, agreement.description()));
            if (!agreement.figures().isEmpty()) {
                List<String> figures = new ArrayList<>();
                for (Metric metric : agreement.figures()) {
                    figures.add(figure(context, metric));
                }
                blocks.add(new Block.BulletList(figures));
            }
            if (!agreement.links().isEmpty()) {
                blocks.add(new Block.BulletList(links(context, agreement.links())));
            }
            subsections.add(new Section(id() + "." + agreement.id(), context.text(agreement.title()), blocks, List.of()));
        }
        return List.of(new Section(id(), labels.get("section.related-agreements"), intro, subsections));
    }

    static String figure(ReportContext context, Metric metric) {
        String value = metric.words() != null ? context.text(metric.words())
                : Figures.value(metric.value(), context.labels().countWords(context.labels().unit(metric.unitIn(context.language())), metric.value()), context.language());
        return context.text(metric.label()) + ": " + value;
    }

    static List<String> links(ReportContext context, List<Link> links) {
        List<String> written = new ArrayList<>(links.size());
        for (Link link : links) {
            written.add(link(context, link));
        }
        return written;
    }

    static String link(ReportContext context, Link link) {
        return context.text(link.title()) + ": " + link.url();
    }
}
