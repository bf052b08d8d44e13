package mou.group.cleanvehicles.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The Clean Vehicles Working Group of the California–Mexico MOU: CARB and SEMARNAT (with its
 * DGFAUT), working with ICCT, CEMDA, the Bureau of Automotive Repair and Mexico City on Mexico's
 * vehicle standards. Its work is regulation, so it brings emission standards, an equivalence
 * guide and an emissions inventory methodology as deliverable types.
 */
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + CleanVehiclesGroup.ID)
public final class CleanVehiclesGroup extends AbstractWorkingGroup {

    static final String ID = "clean-vehicles";

    private final List<DeliverableType> types = List.of(new EmissionStandardType(), new EquivalenceGuideType(),
            new InventoryMethodologyType());
    private final List<ReportSectionContributor> sections = List.of(new CleanVehiclesChapter(this));

    public CleanVehiclesGroup() {
        super(ID,
                Text.of("Clean Vehicles Working Group", "Grupo de Trabajo de Vehículos Limpios"),
                Text.of("Clean Vehicles", "Vehículos Limpios"),
                630,
                List.of("carb", "semarnat", "dgfaut"),
                List.of("icct", "cemda", "bar", "mexico-city"));
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
