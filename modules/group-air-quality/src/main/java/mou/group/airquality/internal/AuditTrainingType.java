package mou.group.airquality.internal;

import mou.core.spi.Attributes;
import mou.core.spi.Numbers;

import static mou.core.spi.Attributes.choice;
import static mou.core.spi.Attributes.es;
import static mou.core.spi.Attributes.number;
import static mou.core.spi.Attributes.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * Training on performance audits and calibration of monitoring instruments, together with the
 * certification of the calibration equipment that audits rely on (the SPA's equipment, 2016):
 * an audit is only as good as the standard it is checked against.
 */
final class AuditTrainingType implements DeliverableType {

    static final String ID = "audit-training";

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(AuditTrainingType.class, ID, List.of(
            spec("instruments", "Instruments", "Instrumentos", Kind.TEXT_LIST),
            spec("trainers", "Trainers", "Instructores", Kind.ORGANIZATIONS),
            spec("trainees", "Trainees", "Capacitados", Kind.ORGANIZATIONS),
            spec("participants", "Participants", "Participantes", Kind.INTEGER),
            spec("date", "Date", "Fecha", Kind.DATE),
            choice("status", "Training status", "Estado de la capacitación", "planned", "in-progress", "completed"),
            spec("certifiedEquipment", "Equipment certified", "Equipo certificado", Kind.TEXT_LIST),
            spec("certifiedBy", "Certified by", "Certificado por", Kind.ORGANIZATIONS),
            spec("certificationDate", "Certified", "Certificación", Kind.DATE)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Audit and calibration training", "Capacitación en auditoría y calibración");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        number(attributes, "participants").filter(n -> n.signum() <= 0).ifPresent(n -> problems.add(AttributeProblem.error(
                "participants", "'participants' must be at least 1, not " + n.toPlainString(), "'participants': el valor debe ser al menos 1, no "
                + n.toPlainString())));
        boolean certification = attributes.containsKey("certificationDate") || attributes.containsKey("certifiedBy");
        if (certification && Attributes.texts(attributes, "certifiedEquipment", "en").isEmpty()) {
            problems.add(AttributeProblem.error("certifiedEquipment", "a certification is recorded ('certificationDate' or "
                    + "'certifiedBy') but 'certifiedEquipment' does not say what was certified; add e.g. "
                    + "\"certifiedEquipment\": [\"SPA calibration equipment\"]", "se registra una certificación ('certificationDate' o"
                    + " 'certifiedBy') pero 'certifiedEquipment' no dice qué se certificó; agregue p. ej."
                    + " \"certifiedEquipment\": [\"SPA calibration equipment\"]"));
        }
        if ("completed".equals(attributes.get("status")) && !attributes.containsKey("date")) {
            problems.add(AttributeProblem.warning("date", "the training is 'completed' but has no 'date'; "
                    + "add when it was given, e.g. \"date\": \"2016-09\"", "la capacitación está 'completed' pero no tiene 'date';"
                    + " agregue cuándo se impartió, p. ej. \"date\": \"2016-09\""));
        }
        if ("planned".equals(attributes.get("status")) && attributes.containsKey("participants")) {
            problems.add(AttributeProblem.warning("participants", "a 'planned' training has no participants yet; "
                    + "set 'status' to completed or remove 'participants'", "una capacitación 'planned' aún no tiene participantes;"
                    + " ponga 'status' en completed o quite 'participants'"));
        }
        return problems;
    }

    /** e.g. "Audits of air monitoring instruments, samplers · certified: SPA calibration equipment (2016)". */
    @Override
    public String summarise(Deliverable deliverable, String language) {
        Map<String, Object> a = deliverable.attributes();
        boolean es = es(language);
        List<String> parts = new ArrayList<>();
        List<String> instruments = Attributes.texts(a, "instruments", language);
        if (!instruments.isEmpty()) {
            parts.add((es ? "Auditorías de " : "Audits of ") + String.join(", ", instruments));
        }
        if (a.get("status") instanceof String status) {
            parts.add(statusWords(status, es) + Attributes.date(a, "date", language).map(d -> " " + d).orElse(""));
        }
        number(a, "participants").ifPresent(n -> parts.add(Numbers.number(n, language)
                + (n.compareTo(java.math.BigDecimal.ONE) == 0 ? (es ? " participante" : " participant") : (es ? " participantes" : " participants"))));
        List<String> certified = Attributes.texts(a, "certifiedEquipment", language);
        if (!certified.isEmpty()) {
            String by = Attributes.organizations(a, "certifiedBy", id -> id.toUpperCase(java.util.Locale.ROOT));
            parts.add((es ? "certificado: " : "certified: ") + String.join(", ", certified)
                    + (by.isEmpty() ? "" : (es ? " por " : " by ") + by)
                    + Attributes.date(a, "certificationDate", language).map(d -> " (" + d + ")").orElse(""));
        }
        return String.join(" · ", parts);
    }

    /** The status's words, from the plugin's labels (as the forms and tables show them). */
    private static String statusWords(String status, boolean es) {
        return Attributes.choiceWords(mou.core.report.Labels.forPlugin(AuditTrainingType.class, es ? "es" : "en"), ID, java.util.Map.of("status", status),
                "status").orElse(status);
    }
}
