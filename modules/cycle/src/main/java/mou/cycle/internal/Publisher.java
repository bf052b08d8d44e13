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
import java.util.Set;
import java.util.stream.Collectors;
import mou.core.model.GroupYear;
import mou.core.model.HistoryEntry;
import mou.core.model.ReviewState;
import mou.core.model.ReviewStep;
import mou.core.model.Workspace;
import mou.core.report.ReportDocument;
import mou.core.spi.Extensions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportService;
import mou.cycle.internal.Workbench.Loaded;

/**
 * {@code publish YEAR}: the program office publishes a year once every group's part of it is
 * approved. Each group's year is marked published (and so locked) and the combined report for the
 * year is written, by default into the workspace's {@code published/YEAR/}.
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

    void publish(List<String> words, Io io) throws CommandException {
        Args args = Args.parse("publish", words, Set.of("--out", "--format", "--language", "--data", "--by", "--why"), Set.of(), Set.of());
        if (args.help()) {
            io.out().print(CycleHelp.of("publish"));
            return;
        }
        List<String> a = args.expect(1, "publish YEAR [--out DIR] [--format html,md,json]");
        int year = Workbench.year(a.get(0), "publish");
        String language = args.value("--language").orElse("en");
        if (!language.equals("en") && !language.equals("es")) {
            throw CommandException.usage("publish: --language must be en or es, not '" + language + "'");
        }
        List<ReportFormat> formats = formats(args);
        String by = bench.actor(args, "publish");
        Loaded loaded = bench.load(bench.data(args, io, "publish"), "publish");
        Workspace ws = loaded.workspace();
        List<GroupYear> years = ws.years().stream().filter(y -> y.year() == year).toList();
        if (years.isEmpty()) {
            throw CommandException.usage("publish: no group has opened " + year + "; there is nothing to publish");
        }
        List<GroupYear> published = years.stream().filter(GroupYear::published).toList();
        if (published.size() == years.size()) {
            ReviewStep step = published.get(0).review().published().orElseThrow();
            throw CommandException.refused("publish: " + year + " is already published (by " + step.by() + " on " + step.at()
                    + ") and locked; its report is in " + loaded.folder().resolve("published").resolve(String.valueOf(year)));
        }
        // a publication cut short (the files are saved one by one) is finished by publishing the rest
        List<String> waiting = years.stream().filter(y -> y.review().state() != ReviewState.APPROVED && !y.published())
                .map(y -> y.groupId() + " (" + y.review().state().id() + ")").toList();
        if (!waiting.isEmpty()) {
            throw CommandException.refused("publish: " + year + " cannot be published yet: every group's year must be approved first; not approved: "
                    + String.join(", ", waiting));
        }
        Path out = args.value("--out").map(o -> io.cwd().resolve(o)).orElse(loaded.folder().resolve("published").resolve(String.valueOf(year)))
                .toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CommandException.usage("publish: --out " + out + " is a file, not a folder");
        }

        Instant now = bench.now();
        Workspace changed = ws;
        List<HistoryEntry> history = new ArrayList<>();
        for (GroupYear y : years) {
            if (y.published()) {
                continue;
            }
            ReviewStep step = new ReviewStep(ReviewState.PUBLISHED, by, now, null);
            changed = Workbench.withYear(changed, y.withReview(y.review().with(step)));
            history.add(new HistoryEntry(now, by, "publish", y.groupId(), year, null, args.value("--why").orElse(null),
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
            throw CommandException.refused("publish: the report for " + year + " could not be made (" + e.getMessage()
                    + "); nothing was published");
        }
        bench.save(loaded, changed, history, "publish");
        try {
            Files.createDirectories(out);
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                AtomicWrite.write(file.getKey(), stream -> stream.write(file.getValue()));
            }
        } catch (IOException e) {
            throw CommandException.refused("publish: " + year + " is published, but its report could not be written to " + out + " ("
                    + e.getMessage() + "); write it with: report --year " + year + " --out DIR");
        }
        io.err().println("publish: " + year + " published by " + by + ": " + years.stream().map(GroupYear::groupId).collect(Collectors.joining(", "))
                + "; these years are now locked");
        ws.plans().stream().filter(p -> ws.year(p.groupId(), year).isEmpty())
                .forEach(p -> io.err().println("publish: " + p.groupId() + " did not open " + year + " and is not in the report"));
        files.keySet().forEach(p -> io.out().println(p));
    }

    private List<ReportFormat> formats(Args args) throws CommandException {
        List<ReportFormat> installed = extensions.formats();
        if (args.value("--format").isEmpty()) {
            if (installed.isEmpty()) {
                throw CommandException.usage("publish: no report format is installed (format-html, format-markdown and format-json provide them)");
            }
            return installed;
        }
        List<ReportFormat> chosen = new ArrayList<>();
        for (String id : args.value("--format").get().split(",")) {
            String trimmed = id.strip().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            ReportFormat format = extensions.format(trimmed).orElseThrow(() -> CommandException.usage("publish: unknown format '" + trimmed
                    + "'; installed formats: " + installed.stream().map(ReportFormat::id).collect(Collectors.joining(", "))));
            if (!chosen.contains(format)) {
                chosen.add(format);
            }
        }
        if (chosen.isEmpty()) {
            throw CommandException.usage("publish: --format needs at least one format id, e.g. --format html,md");
        }
        return chosen;
    }
}
