package mou.web.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request that matched a route: the request, the path's named parts, who is signed in (if
 * anyone), the token the page's forms carry, and the words of the page's language.
 */
record Call(Request request, Map<String, String> parts, Optional<User> user, String csrf, Ui ui) {

    /** A named part of the path, e.g. {@code part("group")} for {@code /group/{group}}. */
    String part(String name) {
        String value = parts.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no part {" + name + "}");
        }
        return value;
    }

    /** The one value of a query parameter, or empty; given twice, refused. */
    Optional<String> query(String name) throws WebApp.Refusal {
        return WebApp.parameter(request.query(), name);
    }

    /** The one value of a form field, or empty; given twice, refused. */
    Optional<String> field(String name) throws WebApp.Refusal {
        return WebApp.parameter(request.form(), name);
    }

    /** Every value of a form field (e.g. a list of evidence links), in order. */
    List<String> fields(String name) {
        return request.form().getOrDefault(name, List.of());
    }

    /** The signed-in person's name for the history; the route's access check has made sure someone is signed in. */
    String by() {
        return user.map(User::name).orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    /** The UI's language, {@code en} or {@code es}. */
    String language() {
        return ui.language();
    }

    /** What the cycle service said when it refused a request, in the page's language (fields named as they are), one problem after another. */
    String said(mou.core.cycle.CycleException e) {
        return String.join(" ", e.problems().stream().map(p -> (p.field() == null || p.namesFields() ? "" : p.field() + ": ")
                + p.text(language(), java.util.function.Function.identity(), ui::problemWords).strip()).toList());
    }

    /** The query parameters of the request, for pages written before routes. */
    Map<String, List<String>> queryMap() {
        return request.query();
    }
}
