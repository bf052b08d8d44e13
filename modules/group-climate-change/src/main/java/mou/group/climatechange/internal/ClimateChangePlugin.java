package mou.group.climatechange.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** The Climate Change Working Group: CARB, SEMARNAT and CONAFOR, with EDF and TNC alongside. */
@Component(service = WorkingGroupPlugin.class)
public final class ClimateChangePlugin implements WorkingGroupPlugin {

    static final String ID = "climate-change";

    private final List<DeliverableType> types = List.of(
            new OffsetMethodologyType(),
            new LinkageAssessmentType(),
            new TechnicalMeetingType(),
            new TechnologyTransferType(),
            new CoreTeamType());

    private final List<ReportSectionContributor> sections = List.of(new ClimateChangeChapter(this));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("Climate Change Working Group", "Grupo de Trabajo de Cambio Climático");
    }

    @Override
    public Text topic() {
        return Text.of("Climate Change", "Cambio Climático");
    }

    @Override
    public double order() {
        return 610;
    }

    @Override
    public List<String> memberOrganizations() {
        return List.of("carb", "semarnat", "conafor");
    }

    @Override
    public List<String> partnerOrganizations() {
        return List.of("edf", "tnc");
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
