package mou.core.internal.sections;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.Agreement;
import mou.core.model.Text;
import mou.core.report.Block;
import mou.core.report.Labels;
import mou.core.report.Section;
import mou.core.spi.Dates;
import mou.core.spi.ReportContext;
import mou.core.spi.ReportOrder;
import mou.core.spi.ReportSectionContributor;
import org.osgi.service.component.annotations.Component;

/** The agreement's facts (signing, signatories, term, principles, action areas) and its Joint Action Plan. */
@Component(service = ReportSectionContributor.class)
public final class AgreementSection implements ReportSectionContributor {

    @Override
    public String id() {
        return "agreement";
    }

    @Override
    public double order() {
        return ReportOrder.AGREEMENT;
    }

    @Override
    public List<Section> contribute(ReportContext context) {
        Agreement agreement = context.workspace().agreement();
        if (agreement == null) {
            return List.of();
        }
        Labels labels = context.labels();
        List<Block.Fact> facts = new ArrayList<>();
        if (agreement.signed() != null) {
            facts.add(new Block.Fact(labels.get("fact.signed"), List.of(Dates.format(agreement.signed(), context.language()))));
        }
        if (agreement.place() != null) {
            facts.add(new Block.Fact(labels.get("fact.place"), List.of(context.text(agreement.place()))));
        }
        if (!agreement.signatories().isEmpty()) {
            List<String> signatories = new ArrayList<>();
            for (Agreement.Signatory signatory : agreement.signatories()) {
                signatories.add(context.text(signatory.name()) + ", " + context.text(signatory.role()));
            }
            facts.add(new Block.Fact(labels.get("fact.signatories"), signatories));
        }
        if (agreement.termYears() != null) {
            facts.add(new Block.Fact(labels.get("fact.term"), List.of(labels.plural("fact.term-years", agreement.termYears()))));
        }
        if (!agreement.principles().isEmpty()) {
            facts.add(new Block.Fact(labels.get("fact.principles"), texts(context, agreement.principles())));
        }
        if (agreement.objective() != null) {
            facts.add(new Block.Fact(labels.get("fact.objective"), List.of(context.text(agreement.objective()))));
        }
        List<String> priority = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Agreement.ActionArea area : agreement.actionAreas()) {
            (area.priority() ? priority : others).add(context.text(area.name()));
        }
        if (!priority.isEmpty()) {
            facts.add(new Block.Fact(labels.get("fact.action-areas"), priority));
        }
        if (!others.isEmpty()) {
            facts.add(new Block.Fact(labels.get("fact.other-areas"), others));
        }
        Agreement.JointActionPlan plan = agreement.jointActionPlan();
        if (plan != null) {
            List<String> values = new ArrayList<>();
            if (plan.established() != null) {
                values.add(Dates.format(plan.established(), context.language()));
            }
            if (plan.link() != null) {
                values.add(RelatedAgreementsSection.link(context, plan.link()));
            }
            facts.add(new Block.Fact(labels.get("fact.joint-action-plan"), values));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(context.text(agreement.title())));
        blocks.add(new Block.Facts(facts));
        if (plan != null && plan.description() != null) {
            blocks.add(new Block.Paragraph(context.text(plan.description())));
        }
        if (!agreement.links().isEmpty()) {
            blocks.add(new Block.BulletList(RelatedAgreementsSection.links(context, agreement.links())));
        }
        return List.of(Section.of(id(), labels.get("section.agreement"), blocks));
    }

    static List<String> texts(ReportContext context, List<Text> texts) {
        List<String> written = new ArrayList<>(texts.size());
        for (Text text : texts) {
            written.add(context.text(text));
        }
        return written;
    }
}
