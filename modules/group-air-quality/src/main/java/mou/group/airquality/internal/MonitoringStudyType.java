package mou.group.airquality.internal;

import mou.core.spi.Attributes;
import mou.core.spi.Numbers;

import static mou.core.spi.Attributes.es;
import static mou.core.spi.Attributes.number;
import static mou.core.spi.Attributes.required;
import static mou.core.spi.Attributes.spec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.AttributeSpec.Kind;
import mou.core.spi.DeliverableType;

/**
 * A field study of an air pollutant at monitoring sites, such as the two-year PM2.5 study in
 * Mexicali: what is measured where and since when, what the laboratory analyzed, who pays and
 * how much of the contract has been authorized.
 */
final class MonitoringStudyType implements DeliverableType {

    static final String ID = "monitoring-study";

    /** Pollutants as the report writes them; others are accepted with a warning, so a typo shows. */
    static final Set<String> KNOWN_POLLUTANTS = Set.of("PM2.5", "PM10", "O3", "NO2", "NOx", "SO2", "CO", "Pb",
            "VOC", "H2S", "NH3", "black carbon");

    /** How far the share authorized may stray from amountAuthorised / contractAmount before it is flagged, in points. */
    private static final BigDecimal SHARE_TOLERANCE = BigDecimal.ONE;

    private static final List<AttributeSpec> ATTRIBUTES = List.of(
            required("pollutant", "Pollutant", "Contaminante", Kind.TEXT),
            spec("area", "Study area", "Zona de estudio", Kind.TEXT),
            spec("sites", "Monitoring sites", "Sitios de monitoreo", Kind.INTEGER),
            spec("siteDescription", "Sites", "Sitios", Kind.TEXT),
            spec("speciationSites", "Sites with speciation sampling", "Sitios con muestreo de especiación", Kind.INTEGER),
            spec("measurements", "Measurements", "Mediciones", Kind.TEXT_LIST),
            spec("durationYears", "Duration (years)", "Duración (años)", Kind.NUMBER),
            spec("startDate", "Monitoring began", "Inicio del monitoreo", Kind.DATE),
            spec("endDate", "Ends", "Término", Kind.DATE),
            spec("samplesAnalysed", "Speciation samples analyzed", "Muestras de especiación analizadas", Kind.INTEGER),
            spec("laboratory", "Analyzed by", "Analizadas por", Kind.ORGANIZATIONS),
            spec("dataSharing", "Data made available through", "Datos disponibles en", Kind.TEXT_LIST),
            spec("funder", "Funded by", "Financiado por", Kind.ORGANIZATIONS),
            spec("partners", "Carried out by", "Realizado por", Kind.ORGANIZATIONS),
            spec("contractAmount", "Contract amount", "Monto del contrato", Kind.MONEY).withUnit("USD"),
            spec("amountAuthorised", "Authorized for payment", "Autorizado para pago", Kind.MONEY).withUnit("USD"),
            spec("shareAuthorised", "Share of the contract authorized", "Porcentaje del contrato autorizado", Kind.PERCENT),
            spec("equipmentRecipient", "Equipment donated at the end to", "Equipo donado al final a", Kind.ORGANIZATIONS));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text label() {
        return Text.of("Monitoring study", "Estudio de monitoreo");
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(DeliverableType.super.validate(attributes));
        if (attributes.get("pollutant") instanceof String pollutant && !KNOWN_POLLUTANTS.contains(pollutant)) {
            problems.add(AttributeProblem.warning("pollutant", "'pollutant' \"" + pollutant
                    + "\" is not a pollutant this type knows; write it as the report does, e.g. PM2.5, PM10, O3 or NO2", "'pollutant' \"" + pollutant
                    + "\" no es un contaminante que este tipo conozca; escríbalo como lo escribe el informe, p. ej. PM2.5, PM10, O3 o NO2"));
        }
        number(attributes, "sites").filter(n -> n.signum() <= 0).ifPresent(n -> problems.add(AttributeProblem.error("sites",
                "'sites' must be at least 1, not " + n.toPlainString(), "'sites': el valor debe ser al menos 1, no " + n.toPlainString())));
        number(attributes, "speciationSites").ifPresent(speciation -> number(attributes, "sites")
                .filter(sites -> speciation.compareTo(sites) > 0)
                .ifPresent(sites -> problems.add(AttributeProblem.error("speciationSites", "'speciationSites' ("
                        + speciation.toPlainString() + ") cannot exceed 'sites' (" + sites.toPlainString()
                        + "): speciation sampling happens at some of the monitoring sites", "'speciationSites' (" + speciation.toPlainString()
                        + ") no puede ser mayor que 'sites' (" + sites.toPlainString()
                        + "): el muestreo de especiación se hace en algunos de los sitios de monitoreo"))));
        number(attributes, "durationYears").filter(n -> n.signum() <= 0).ifPresent(n -> problems.add(AttributeProblem.error(
                "durationYears", "'durationYears' must be more than 0, not " + n.toPlainString(),
                "'durationYears': el valor debe ser mayor que 0, no " + n.toPlainString())));
        checkDates(attributes, problems);
        checkMoney(attributes, problems);
        return problems;
    }

    private static void checkDates(Map<String, Object> attributes, List<AttributeProblem> problems) {
        if (attributes.get("startDate") instanceof String start && attributes.get("endDate") instanceof String end) {
            try {
                if (DateSpan.parse(end).end().isBefore(DateSpan.parse(start).start())) {
                    problems.add(AttributeProblem.error("endDate", "'endDate' " + end + " is before 'startDate' " + start
                            + "; a study ends after it begins", "'endDate' " + end + " es anterior a 'startDate' " + start
                            + "; un estudio termina después de empezar"));
                }
            } catch (IllegalArgumentException e) {
                // a malformed date is already reported by its attribute's check
            }
        }
    }

    private static void checkMoney(Map<String, Object> attributes, List<AttributeProblem> problems) {
        var contract = number(attributes, "contractAmount");
        var authorized = number(attributes, "amountAuthorised");
        var share = number(attributes, "shareAuthorised");
        if (contract.isPresent() && authorized.isPresent() && authorized.get().compareTo(contract.get()) > 0) {
            problems.add(AttributeProblem.error("amountAuthorised", "'amountAuthorised' (" + authorized.get().toPlainString()
                    + ") is more than 'contractAmount' (" + contract.get().toPlainString() + "); check both amounts", "'amountAuthorised' ("
                    + authorized.get().toPlainString() + ") es mayor que 'contractAmount' (" + contract.get().toPlainString() + "); revise ambos montos"));
            return;
        }
        if (contract.isPresent() && contract.get().signum() > 0 && authorized.isPresent() && share.isPresent()) {
            BigDecimal computed = authorized.get().multiply(BigDecimal.valueOf(100)).divide(contract.get(), 1, RoundingMode.HALF_UP);
            if (computed.subtract(share.get()).abs().compareTo(SHARE_TOLERANCE) > 0) {
                problems.add(AttributeProblem.warning("shareAuthorised", "'shareAuthorised' is " + share.get().toPlainString()
                        + "% but 'amountAuthorised' / 'contractAmount' is " + computed.toPlainString() + "%; correct one of them",
                        "'shareAuthorised' es " + share.get().toPlainString() + " % pero 'amountAuthorised' / 'contractAmount' es "
                        + computed.toPlainString() + " %; corrija uno de los dos"));
            }
        }
    }

    /** e.g. "PM2.5 · 2 sites (two schools in Mexicali) · 2-year study · since April 2016 · 53 speciation samples analyzed · $252,038 authorized (52% of the contract)". */
    @Override
    public String summarise(Deliverable deliverable, String language) {
        Map<String, Object> a = deliverable.attributes();
        boolean es = es(language);
        List<String> parts = new ArrayList<>();
        Attributes.text(a, "pollutant", language).ifPresent(parts::add);
        number(a, "sites").ifPresent(sites -> {
            String words = Numbers.number(sites, language) + (es ? (isOne(sites) ? " sitio" : " sitios") : (isOne(sites) ? " site" : " sites"));
            parts.add(Attributes.text(a, "siteDescription", language).map(d -> words + " (" + d + ")").orElse(words));
        });
        number(a, "durationYears").ifPresent(years -> parts.add(es
                ? "estudio de " + Numbers.number(years, language) + (isOne(years) ? " año" : " años")
                : Numbers.number(years, language) + "-year study"));
        Attributes.date(a, "startDate", language).ifPresent(d -> parts.add((es ? "desde " : "since ") + d));
        Attributes.date(a, "endDate", language).ifPresent(d -> parts.add((es ? "hasta " : "until ") + d));
        number(a, "samplesAnalysed").ifPresent(n -> parts.add(Numbers.number(n, language)
                + (es ? " muestras de especiación analizadas" : " speciation samples analyzed")));
        String funder = Attributes.organizations(a, "funder", id -> id.toUpperCase(java.util.Locale.ROOT));
        if (!funder.isEmpty()) {
            parts.add((es ? "financiado por " : "funded by ") + funder);
        }
        number(a, "amountAuthorised").ifPresent(amount -> {
            String words = Numbers.amount(amount, "USD", language) + (es ? " autorizados" : " authorized");
            parts.add(number(a, "shareAuthorised")
                    .map(share -> words + " (" + Numbers.amount(share, "%", language) + (es ? " del contrato)" : " of the contract)"))
                    .orElse(words));
        });
        if (number(a, "amountAuthorised").isEmpty()) {
            number(a, "shareAuthorised").ifPresent(share -> parts.add(Numbers.amount(share, "%", language)
                    + (es ? " del contrato autorizado" : " of the contract authorized")));
        }
        return String.join(" · ", parts);
    }

    private static boolean isOne(BigDecimal n) {
        return n.compareTo(BigDecimal.ONE) == 0;
    }
}
