package mou.core.internal.types;

import static mou.core.spi.AttributeSpec.Kind.DATE;
import static mou.core.spi.AttributeSpec.Kind.INTEGER;
import static mou.core.spi.AttributeSpec.Kind.ORGANIZATIONS;
import static mou.core.spi.AttributeSpec.Kind.TEXT;
import static mou.core.spi.AttributeSpec.Kind.TEXT_LIST;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.osgi.service.component.annotations.Component;

/** A workshop held or planned under an activity. */
@Component(service = DeliverableType.class)
public final class WorkshopType extends BasicDeliverableType {

    public WorkshopType() {
        super("workshop", Text.of("Workshop", "Taller"), List.of(
                AttributeSpec.of("date", "Date", "Fecha", DATE),
                AttributeSpec.of("place", "Place", "Lugar", TEXT),
                AttributeSpec.of("organizations", "Organizations", "Organizaciones", ORGANIZATIONS),
                AttributeSpec.of("participants", "Participants", "Participantes", INTEGER),
                AttributeSpec.of("topics", "Topics", "Temas", TEXT_LIST)));
    }
}
