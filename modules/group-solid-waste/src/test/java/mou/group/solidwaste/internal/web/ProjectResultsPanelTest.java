package mou.group.solidwaste.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mou.core.model.Activity;
import mou.core.model.DateSpan;
import mou.core.model.Deliverable;
import mou.core.model.GroupYear;
import mou.core.model.Metric;
import mou.core.model.Narrative;
import mou.core.model.OverarchingGoal;
import mou.core.model.Text;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.web.api.HtmlWriter;
import mou.web.api.WebContext;
import org.junit.jupiter.api.Test;

class ProjectResultsPanelTest {

    static final String HOSTILE = "<script>alert(1)</script>";

    static Workspace workspace() {
        Activity tires = new Activity("sw-1-1", Text.of("Recover waste tires."), List.of(
                new Deliverable("sw-1-1-1", "waste-tire-project", Text.of("Tire project " + HOSTILE), null,
                        Map.of("achieved", Map.of("value", 15000, "unit", "tires")))), null);
        Activity drains = new Activity("sw-2-1", Text.of("Remove solid waste from drains."), List.of(
                new Deliverable("sw-2-1-1", "cleanup-project", Text.of("Drain clean-up", "Limpieza de drenes"), null,
                        Map.of("target", Map.of("value", 6000, "unit", "m3"), "achieved", Map.of("value", 1000, "unit", "m3")))), null);
        Activity other = new Activity("sw-3-1", Text.of("Discuss sedimentation."), List.of(
                new Deliverable("sw-3-1-1", "workshop", Text.of("A workshop"), null, Map.of())), null);
        WorkingGroupPlan plan = new WorkingGroupPlan("solid-waste", Text.of("SWWG"), List.of(), List.of(), false,
                List.of(new OverarchingGoal("sw-1", 1, Text.of("Waste"), Text.of("Waste."), List.of(tires, drains, other))));
        // the year's figure for the drains is the record: it wins over the deliverable's own 1,000 m³
        GroupYear year = new GroupYear("solid-waste", 2016, new Narrative(List.of(), List.of(), List.of(), List.of()), List.of(),
                List.of(new Metric("sw-2016-drains", Text.of("Solid waste removed from drains"), new BigDecimal(3800), "m3",
                        new BigDecimal(6000), null, DateSpan.parse("2016"), "sw-2-1", null)), List.of());
        return new Workspace(null, List.of(), List.of(), List.of(plan), List.of(year), List.of());
    }

    @Test
    void showsEachProjectsResultAgainstItsTargetEscaped() {
        HtmlWriter html = new HtmlWriter();
        new ProjectResultsPanel().render(new WebContext(workspace(), 2016, "en"), html);
        String panel = html.html();
        assertThat(panel).contains("<caption>Results of the funded projects in 2016</caption>")
                .contains("<tr><th scope=\"row\">Drain clean-up</th><td>Solid waste removed from drains</td><td>3,800 m³</td><td>6,000 m³</td>"
                        + "<td><meter value=\"0.6333333333333333\" min=\"0\" max=\"1\" aria-label=\"63%\"></meter> 63%</td></tr>")
                .contains("<td>15,000 tires</td><td></td><td></td></tr>")
                .contains("Tire project &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script").doesNotContain("1,000 m³").doesNotContain("A workshop");
    }

    /** A year without figures of the projects shows their own values, and does not call them that year's results. */
    @Test
    void aYearWithoutFiguresSaysTheValuesAreThePlans() {
        HtmlWriter html = new HtmlWriter();
        new ProjectResultsPanel().render(new WebContext(workspace(), 2017, "en"), html);
        assertThat(html.html()).contains("<caption>Results of the funded projects as the plan records them (2017 has no figures of them yet)</caption>")
                .doesNotContain("funded projects in 2017").contains("<td>1,000 m³</td>");
        HtmlWriter es = new HtmlWriter();
        new ProjectResultsPanel().render(new WebContext(workspace(), 2017, "es"), es);
        assertThat(es.html()).contains("según los registra el plan (2017 aún no tiene cifras de ellos)");
    }

    @Test
    void speaksTheLanguageOfThePage() {
        ProjectResultsPanel panel = new ProjectResultsPanel();
        assertThat(panel.id()).isEqualTo("solid-waste-results");
        assertThat(panel.title("es")).isEqualTo("Resultados de los proyectos frente a sus metas");
        HtmlWriter html = new HtmlWriter();
        panel.render(new WebContext(workspace(), 2016, "es"), html);
        assertThat(html.html()).contains("Resultados de los proyectos financiados en 2016", "<th scope=\"row\">Limpieza de drenes</th>", "<th scope=\"col\">Avance hacia la meta</th>");
    }
}
