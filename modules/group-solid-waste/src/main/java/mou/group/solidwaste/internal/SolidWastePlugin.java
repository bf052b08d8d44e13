package mou.group.solidwaste.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * The California-Mexico Border Relations Council's Border Region Solid Waste Working Group (SWWG).
 * Solid waste was not part of the MOU's Joint Action Plan; the group's work is reported beside it.
 */
@Component(service = WorkingGroupPlugin.class)
public final class SolidWastePlugin implements WorkingGroupPlugin {

    static final String ID = "solid-waste";

    private final List<DeliverableType> types = List.of(
            new CleanupProjectType(),
            new WasteTireProjectType(),
            new StrategicPlanType());

    private final List<ReportSectionContributor> sections = List.of(new SolidWasteChapter(this));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("Border Region Solid Waste Working Group (SWWG)", "Grupo de Trabajo de Residuos Sólidos de la Región Fronteriza (SWWG)");
    }

    @Override
    public Text topic() {
        return Text.of("Solid Waste", "Residuos Sólidos");
    }

    @Override
    public double order() {
        return 690;
    }

    @Override
    public List<String> memberOrganizations() {
        return List.of("cmbrc");
    }

    @Override
    public List<String> partnerOrganizations() {
        return List.of("wildcoast", "sonoran-institute", "calepa", "calrecycle", "spa", "us-epa", "sdsu");
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
