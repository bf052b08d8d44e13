package mou.group.climatechange.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** The Climate Change Working Group: CARB, SEMARNAT and CONAFOR, with EDF and TNC alongside. */
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + ClimateChangeGroup.ID)
public final class ClimateChangeGroup extends AbstractWorkingGroup {

    static final String ID = "climate-change";

    private final List<DeliverableType> types = List.of(
            new OffsetMethodologyType(),
            new LinkageAssessmentType(),
            new TechnicalMeetingType(),
            new TechnologyTransferType(),
            new CoreTeamType());

    private final List<ReportSectionContributor> sections = List.of(new ClimateChangeChapter(this));

    public ClimateChangeGroup() {
        super(ID,
                Text.of("Climate Change Working Group", "Grupo de Trabajo de Cambio Climático"),
                Text.of("Climate Change", "Cambio Climático"),
                610,
                List.of("carb", "semarnat", "conafor"),
                List.of("edf", "tnc"));
    }

    @Override
    public List<DeliverableType> deliverableTypes() {
        return types;
    }

    @Override
    public List<ReportSectionContributor> sections() {
        return sections;
    }
}
