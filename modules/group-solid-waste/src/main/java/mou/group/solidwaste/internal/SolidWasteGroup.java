package mou.group.solidwaste.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The California-Mexico Border Relations Council's Border Region Solid Waste Working Group (SWWG).
 * Solid waste was not part of the MOU's Joint Action Plan; the group's work is reported beside it.
 */
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + SolidWasteGroup.ID)
public final class SolidWasteGroup extends AbstractWorkingGroup {

    static final String ID = "solid-waste";

    private final List<DeliverableType> types = List.of(
            new CleanupProjectType(),
            new WasteTireProjectType(),
            new StrategicPlanType());

    private final List<ReportSectionContributor> sections = List.of(new SolidWasteChapter(this));

    public SolidWasteGroup() {
        super(ID,
                Text.of("Border Region Solid Waste Working Group (SWWG)", "Grupo de Trabajo de Residuos Sólidos de la Región Fronteriza (SWWG)"),
                Text.of("Solid Waste", "Residuos Sólidos"),
                690,
                List.of("cmbrc"),
                List.of("wildcoast", "sonoran-institute", "calepa", "calrecycle", "spa", "us-epa", "sdsu"));
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
