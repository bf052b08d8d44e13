package mou.core.internal.types;

import static mou.core.spi.AttributeSpec.Kind.ORGANIZATIONS;
import static mou.core.spi.AttributeSpec.Kind.TEXT_LIST;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.osgi.service.component.annotations.Component;

/** Information sharing between the parties: the most common deliverable of the Joint Action Plan. */
@Component(service = DeliverableType.class)
public final class InformationExchangeType extends BasicDeliverableType {

    public InformationExchangeType() {
        super("information-exchange", Text.of("Information exchange", "Intercambio de información"), List.of(
                AttributeSpec.of("topics", "Topics", "Temas", TEXT_LIST),
                AttributeSpec.of("organizations", "Organizations", "Organizaciones", ORGANIZATIONS),
                AttributeSpec.of("channels", "Channels", "Medios", TEXT_LIST)));
    }
}
