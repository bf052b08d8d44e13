package mou.group.airquality.internal;

import mou.core.spi.Attributes;
import mou.core.spi.Numbers;

import static mou.core.spi.Attributes.es;
import static mou.core.spi.Attributes.number;
import static mou.core.spi.Attributes.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * Support to a monitoring network: training and information sharing on its operation, and the
 * laboratory analysis of its samples by a partner's laboratory (CARB analyzing the PM10 samples of
 * the SPA network), counted as samples received, analyzed and speciated.
 */
final class MonitoringSupportType implements DeliverableType {

    static final String ID = "monitoring-support";

    private static final List<AttributeSpec> ATTRIBUTES = List.of(
            spec("network", "Network", "Red", Kind.TEXT),
            spec("topics", "Topics", "Temas", Kind.TEXT_LIST),
            spec("providers", "Provided by", "Brindado por", Kind.ORGANIZATIONS),
            spec("recipients", "Provided to", "Brindado a", Kind.ORGANIZATIONS),
            spec("channels", "Channels", "Medios", Kind.TEXT_LIST),
            spec("laboratory", "Laboratory", "Laboratorio", Kind.ORGANIZATIONS),
            spec("pollutant", "Pollutant analyzed", "Contaminante analizado", Kind.TEXT),
            spec("samplesReceived", "Samples received", "Muestras recibidas", Kind.INTEGER),
            spec("samplesAnalysed", "Samples analyzed", "Muestras analizadas", Kind.INTEGER),
            spec("speciation", "Speciation", "Especiación", Kind.TEXT),
            spec("speciationSamples", "Samples speciated", "Muestras con especiación", Kind.INTEGER),
            spec("period", "Period", "Periodo", Kind.DATE));

    private static final List<String> COUNTS = List.of("samplesReceived", "samplesAnalysed", "speciationSamples");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Monitoring and laboratory support", "Apoyo al monitoreo y de laboratorio");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        atMost(attributes, "samplesAnalysed", "samplesReceived",
                "the laboratory cannot analyze more samples than it received", "el laboratorio no puede analizar más muestras de las que recibió", problems);
        atMost(attributes, "speciationSamples", "samplesAnalysed",
                "speciation is performed on some of the samples analyzed", "la especiación se hace en algunas de las muestras analizadas", problems);
        if (COUNTS.stream().anyMatch(attributes::containsKey) && !attributes.containsKey("pollutant")) {
            problems.add(AttributeProblem.warning("pollutant", "sample counts are given without 'pollutant'; "
                    + "say what the samples measure, e.g. \"pollutant\": \"PM10\"", "se dan cantidades de muestras sin 'pollutant';"
                    + " diga qué miden las muestras, p. ej. \"pollutant\": \"PM10\""));
        }
        if (attributes.containsKey("speciationSamples") && !attributes.containsKey("speciation")) {
            problems.add(AttributeProblem.warning("speciation", "'speciationSamples' is given without 'speciation'; "
                    + "say which speciation was performed, e.g. \"speciation\": \"ionic\"", "se da 'speciationSamples' sin 'speciation';"
                    + " diga qué especiación se hizo, p. ej. \"speciation\": \"ionic\""));
        }
        return problems;
    }

    private static void atMost(Map<String, Object> attributes, String smaller, String larger, String why, String whyEs,
            List<AttributeProblem> problems) {
        Optional<BigDecimal> part = number(attributes, smaller);
        Optional<BigDecimal> whole = number(attributes, larger);
        if (part.isPresent() && whole.isPresent() && part.get().compareTo(whole.get()) > 0) {
            problems.add(AttributeProblem.error(smaller, "'" + smaller + "' (" + part.get().toPlainString()
                    + ") cannot exceed '" + larger + "' (" + whole.get().toPlainString() + "): " + why, "'" + smaller + "' ("
                    + part.get().toPlainString() + ") no puede ser mayor que '" + larger + "' (" + whole.get().toPlainString() + "): " + whyEs));
        }
    }

    /** e.g. "Topics: field operations, quality control activities · CARB laboratory: 355 PM10 samples received and analyzed, ionic speciation of 60 (2016)". */
    @Override
    public String summarise(Deliverable deliverable, String language) {
        Map<String, Object> a = deliverable.attributes();
        boolean es = es(language);
        List<String> parts = new ArrayList<>();
        List<String> topics = Attributes.texts(a, "topics", language);
        if (!topics.isEmpty()) {
            parts.add((es ? "Temas: " : "Topics: ") + String.join(", ", topics));
        }
        String laboratory = laboratoryWork(a, language);
        if (!laboratory.isEmpty()) {
            String lab = Attributes.organizations(a, "laboratory", id -> id.toUpperCase(java.util.Locale.ROOT));
            String who = lab.isEmpty() ? (es ? "Laboratorio" : "Laboratory") : (es ? "Laboratorio de " + lab : lab + " laboratory");
            parts.add(who + ": " + laboratory
                    + Attributes.date(a, "period", language).map(p -> " (" + p + ")").orElse(""));
        }
        return String.join(" · ", parts);
    }

    private static String laboratoryWork(Map<String, Object> a, String language) {
        boolean es = es(language);
        String pollutant = Attributes.text(a, "pollutant", language).map(p -> " " + p).orElse("");
        Optional<BigDecimal> received = number(a, "samplesReceived");
        Optional<BigDecimal> analyzed = number(a, "samplesAnalysed");
        List<String> parts = new ArrayList<>();
        if (received.isPresent() && analyzed.isPresent() && received.get().compareTo(analyzed.get()) == 0) {
            parts.add(Numbers.number(received.get(), language) + (es
                    ? " muestras" + pollutant + " recibidas y analizadas"
                    : pollutant + " samples received and analyzed"));
        } else {
            received.ifPresent(n -> parts.add(Numbers.number(n, language)
                    + (es ? " muestras" + pollutant + " recibidas" : pollutant + " samples received")));
            analyzed.ifPresent(n -> parts.add(Numbers.number(n, language)
                    + (es ? " muestras" + pollutant + " analizadas" : pollutant + " samples analyzed")));
        }
        number(a, "speciationSamples").ifPresent(n -> {
            String kind = Attributes.text(a, "speciation", language).orElse("");
            parts.add(es
                    ? "especiación" + (kind.isEmpty() ? "" : " " + kind) + " de " + Numbers.number(n, language)
                    : (kind.isEmpty() ? "speciation" : kind + " speciation") + " of " + Numbers.number(n, language));
        });
        return String.join(", ", parts);
    }
}
