package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mou.core.model.Activity;
import mou.core.model.Agreement;
import mou.core.model.AnnualReport;
import mou.core.model.Assessment;
import mou.core.model.Bounds;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.Event;
import mou.core.model.GroupYear;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.Organization;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewStep;
import mou.core.model.OverarchingGoal;
import mou.core.model.RelatedAgreement;
import mou.core.model.ReportingCalendar;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;

/**
 * The model as JSON trees, one per workspace file. Every key of a record is written, null or not,
 * in the order of the record's components (the documented stable order); {@link TreeMerger}
 * then decides what of it reaches the file.
 */
final class ModelTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Keys of a group's year added with the reporting cycle: a file is written without them while they are empty. */
    static final java.util.Set<String> LATER_KEYS = java.util.Set.of("updates", "review");

    private ModelTrees() {
    }

    static ObjectNode agreement(Agreement a) {
        ObjectNode o = NODES.objectNode();
        o.set("id", string(a.id()));
        o.set("title", text(a.title()));
        o.set("shortTitle", text(a.shortTitle()));
        o.set("signed", date(a.signed()));
        o.set("place", text(a.place()));
        o.set("signatories", list(a.signatories(), s -> {
            ObjectNode n = NODES.objectNode();
            n.set("name", text(s.name()));
            n.set("role", text(s.role()));
            n.set("organization", string(s.organization()));
            return n;
        }));
        o.set("termYears", integer(a.termYears()));
        o.set("principles", list(a.principles(), ModelTrees::text));
        o.set("objective", text(a.objective()));
        o.set("actionAreas", list(a.actionAreas(), area -> {
            ObjectNode n = NODES.objectNode();
            n.set("id", string(area.id()));
            n.set("name", text(area.name()));
            n.put("priority", area.priority());
            return n;
        }));
        Agreement.JointActionPlan plan = a.jointActionPlan();
        if (plan == null) {
            o.set("jointActionPlan", NullNode.getInstance());
        } else {
            ObjectNode n = o.putObject("jointActionPlan");
            n.set("established", date(plan.established()));
            n.set("description", text(plan.description()));
            n.set("link", plan.link() == null ? NullNode.getInstance() : link(plan.link()));
        }
        o.set("links", list(a.links(), ModelTrees::link));
        return o;
    }

    static ObjectNode organizations(List<Organization> organizations) {
        ObjectNode o = NODES.objectNode();
        o.set("organizations", list(organizations, org -> {
            ObjectNode n = NODES.objectNode();
            n.set("id", string(org.id()));
            n.set("acronym", text(org.acronym()));
            n.set("name", text(org.name()));
            n.set("country", string(org.country()));
            n.set("kind", org.kind() == null ? NullNode.getInstance() : TextNode.valueOf(org.kind().id()));
            return n;
        }));
        return o;
    }

    static ObjectNode relatedAgreements(List<RelatedAgreement> agreements) {
        ObjectNode o = NODES.objectNode();
        o.set("relatedAgreements", list(agreements, r -> {
            ObjectNode n = NODES.objectNode();
            n.set("id", string(r.id()));
            n.set("title", text(r.title()));
            n.set("parties", list(r.parties(), ModelTrees::text));
            n.set("date", date(r.date()));
            n.set("description", list(r.description(), ModelTrees::text));
            n.set("figures", list(r.figures(), ModelTrees::metric));
            n.set("links", list(r.links(), ModelTrees::link));
            return n;
        }));
        return o;
    }

    /** calendar.json: the reporting calendar; the annual report's day as MM-DD. */
    static ObjectNode calendar(ReportingCalendar c) {
        ObjectNode o = NODES.objectNode();
        o.set("quarterlyUpdateDays", integer(c.quarterlyUpdateDays()));
        o.set("annualReportDue", c.annualReportDue() == null ? NullNode.getInstance()
                : TextNode.valueOf(String.format(java.util.Locale.ROOT, "%02d-%02d", c.annualReportDue().getMonthValue(),
                        c.annualReportDue().getDayOfMonth())));
        return o;
    }

    static ObjectNode report(AnnualReport r) {
        ObjectNode o = NODES.objectNode();
        o.put("year", r.year());
        o.set("title", text(r.title()));
        o.set("introduction", list(r.introduction(), ModelTrees::text));
        o.set("relatedAgreementsIntro", text(r.relatedAgreementsIntro()));
        o.set("finalComments", list(r.finalComments(), ModelTrees::text));
        return o;
    }

    static ObjectNode plan(WorkingGroupPlan p) {
        ObjectNode o = NODES.objectNode();
        o.set("groupId", string(p.groupId()));
        o.set("name", text(p.name()));
        o.set("members", list(p.members(), ModelTrees::string));
        o.set("partners", list(p.partners(), ModelTrees::string));
        o.put("inJointActionPlan", p.inJointActionPlan());
        o.set("goals", list(p.goals(), ModelTrees::goal));
        return o;
    }

    private static JsonNode goal(OverarchingGoal g) {
        ObjectNode o = NODES.objectNode();
        o.set("id", string(g.id()));
        o.put("number", g.number());
        o.set("title", text(g.title()));
        o.set("statement", text(g.statement()));
        o.set("overview", text(g.overview()));
        o.set("note", text(g.note()));
        o.set("activities", list(g.activities(), ModelTrees::activity));
        return o;
    }

    private static JsonNode activity(Activity a) {
        ObjectNode o = NODES.objectNode();
        o.set("id", string(a.id()));
        o.set("description", text(a.description()));
        o.set("note", text(a.note()));
        o.set("deliverables", list(a.deliverables(), ModelTrees::deliverable));
        return o;
    }

    private static JsonNode deliverable(Deliverable d) {
        ObjectNode o = NODES.objectNode();
        o.set("id", string(d.id()));
        o.set("type", string(d.type()));
        o.set("title", text(d.title()));
        o.set("note", text(d.note()));
        o.set("attributes", plain(d.attributes()));
        return o;
    }

    static ObjectNode year(GroupYear y) {
        ObjectNode o = NODES.objectNode();
        o.set("groupId", string(y.groupId()));
        o.put("year", y.year());
        Narrative n = y.narrative() == null ? Narrative.EMPTY : y.narrative();
        ObjectNode narrative = o.putObject("narrative");
        narrative.set("summary", list(n.summary(), ModelTrees::text));
        narrative.set("accomplishments", list(n.accomplishments(), ModelTrees::text));
        narrative.set("challenges", list(n.challenges(), ModelTrees::text));
        narrative.set("nextSteps", list(n.nextSteps(), ModelTrees::text));
        o.set("assessments", list(y.assessments(), ModelTrees::assessment));
        o.set("metrics", list(y.metrics(), ModelTrees::metric));
        o.set("events", list(y.events(), ModelTrees::event));
        o.set("updates", list(y.updates(), ModelTrees::update));
        o.set("review", list(y.review().steps(), ModelTrees::reviewStep));
        return o;
    }

    private static JsonNode update(QuarterlyUpdate u) {
        ObjectNode o = NODES.objectNode();
        o.put("quarter", u.quarter());
        o.set("happened", list(u.happened(), ModelTrees::text));
        o.set("metrics", list(u.metrics(), ModelTrees::string));
        o.set("events", list(u.events(), ModelTrees::string));
        return o;
    }

    private static JsonNode reviewStep(ReviewStep step) {
        ObjectNode o = NODES.objectNode();
        o.put("state", step.state().id());
        o.set("by", string(step.by()));
        o.set("at", step.at() == null ? NullNode.getInstance() : TextNode.valueOf(step.at().toString()));
        o.set("reason", string(step.reason()));
        if (step.incomplete() != null) {
            o.put("incomplete", step.incomplete()); // left out of every step taken with nothing missing
        }
        if (step.untranslated() != null) {
            o.put("untranslated", step.untranslated()); // left out of every step with every text translated
        }
        return o;
    }

    static JsonNode assessment(Assessment a) {
        ObjectNode o = NODES.objectNode();
        o.set("activityId", string(a.activityId()));
        o.set("level", a.level() == null ? NullNode.getInstance() : TextNode.valueOf(a.level().id()));
        o.set("rationale", text(a.rationale()));
        o.set("evidence", list(a.evidence(), ModelTrees::link));
        o.put("inferred", a.inferred());
        o.put("carriedOver", a.carriedOver());
        return o;
    }

    private static JsonNode metric(Metric m) {
        ObjectNode o = NODES.objectNode();
        o.set("id", string(m.id()));
        o.set("label", text(m.label()));
        o.set("value", number(m.value()));
        // a plain string while the unit has no Spanish, as every file before it had one
        o.set("unit", text(m.unitText()));
        o.set("target", number(m.target()));
        o.set("baseline", number(m.baseline()));
        o.set("asOf", date(m.asOf()));
        o.set("activityId", string(m.activityId()));
        o.set("note", text(m.note()));
        // Always written (null when none), so that words the model dropped (the value they described
        // changed) are not kept from the file as if the model did not know the key.
        o.set("words", text(m.words()));
        return o;
    }

    private static JsonNode event(Event e) {
        ObjectNode o = NODES.objectNode();
        o.set("id", string(e.id()));
        o.set("kind", e.kind() == null ? NullNode.getInstance() : TextNode.valueOf(e.kind().id()));
        o.set("date", date(e.date()));
        o.set("title", text(e.title()));
        o.set("place", text(e.place()));
        o.set("organizations", list(e.organizations(), ModelTrees::string));
        o.set("participants", integer(e.participants()));
        o.set("description", text(e.description()));
        o.set("activityId", string(e.activityId()));
        return o;
    }

    private static JsonNode link(Link l) {
        ObjectNode o = NODES.objectNode();
        o.set("title", text(l.title()));
        o.set("url", string(l.url()));
        return o;
    }

    /**
     * A plain string when there is no Spanish and no asIs marker, else {"en", "es", "esOf"} (the Spanish and the
     * fingerprint of the English it translates) or {"en", "asIs"}.
     */
    static JsonNode text(Text t) {
        if (t == null) {
            return NullNode.getInstance();
        }
        if (t.es() == null && t.asIs() == null) {
            return TextNode.valueOf(t.en());
        }
        ObjectNode o = NODES.objectNode();
        o.put("en", t.en());
        // every key of a text, null when absent: a Spanish or marker removed in the model is removed from the file
        o.put("es", t.es());
        o.put("asIs", t.asIs());
        o.put("esOf", t.esOf());
        return o;
    }

    private static JsonNode string(String s) {
        return s == null ? NullNode.getInstance() : TextNode.valueOf(s);
    }

    private static JsonNode integer(Integer i) {
        return i == null ? NullNode.getInstance() : IntNode.valueOf(i);
    }

    private static JsonNode date(DateSpan d) {
        return d == null ? NullNode.getInstance() : TextNode.valueOf(d.iso());
    }

    /**
     * Refuses to write a number no workspace may hold ({@link Bounds#ANY}): the front doors refuse
     * such numbers first, and written out in full one would fill megabytes that no reading accepts.
     */
    private static void bounded(Number n) {
        Bounds.ANY.problem(n).ifPresent(p -> {
            throw new IllegalArgumentException("a number cannot be saved: " + p);
        });
    }

    /** A number as written: a whole number stays whole (3800, never 3800.0), a decimal keeps its scale. */
    static JsonNode number(BigDecimal n) {
        if (n == null) {
            return NullNode.getInstance();
        }
        bounded(n);
        if (n.scale() <= 0) {
            return integral(n.toBigIntegerExact());
        }
        return DecimalNode.valueOf(n);
    }

    private static JsonNode integral(BigInteger i) {
        if (i.bitLength() < 32) {
            return IntNode.valueOf(i.intValue());
        }
        if (i.bitLength() < 64) {
            return LongNode.valueOf(i.longValue());
        }
        return BigIntegerNode.valueOf(i);
    }

    private static <T> ArrayNode list(List<T> items, Function<T, JsonNode> element) {
        ArrayNode a = NODES.arrayNode();
        if (items != null) {
            for (T item : items) {
                a.add(item == null ? NullNode.getInstance() : element.apply(item));
            }
        }
        return a;
    }

    /** A deliverable's attributes (plain JSON-like Java values) as a tree, exactly as held. */
    static JsonNode plain(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            map.forEach((k, v) -> o.set(String.valueOf(k), plain(v)));
            return o;
        }
        if (value instanceof List<?> list) {
            ArrayNode a = NODES.arrayNode();
            list.forEach(v -> a.add(plain(v)));
            return a;
        }
        if (value instanceof String s) {
            return TextNode.valueOf(s);
        }
        if (value instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return IntNode.valueOf(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return LongNode.valueOf(l);
        }
        if (value instanceof BigInteger b) {
            bounded(b);
            return BigIntegerNode.valueOf(b);
        }
        if (value instanceof BigDecimal d) {
            bounded(d);
            // DecimalNode.valueOf keeps the scale as written (1.50 stays 1.50); the factory would strip zeros.
            return DecimalNode.valueOf(d);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("an attribute holds " + d + ", which JSON cannot express");
            }
            return DoubleNode.valueOf(d);
        }
        if (value instanceof Number n) {
            return DecimalNode.valueOf(new BigDecimal(n.toString()));
        }
        if (value instanceof Text t) {
            return text(t);
        }
        return TextNode.valueOf(value.toString());
    }
}
