package mou.core.internal.types;

import static mou.core.spi.AttributeSpec.Kind.DATE;
import static mou.core.spi.AttributeSpec.Kind.TEXT;
import static mou.core.spi.AttributeSpec.Kind.URL;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.osgi.service.component.annotations.Component;

/** A document to be written, translated or published: a guide, plan, report, study, criteria... */
@Component(service = DeliverableType.class)
public final class DocumentType extends BasicDeliverableType {

    public DocumentType() {
        super("document", Text.of("Document", "Documento"), List.of(
                AttributeSpec.choice("kind", "Kind", false, "guide", "plan", "report", "study", "methodology", "criteria",
                        "recommendations", "translation", "regulation", "other"),
                AttributeSpec.choice("status", "Status", false, "planned", "in-progress", "draft", "completed", "published"),
                AttributeSpec.of("date", "Date", DATE),
                AttributeSpec.of("language", "Language", TEXT),
                AttributeSpec.of("url", "Link", URL)));
    }
}
