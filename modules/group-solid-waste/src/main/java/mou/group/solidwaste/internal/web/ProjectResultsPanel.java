package mou.group.solidwaste.internal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.WorkingGroupPlan;
import mou.core.report.Labels;
import mou.group.solidwaste.internal.CleanupProjectType;
import mou.group.solidwaste.internal.Quantities;
import mou.group.solidwaste.internal.WasteTireProjectType;
import mou.web.api.HtmlWriter;
import mou.web.api.WebContext;
import mou.web.api.WebContribution;
import org.osgi.service.component.annotations.Component;

/**
 * Solid Waste's panel in the web application: each funded project's results against its target
 * for the year, as the chapter of the report shows them (the year's figures where the group
 * recorded them, else the project's own achieved and target). The web API is an optional import
 * of this bundle: without the web bundle, this component's service has no reader and the class
 * is never loaded.
 */
@Component(service = WebContribution.class)
public final class ProjectResultsPanel implements WebContribution {

    static final String GROUP = "solid-waste";
    private static final Set<String> PROJECT_TYPES = Set.of(CleanupProjectType.ID, WasteTireProjectType.ID);

    @Override
    public String id() {
        return "solid-waste-results";
    }

    @Override
    public String title(String language) {
        return Labels.forPlugin(getClass(), language).get("results.title");
    }

    @Override
    public void render(WebContext context, HtmlWriter html) {
        String language = context.language();
        Labels words = Labels.forPlugin(getClass(), language);
        Labels common = Labels.forLanguage(language);
        Optional<WorkingGroupPlan> plan = context.workspace().plan(GROUP);
        List<Metric> metrics = context.workspace().year(GROUP, context.year()).map(GroupYear::metrics).orElse(List.of());
        // without a figure of the year the values are the projects' own, as the plan records them: the caption says so
        boolean ofTheYear = plan.map(WorkingGroupPlan::activities).orElse(List.of()).stream()
                .anyMatch(activity -> metrics.stream().anyMatch(m -> activity.id().equals(m.activityId())));
        html.start("table", "class", "grid").element("caption", words.format(ofTheYear ? "results.caption" : "results.caption.plan",
                String.valueOf(context.year())));
        html.start("thead").start("tr");
        for (String heading : List.of(words.get("results.project"), common.get("figures.figure"), common.get("figures.value"),
                common.get("figures.target"), common.get("figures.progress"))) {
            html.element("th", heading, "scope", "col");
        }
        html.end("tr").end("thead").start("tbody");
        int rows = 0;
        for (Activity activity : plan.map(WorkingGroupPlan::activities).orElse(List.of())) {
            List<Deliverable> projects = activity.deliverables().stream().filter(d -> PROJECT_TYPES.contains(d.type())).toList();
            if (projects.isEmpty()) {
                continue;
            }
            String project = projects.get(0).title().in(language);
            List<Metric> measured = metrics.stream().filter(m -> activity.id().equals(m.activityId())).toList();
            if (!measured.isEmpty()) {
                for (Metric m : measured) {
                    row(html, project, m.label().in(language), m.value() == null ? "" : Quantities.show(m.value(), m.unitIn(language), language),
                            m.target() == null ? "" : Quantities.show(m.target(), m.unitIn(language), language), m.progressTowardsTarget());
                    rows++;
                }
                continue;
            }
            for (Deliverable d : projects) {
                Map<String, Object> a = d.attributes();
                Optional<Quantities.Quantity> achieved = Quantities.of(a.get("achieved"));
                Optional<Quantities.Quantity> target = Quantities.of(a.get("target"));
                if (achieved.isEmpty() && target.isEmpty()) {
                    continue;
                }
                row(html, project, d.title().in(language), achieved.map(q -> Quantities.show(q.value(), q.unit(), language)).orElse(""),
                        target.map(q -> Quantities.show(q.value(), q.unit(), language)).orElse(""),
                        Quantities.share(a.get("achieved"), a.get("target")).orElse(-1.0));
                rows++;
            }
        }
        html.end("tbody").end("table");
        if (rows == 0) {
            html.element("p", words.format("results.caption", String.valueOf(context.year())) + ": —");
        }
    }

    private static void row(HtmlWriter html, String project, String figure, String value, String target, double share) {
        html.start("tr").element("th", project, "scope", "row").element("td", figure).element("td", value).element("td", target).start("td");
        if (share >= 0) {
            String percent = Quantities.percent(Math.min(1, share));
            html.start("meter", "value", String.valueOf(Math.min(1, share)), "min", "0", "max", "1", "aria-label", percent).end("meter")
                    .text(" " + percent);
        }
        html.end("td").end("tr");
    }
}
