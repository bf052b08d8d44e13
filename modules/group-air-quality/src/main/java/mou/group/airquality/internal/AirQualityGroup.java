package mou.group.airquality.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The Air Quality Working Group of the California–Mexico MOU: CARB, SEMARNAT and Baja
 * California's SPA, with U.S. EPA, INECC and CalEPA alongside. Its work is monitoring in Baja
 * California, so it brings monitoring studies, monitoring and laboratory support, and audit
 * and calibration training as deliverable types.
 */
@Component(service = WorkingGroupPlugin.class)
public final class AirQualityGroup implements WorkingGroupPlugin {

    static final String ID = "air-quality";

    private final List<DeliverableType> types = List.of(new MonitoringStudyType(), new MonitoringSupportType(),
            new AuditTrainingType());
    private final List<ReportSectionContributor> sections = List.of(new AirQualityChapter(this));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("Air Quality Working Group", "Grupo de Trabajo de Calidad del Aire");
    }

    @Override
    public Text topic() {
        return Text.of("Air Quality", "Calidad del Aire");
    }

    @Override
    public double order() {
        return 620;
    }

    @Override
    public List<String> memberOrganizations() {
        return List.of("carb", "semarnat", "spa");
    }

    @Override
    public List<String> partnerOrganizations() {
        return List.of("calepa", "us-epa", "inecc");
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
