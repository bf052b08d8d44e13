package mou.group.wildfires.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AbstractWorkingGroup;
import mou.core.spi.DeliverableType;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;
import org.osgi.service.component.annotations.Component;

/** The Wildfires Working Group: Cal OES, CAL FIRE and CONAFOR. */
@Component(service = WorkingGroupPlugin.class, property = "mou.group=" + WildfiresGroup.ID)
public final class WildfiresGroup extends AbstractWorkingGroup {

    static final String ID = "wildfires";

    private final List<DeliverableType> types = List.of(
            new FieldObservationType(),
            new MaterialsHandoverType(),
            new CapacityExchangeType());

    private final List<ReportSectionContributor> sections = List.of(new WildfiresChapter(this));

    public WildfiresGroup() {
        super(ID,
                Text.of("Wildfires Working Group", "Grupo de Trabajo de Incendios Forestales"),
                Text.of("Wildfires", "Incendios Forestales"),
                640,
                List.of("cal-oes", "cal-fire", "conafor"));
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
