package mou.group.wildfires.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** The Wildfires Working Group: Cal OES, CAL FIRE and CONAFOR. */
@Component(service = WorkingGroupPlugin.class)
public final class WildfiresPlugin implements WorkingGroupPlugin {

    static final String ID = "wildfires";

    private final List<DeliverableType> types = List.of(
            new FieldObservationType(),
            new MaterialsHandoverType(),
            new CapacityExchangeType());

    private final List<ReportSectionContributor> sections = List.of(new WildfiresChapter(this));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text name() {
        return Text.of("Wildfires Working Group", "Grupo de Trabajo de Incendios Forestales");
    }

    @Override
    public Text topic() {
        return Text.of("Wildfires", "Incendios Forestales");
    }

    @Override
    public double order() {
        return 640;
    }

    @Override
    public List<String> memberOrganizations() {
        return List.of("cal-oes", "cal-fire", "conafor");
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
