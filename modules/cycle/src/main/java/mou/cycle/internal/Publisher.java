package mou.cycle.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import mou.core.cycle.CycleException;
import mou.core.cycle.Publish;
import mou.core.cycle.Published;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ReviewAction;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.Extensions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.cycle.internal.Workbench.Loaded;

/**
 * Publishing a year, once every group's part of it is approved: each group's year is marked
 * published (and so locked) and the combined report for the year is written, by default into the
 * workspace's {@code published/YEAR/}.
 */
final class Publisher {

    private final Workbench bench;
    private final Extensions extensions;
    private final ReportService reports;

    Publisher(Workbench bench, Extensions extensions, ReportService reports) {
        this.bench = bench;
        this.extensions = extensions;
        this.reports = reports;
    }

    Published publish(Publish request) throws CycleException {
        int year = request.year();
        String language = request.language() == null ? "en" : request.language();
        if (!language.equals("en") && !language.equals("es")) {
            throw Workbench.usage("language", "{language} must be en or es, not '" + language + "'");
        }
        List<ReportFormat> formats = formats(request.formats());
        String by = Workbench.actor(request.acting());
        Loaded loaded = bench.load(request.acting());
        Workspace ws = loaded.workspace();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (years.isEmpty()) {
            throw Workbench.usage("year", "no group has opened " + year + "; there is nothing to publish");
        }
        List<GroupYear> published = years.stream().filter(GroupYear::published).toList();
        if (published.size() == years.size()) {
            ReviewStep step = published.get(0).review().published().orElseThrow();
            throw Workbench.refused(year + " is already published (by " + step.by() + " on " + step.at()
                    + ") and locked; its report is in " + loaded.folder().resolve("published").resolve(String.valueOf(year)));
        }
        // a publication cut short (the files are saved one by one) is finished by publishing the rest
        List<String> waiting = years.stream().filter(y -> !ReviewAction.PUBLISH.allowedFrom(y.review().state()) && !y.published())
                .map(y -> y.groupId() + " (" + y.review().state().id() + ")").toList();
        if (!waiting.isEmpty()) {
            throw Workbench.refused(year + " cannot be published yet: every group's year must be approved first; not approved: "
                    + String.join(", ", waiting));
        }
        Path out = (request.out() != null ? request.out() : loaded.folder().resolve("published").resolve(String.valueOf(year)))
                .toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw Workbench.usage("out", "{out} " + out + " is a file, not a folder");
        }

        Instant now = bench.now();
        Workspace changed = ws;
        List<HistoryEntry> history = new ArrayList<>();
        for (GroupYear y : years) {
            if (y.published()) {
                continue;
            }
            ReviewStep step = new ReviewStep(ReviewAction.PUBLISH.to(), by, now, null);
            changed = Workbench.withYear(changed, y.withReview(y.review().with(step)));
            history.add(new HistoryEntry(now, by, "publish", y.groupId(), year, null, request.acting().why(),
                    Plain.state(ReviewState.APPROVED.id()), Plain.step(step)));
        }
        // the report is made before the year is locked, so a failing report locks nothing
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try {
            ReportDocument document = reports.assemble(changed, year, language);
            for (ReportFormat format : formats) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                format.render(document, bytes);
                files.put(out.resolve("progress-report-" + year + (language.equals("en") ? "" : "-" + language) + "." + format.fileExtension()),
                        bytes.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            throw Workbench.refused("the report for " + year + " could not be made (" + e.getMessage() + "); nothing was published");
        }
        bench.save(loaded, changed, history);
        try {
            Files.createDirectories(out);
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                AtomicWrite.write(file.getKey(), stream -> stream.write(file.getValue()));
            }
        } catch (IOException e) {
            throw Workbench.refused(year + " is published, but its report could not be written to " + out + " ("
                    + e.getMessage() + "); write it with: report --year " + year + " --out DIR");
        }
        List<String> notOpened = ws.plans().stream().map(p -> p.groupId()).filter(g -> ws.year(g, year).isEmpty()).toList();
        return new Published(year, years.stream().map(GroupYear::groupId).toList(), notOpened, List.copyOf(files.keySet()));
    }

    private List<ReportFormat> formats(List<String> ids) throws CycleException {
        List<ReportFormat> installed = extensions.formats();
        if (ids == null || ids.isEmpty()) {
            if (installed.isEmpty()) {
                throw Workbench.usage("formats", "no report format is installed (format-html, format-markdown and format-json provide them)");
            }
            return installed;
        }
        List<ReportFormat> chosen = new ArrayList<>();
        for (String id : ids) {
            String trimmed = id.strip().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            ReportFormat format = extensions.format(trimmed).orElseThrow(() -> Workbench.usage("formats", "unknown format '" + trimmed
                    + "'; installed formats: " + installed.stream().map(ReportFormat::id).collect(Collectors.joining(", "))));
            if (!chosen.contains(format)) {
                chosen.add(format);
            }
        }
        if (chosen.isEmpty()) {
            throw Workbench.usage("formats", "{formats} needs at least one format id, e.g. {formats} html,md");
        }
        return chosen;
    }
}
