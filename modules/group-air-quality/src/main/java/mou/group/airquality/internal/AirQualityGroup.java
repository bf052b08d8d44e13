package mou.group.airquality.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AbstractWorkingGroup;
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
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + AirQualityGroup.ID)
public final class AirQualityGroup extends AbstractWorkingGroup {

    static final String ID = "air-quality";

    private final List<DeliverableType> types = List.of(new MonitoringStudyType(), new MonitoringSupportType(),
            new AuditTrainingType());
    private final List<ReportSectionContributor> sections = List.of(new AirQualityChapter(this));

    public AirQualityGroup() {
        super(ID,
                Text.of("Air Quality Working Group", "Grupo de Trabajo de Calidad del Aire"),
                Text.of("Air Quality", "Calidad del Aire"),
                620,
                List.of("carb", "semarnat", "spa"),
                List.of("calepa", "us-epa", "inecc"));
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
