package mou.core.internal.types;

import static mou.core.spi.AttributeSpec.Kind.DATE;
import static mou.core.spi.AttributeSpec.Kind.ORGANIZATIONS;
import static mou.core.spi.AttributeSpec.Kind.TEXT_LIST;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.osgi.service.component.annotations.Component;

/** Equipment given across the border: what, by whom, to whom, when delivered and when it crossed. */
@Component(service = DeliverableType.class)
public final class EquipmentDonationType extends BasicDeliverableType {

    public EquipmentDonationType() {
        super("equipment-donation", Text.of("Equipment donation", "Donación de equipo"), List.of(
                AttributeSpec.of("items", "Items", "Artículos", TEXT_LIST),
                AttributeSpec.of("donors", "Donors", "Donantes", ORGANIZATIONS),
                AttributeSpec.of("recipients", "Recipients", "Destinatarios", ORGANIZATIONS),
                AttributeSpec.of("deliveredToBorder", "Delivered to the border", "Entregado en la frontera", DATE),
                AttributeSpec.of("crossedBorder", "Crossed the border", "Cruzó la frontera", DATE),
                new AttributeSpec("status", Text.of("Status", "Estado"), AttributeSpec.Kind.CHOICE, false,
                        List.of("planned", "in-transit", "delivered"), null)
                        .withWords("planned", "planned", "prevista")
                        .withWords("in-transit", "in transit", "en tránsito")
                        .withWords("delivered", "delivered", "entregada")));
    }
}
