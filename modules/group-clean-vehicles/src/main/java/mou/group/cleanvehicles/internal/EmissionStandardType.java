package mou.group.cleanvehicles.internal;

import mou.core.spi.Attributes;

import static mou.core.spi.Attributes.number;
import static mou.core.spi.Attributes.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * A Mexican vehicle emission standard (Norma Oficial Mexicana), or a set of draft standards not
 * yet coded: what it covers, where it stands (in preparation, draft, proposed, published, in
 * modification), when it was published and where, and the standards related to it.
 */
final class EmissionStandardType implements DeliverableType {

    static final String ID = "emission-standard";

    private static final Set<String> UNPUBLISHED = Set.of("in-preparation", "draft");

    private static final List<AttributeSpec> ATTRIBUTES = Attributes.withChoiceWords(EmissionStandardType.class, ID, List.of(
            spec("code", "Code", "Clave", Kind.TEXT),
            spec("subject", "Subject", "Materia", Kind.TEXT),
            spec("pollutants", "Pollutants", "Contaminantes", Kind.TEXT_LIST),
            spec("vehicles", "Vehicles", "Vehículos", Kind.TEXT_LIST),
            spec("provisions", "Also sets", "También establece", Kind.TEXT_LIST),
            spec("jurisdictions", "Applies in", "Se aplica en", Kind.TEXT_LIST),
            new AttributeSpec("status", Text.of("Status", "Estado"), Kind.CHOICE, true, List.of(EmissionStandard.STATUSES), null),
            spec("publicationDate", "Published", "Publicada", Kind.DATE),
            spec("publishedIn", "Published in", "Publicada en", Kind.TEXT),
            spec("expectedProposal", "Formal proposal expected", "Propuesta formal prevista", Kind.DATE),
            spec("issuer", "Issued by", "Emitida por", Kind.ORGANIZATIONS),
            spec("alignedWith", "To align with", "Para alinearse con", Kind.TEXT),
            spec("alignmentYear", "Alignment by", "Alineación para", Kind.INTEGER).withRange(2000, 2100),
            Attributes.choice("regulatoryImpactStudy", "Regulatory Impact Study", "Manifestación de Impacto Regulatorio",
                    "planned", "in-progress", "completed"),
            spec("relatedStandards", "Related standards", "Normas relacionadas", Kind.TEXT_LIST)));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Emission standard", "Norma de emisiones");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    /**
     * The standard's code: a text attribute, written as a string or as a text object (in the shipped
     * workspace {@code {"en": "NOM-EM-167-SEMARNAT-2016", "asIs": "name"}}); a code is the same in
     * every language, so its English is read.
     */
    static Optional<String> code(Map<String, Object> attributes) {
        return Attributes.text(attributes, "code", "en");
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        Optional<String> code = code(attributes);
        code.filter(c -> !EmissionStandard.isCode(c)).ifPresent(c -> problems.add(AttributeProblem.error("code",
                "'code' \"" + c + "\" is not a Mexican Official Standard code; " + EmissionStandard.CODE_HELP,
                "'code' \"" + c + "\" no es una clave de Norma Oficial Mexicana; " + EmissionStandard.CODE_HELP_ES)));
        Object status = attributes.get("status");
        Optional<DateSpan> published = date(attributes, "publicationDate");
        if ("published".equals(status) && !attributes.containsKey("publicationDate")) {
            problems.add(AttributeProblem.error("publicationDate", "the standard is 'published' but has no 'publicationDate'; "
                    + "add the date of its publication in the Official Journal, e.g. \"publicationDate\": \"2016-06-07\"",
                    "la norma está 'published' pero no tiene 'publicationDate'; agregue la fecha de su publicación en el Diario Oficial"
                    + " de la Federación, p. ej. \"publicationDate\": \"2016-06-07\""));
        }
        if (status instanceof String s && UNPUBLISHED.contains(s) && attributes.containsKey("publicationDate")) {
            problems.add(AttributeProblem.error("publicationDate", "a standard that is '" + s + "' has not been published; "
                    + "set 'status' to published (or in-modification) or remove 'publicationDate'", "una norma en estado '" + s
                    + "' no se ha publicado; ponga 'status' en published (o in-modification) o quite 'publicationDate'"));
        }
        code.flatMap(EmissionStandard::codeYear).ifPresent(year -> published.filter(p -> p.year() != year)
                .ifPresent(p -> problems.add(AttributeProblem.warning("publicationDate", "the code " + code.get()
                        + " carries the year " + year + " but 'publicationDate' is in " + p.year()
                        + "; a Mexican Official Standard's code carries the year of its publication", "la clave " + code.get()
                        + " lleva el año " + year + " pero 'publicationDate' es de " + p.year()
                        + "; la clave de una Norma Oficial Mexicana lleva el año de su publicación"))));
        if (("published".equals(status) || "proposed".equals(status)) && attributes.containsKey("expectedProposal")) {
            problems.add(AttributeProblem.warning("expectedProposal", "the standard is already '" + status
                    + "', so 'expectedProposal' no longer applies; remove it", "la norma ya está en estado '" + status
                    + "', así que 'expectedProposal' ya no corresponde; quítelo"));
        }
        checkRelated(attributes, problems);
        return problems;
    }

    private static void checkRelated(Map<String, Object> attributes, List<AttributeProblem> problems) {
        if (!(attributes.get("relatedStandards") instanceof List<?> related)) {
            return;
        }
        for (int i = 0; i < related.size(); i++) {
            Object value = related.get(i);
            if (!(value instanceof String || value instanceof Map<?, ?> m && m.get("en") instanceof String)) {
                continue;
            }
            // the code and status are read from the English text; a Spanish one only words the subject
            String item = AttributeSpec.textOf(value, "en");
            String at = "relatedStandards/" + i;
            Optional<EmissionStandard.Related> parsed = EmissionStandard.Related.parse(item);
            if (parsed.isEmpty()) {
                problems.add(AttributeProblem.error(at, "\"" + item + "\" is not a related standard; write \"CODE\", "
                        + "\"CODE (status)\" or \"CODE (status): subject\", e.g. "
                        + "\"NOM-163-SEMARNAT-ENER-SCFI-2013 (in-modification): fuel economy standards\"; " + EmissionStandard.CODE_HELP,
                        "\"" + item + "\" no es una norma relacionada; escriba \"CLAVE\", \"CLAVE (estado)\" o \"CLAVE (estado): tema\", p. ej. "
                        + "\"NOM-163-SEMARNAT-ENER-SCFI-2013 (in-modification): fuel economy standards\"; " + EmissionStandard.CODE_HELP_ES));
            } else if (parsed.get().status() != null && !EmissionStandard.isStatus(parsed.get().status())) {
                problems.add(AttributeProblem.error(at, "the status \"" + parsed.get().status() + "\" of " + parsed.get().code()
                        + " is not one of " + String.join(", ", EmissionStandard.STATUSES), "el estado \"" + parsed.get().status() + "\" de "
                        + parsed.get().code() + " no es uno de " + String.join(", ", EmissionStandard.STATUSES)));
            }
        }
    }

    private static Optional<DateSpan> date(Map<String, Object> attributes, String name) {
        if (attributes.get(name) instanceof String s) {
            try {
                return Optional.of(DateSpan.parse(s));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * e.g. "NOM-EM-167-SEMARNAT-2016 · published June 7, 2016 in the Official Journal · applies in Mexico City, Hidalgo", or
     * "criteria pollutants, greenhouse gases · draft prepared, not yet formally proposed (formal proposal expected ...)".
     */
    @Override
    public String summarise(Deliverable deliverable, String language) {
        Map<String, Object> a = deliverable.attributes();
        boolean es = Attributes.es(language);
        List<String> parts = new ArrayList<>();
        code(a).ifPresent(parts::add);
        List<String> pollutants = Attributes.texts(a, "pollutants", language);
        if (!pollutants.isEmpty()) {
            parts.add(String.join(", ", pollutants));
        }
        status(a, language).ifPresent(parts::add);
        List<String> places = Attributes.texts(a, "jurisdictions", language);
        if (!places.isEmpty()) {
            parts.add((es ? "se aplica en " : "applies in ") + String.join(", ", places));
        }
        Attributes.text(a, "alignedWith", language).ifPresent(with -> parts.add((es ? "para alinearse con " : "to align with ") + with
                + number(a, "alignmentYear").map(y -> (es ? " para " : " by ") + y.toPlainString()).orElse("")));
        List<String> related = Attributes.texts(a, "relatedStandards", "en").stream()
                .map(EmissionStandard.Related::parse).flatMap(Optional::stream)
                .map(r -> r.code() + (r.status() == null ? "" : " (" + EmissionStandard.statusWords(r.status(), language) + ")"))
                .toList();
        if (!related.isEmpty()) {
            parts.add((es ? "relacionada: " : "related: ") + String.join(", ", related));
        }
        return String.join(" · ", parts);
    }

    /** The status in words with its date: "published June 7, 2016 in the Official Journal". */
    static Optional<String> status(Map<String, Object> a, String language) {
        if (!(a.get("status") instanceof String status) || !EmissionStandard.isStatus(status)) {
            return Optional.empty();
        }
        boolean es = Attributes.es(language);
        StringBuilder words = new StringBuilder(EmissionStandard.statusWords(status, language));
        if ("published".equals(status)) {
            Attributes.date(a, "publicationDate", language).ifPresent(d -> words.append(es ? " el " : " ").append(d));
            Attributes.text(a, "publishedIn", language).ifPresent(in -> words.append(es ? " en el " : " in the ").append(in));
        }
        Attributes.date(a, "expectedProposal", language).ifPresent(d -> words.append(es ? " (propuesta formal prevista para " : " (formal proposal expected ")
                .append(d).append(')'));
        return Optional.of(words.toString());
    }
}
