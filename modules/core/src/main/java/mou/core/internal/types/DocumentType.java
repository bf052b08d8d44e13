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
                new AttributeSpec("kind", Text.of("Kind", "Tipo"), AttributeSpec.Kind.CHOICE, false, List.of("guide", "plan", "report",
                        "study", "methodology", "criteria", "recommendations", "translation", "regulation", "other"), null)
                        .withWords("guide", "guide", "guía")
                        .withWords("plan", "plan", "plan")
                        .withWords("report", "report", "informe")
                        .withWords("study", "study", "estudio")
                        .withWords("methodology", "methodology", "metodología")
                        .withWords("criteria", "criteria", "criterios")
                        .withWords("recommendations", "recommendations", "recomendaciones")
                        .withWords("translation", "translation", "traducción")
                        .withWords("regulation", "regulation", "reglamento")
                        .withWords("other", "other", "otro"),
                new AttributeSpec("status", Text.of("Status", "Estado"), AttributeSpec.Kind.CHOICE, false,
                        List.of("planned", "in-progress", "draft", "completed", "published"), null)
                        .withWords("planned", "planned", "previsto")
                        .withWords("in-progress", "in progress", "en curso")
                        .withWords("draft", "draft", "borrador")
                        .withWords("completed", "completed", "concluido")
                        .withWords("published", "published", "publicado"),
                AttributeSpec.of("date", "Date", "Fecha", DATE),
                AttributeSpec.of("language", "Language", "Idioma", TEXT),
                AttributeSpec.of("url", "Link", "Enlace", URL)));
    }
}
