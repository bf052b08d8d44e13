package mou.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mou.core.command.AtomicFiles;
import mou.core.command.CommandException;
import mou.core.report.ReportDocument;
import mou.core.spi.Extensions;
import mou.core.spi.RenderOptions;
import mou.core.spi.ReportFormat;
import mou.core.spi.ReportWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one place reports become files. The formats render side by side, each on its own thread:
 * the document is immutable, and on a machine with more than one processor the slowest format
 * sets the time. Each renders into a hidden temporary file beside its target, forced to disk;
 * only when all have rendered are they renamed over their targets.
 */
@Component(service = ReportWriter.class)
public final class ReportFiles implements ReportWriter {

    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,16}");

    private final Extensions extensions;

    @Activate
    public ReportFiles(@Reference Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public List<ReportFormat> formats(String command, Optional<String> ids) throws CommandException {
        List<ReportFormat> installed = extensions.formats();
        if (ids.isEmpty()) {
            if (installed.isEmpty()) {
                throw CommandException.usage(command + ": no report format is installed; the platform bundles format-html,"
                        + " format-markdown and format-json provide them");
            }
            return installed;
        }
        Map<String, ReportFormat> chosen = new LinkedHashMap<>();
        for (String id : ids.get().split(",")) {
            String trimmed = id.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            Optional<ReportFormat> format = extensions.format(trimmed);
            if (format.isEmpty()) {
                throw CommandException.usage(command + ": unknown format '" + trimmed + "'; installed formats: "
                        + (installed.isEmpty() ? "none" : installed.stream().map(ReportFormat::id).collect(Collectors.joining(", "))));
            }
            chosen.put(trimmed, format.get());
        }
        if (chosen.isEmpty()) {
            throw CommandException.usage(command + ": --format needs at least one format id, e.g. --format html,md");
        }
        return List.copyOf(chosen.values());
    }

    @Override
    public List<Path> write(String command, ReportDocument document, List<ReportFormat> formats, Path folder, String stem,
            RenderOptions options) throws CommandException {
        RenderOptions given = options == null ? RenderOptions.DEFAULT : options;
        Map<Path, Path> temps = new LinkedHashMap<>();
        ExecutorService renderers = null;
        try {
            Map<ReportFormat, Path> targets = new LinkedHashMap<>();
            for (ReportFormat format : formats) {
                String extension = format.fileExtension();
                if (extension == null || !EXTENSION.matcher(extension).matches()) {
                    throw CommandException.refused(command + ": the format '" + format.id() + "' gives an unusable file extension '"
                            + extension + "'; nothing was written");
                }
                Path target = folder.resolve(stem + "." + extension.toLowerCase(Locale.ROOT));
                if (targets.containsValue(target)) {
                    throw CommandException.refused(command + ": two formats write " + target.getFileName() + "; choose one with --format");
                }
                targets.put(format, target);
            }
            for (Path target : targets.values()) {
                AtomicFiles.refuseLink(target);
            }
            Files.createDirectories(folder);
            for (Path target : targets.values()) {
                temps.put(target, Files.createFile(AtomicFiles.temporaryFor(target)));
            }
            int threads = Math.min(targets.size(), Runtime.getRuntime().availableProcessors());
            renderers = Executors.newFixedThreadPool(Math.max(1, threads), ReportFiles::rendererThread);
            Map<ReportFormat, Future<?>> rendering = new LinkedHashMap<>();
            for (Map.Entry<ReportFormat, Path> entry : targets.entrySet()) {
                Path temp = temps.get(entry.getValue());
                rendering.put(entry.getKey(), renderers.submit(() -> render(entry.getKey(), document, given, temp)));
            }
            for (Map.Entry<ReportFormat, Future<?>> entry : rendering.entrySet()) {
                Throwable failure = outcome(entry.getValue());
                if (failure instanceof IOException e) {
                    throw e;
                }
                if (failure instanceof Error e) {
                    throw e;
                }
                if (failure != null) {
                    throw CommandException.refused(command + ": the " + entry.getKey().id() + " format failed: " + describe(failure)
                            + "; nothing was written");
                }
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> file : temps.entrySet()) {
                AtomicFiles.move(file.getValue(), file.getKey());
                written.add(file.getKey());
            }
            temps.clear();
            return List.copyOf(written);
        } catch (IOException e) {
            throw CommandException.refused(command + ": could not write into " + folder + ": "
                    + AtomicFiles.describe(folder.resolve(stem), e));
        } finally {
            if (renderers != null) {
                // after a failure the others are not needed; their temporary files are deleted below
                renderers.shutdownNow();
                awaitQuietly(renderers);
            }
            for (Path temp : temps.values()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a stray temporary file is harmless; the message says what went wrong
                }
            }
        }
    }

    private static Void render(ReportFormat format, ReportDocument document, RenderOptions options, Path file) throws IOException {
        AtomicFiles.fill(file, out -> format.render(document, options, out));
        return null;
    }

    private static Thread rendererThread(Runnable task) {
        Thread thread = new Thread(task, "mou-report-format");
        thread.setDaemon(true);
        return thread;
    }

    /** What a rendering threw, or null when it finished. */
    private static Throwable outcome(Future<?> rendering) {
        try {
            rendering.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static void awaitQuietly(ExecutorService renderers) {
        try {
            renderers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // file-system exceptions carry only the path as their message
        return message.contains(" ") ? message : e.getClass().getSimpleName() + ": " + message;
    }
}
