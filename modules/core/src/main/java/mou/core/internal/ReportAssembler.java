package mou.core.internal;

import java.util.ArrayList;
import java.util.List;
import mou.core.model.AnnualReport;
import mou.core.model.Workspace;
import mou.core.report.Block;
import mou.core.report.ReportDocument;
import mou.core.report.Section;
import mou.core.spi.Extensions;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.ReportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Assembles the combined report from whatever sections the installed bundles contribute, in
 * their order. The core names no working group: chapters exist because plugins contribute them.
 */
@Component(service = ReportService.class)
public final class ReportAssembler implements ReportService {

    private final Extensions extensions;

    @Activate
    public ReportAssembler(@Reference Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public ReportDocument assemble(Workspace workspace, int year, String language) {
        AssemblyContext context = AssemblyContext.of(workspace, year, language, extensions);
        List<Section> sections = new ArrayList<>();
        for (ReportSectionContributor contributor : extensions.sections()) {
            sections.addAll(contribute(contributor, context));
        }
        String title = workspace.report(year).map(AnnualReport::title)
                .or(() -> java.util.Optional.ofNullable(workspace.agreement()).map(a -> a.title()))
                .map(context::text)
                .orElse("");
        return new ReportDocument(title, context.labels().format("report.subtitle", String.valueOf(year)), language, year, sections);
    }

    /** One contributor's sections; a contributor that throws leaves a notice instead of the report failing. */
    private List<Section> contribute(ReportSectionContributor contributor, AssemblyContext context) {
        try {
            List<Section> contributed = contributor.contribute(context);
            return contributed == null ? List.of() : contributed;
        } catch (RuntimeException | LinkageError e) {
            String owner = ownerName(contributor, context);
            String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Block notice = new Block.Notice(Block.Severity.ERROR,
                    context.labels().format("notice.plugin-failed", contributor.id(), owner, cause));
            return List.of(Section.of(contributor.id().replaceAll("[^A-Za-z0-9.-]", "-"), contributor.id(), List.of(notice)));
        }
    }

    private static String ownerName(ReportSectionContributor contributor, AssemblyContext context) {
        return context.groups().stream()
                .filter(g -> {
                    try {
                        return g.sections().contains(contributor);
                    } catch (RuntimeException e) {
                        return false;
                    }
                })
                .map(g -> context.text(g.name()) + " (" + g.id() + ")")
                .findFirst()
                .orElse(contributor.getClass().getName());
    }
}
