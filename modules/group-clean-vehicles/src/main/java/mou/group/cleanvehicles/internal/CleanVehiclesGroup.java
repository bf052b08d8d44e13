package mou.group.cleanvehicles.internal;

import java.util.List;
import mou.core.model.Text;
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
@Component(service = WorkingGroupPlugin.class)
public final class CleanVehiclesGroup implements WorkingGroupPlugin {

    static final String ID = "clean-vehicles";

    private final List<DeliverableType> types = List.of(new EmissionStandardType(), new EquivalenceGuideType(),
            new InventoryMethodologyType());
    private final List<ReportSectionContributor> sections = List.of(new CleanVehiclesChapter(this));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("Clean Vehicles Working Group", "Grupo de Trabajo de Vehículos Limpios");
    }

    @Override
    public Text topic() {
        return Text.of("Clean Vehicles", "Vehículos Limpios");
    }

    @Override
    public double order() {
        return 630;
    }

    @Override
    public List<String> memberOrganizations() {
        return List.of("carb", "semarnat", "dgfaut");
    }

    @Override
    public List<String> partnerOrganizations() {
        return List.of("icct", "cemda", "bar", "mexico-city");
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
