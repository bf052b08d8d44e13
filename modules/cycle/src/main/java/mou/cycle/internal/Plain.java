package mou.cycle.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mou.core.model.Assessment;
import mou.core.model.Event;
import mou.core.model.Link;
import mou.core.model.Metric;
import mou.core.model.QuarterlyUpdate;
import mou.core.model.ReviewStep;
import mou.core.model.Text;

/**
 * The parts of a year that commands change, as plain JSON-like values (maps in the workspace
 * format's key order), for the history's "before" and "after".
 */
final class Plain {

    private Plain() {
    }

    static Object text(Text t) {
        if (t == null) {
            return null;
        }
        if (t.es() == null) {
            return t.en();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("en", t.en());
        m.put("es", t.es());
        return m;
    }

    static List<Object> texts(List<Text> texts) {
        List<Object> list = new ArrayList<>();
        texts.forEach(t -> list.add(text(t)));
        return list;
    }

    static Map<String, Object> assessment(Assessment a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", a.level() == null ? null : a.level().id());
        m.put("rationale", text(a.rationale()));
        m.put("evidence", links(a.evidence()));
        m.put("inferred", a.inferred());
        if (a.carriedOver()) {
            m.put("carriedOver", true);
        }
        return m;
    }

    static List<Object> links(List<Link> links) {
        List<Object> list = new ArrayList<>();
        for (Link l : links) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", text(l.title()));
            m.put("url", l.url());
            list.add(m);
        }
        return list;
    }

    static Map<String, Object> metric(Metric x) {
        if (x == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", text(x.label()));
        m.put("value", x.value());
        m.put("unit", text(x.unitText()));
        m.put("target", x.target());
        m.put("baseline", x.baseline());
        m.put("asOf", x.asOf() == null ? null : x.asOf().iso());
        m.put("activityId", x.activityId());
        m.put("note", text(x.note()));
        return m;
    }

    static Map<String, Object> event(Event e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind() == null ? null : e.kind().id());
        m.put("date", e.date() == null ? null : e.date().iso());
        m.put("title", text(e.title()));
        m.put("place", text(e.place()));
        m.put("organizations", List.copyOf(e.organizations()));
        m.put("participants", e.participants());
        m.put("description", text(e.description()));
        m.put("activityId", e.activityId());
        return m;
    }

    static Map<String, Object> update(QuarterlyUpdate u) {
        if (u == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quarter", u.quarter());
        m.put("happened", texts(u.happened()));
        m.put("metrics", List.copyOf(u.metrics()));
        m.put("events", List.copyOf(u.events()));
        return m;
    }

    static Map<String, Object> step(ReviewStep s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", s.state().id());
        m.put("by", s.by());
        m.put("at", s.at() == null ? null : s.at().toString());
        m.put("reason", s.reason());
        if (s.incomplete() != null) {
            m.put("incomplete", s.incomplete());
        }
        return m;
    }

    /** A state as the history shows it before a step: {"state": "draft"}. */
    static Map<String, Object> state(String state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state);
        return m;
    }
}
