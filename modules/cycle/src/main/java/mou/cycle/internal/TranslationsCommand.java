package mou.cycle.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mou.core.command.Args;
import mou.core.command.AtomicFiles;
import mou.core.command.CommandException;
import mou.core.command.Io;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.ExportTranslations;
import mou.core.cycle.ExportedTranslations;
import mou.core.cycle.ImportTranslations;
import mou.core.cycle.ImportedTranslations;

/**
 * {@code translations export [--language es] [--group G] [--year Y] [--all] [--out FILE]} and
 * {@code translations import FILE}: the workspace's texts to a translator's tool as XLIFF 2 and back,
 * through the cycle service.
 */
final class TranslationsCommand implements CycleCommand {

    private static final AtomicFiles FILES = new AtomicFiles();
    private static final List<String> ACTIONS = List.of("export", "import");
    /** How many files and texts an import names one by one; the history has them all. */
    private static final int MOST_SHOWN = 20;

    private final Shell shell;

    TranslationsCommand(Shell shell) {
        this.shell = shell;
    }

    @Override
    public void run(List<String> words, Io io) throws CommandException {
        String action = words.isEmpty() || words.get(0) == null ? "" : words.get(0);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        switch (action) {
            case "export" -> export(Args.parse("translations export", rest, Set.of("--language", "--group", "--year", "--out", "--data"),
                    Set.of(), Set.of("--all")), io);
            case "import" -> importFile(Args.parse("translations import", rest, Set.of("--data", "--by", "--why"), Set.of(), Set.of()), io);
            default -> {
                if (Shell.help(Args.parse("translations", words, Set.of(), Set.of()), "translations", io)) {
                    return;
                }
                String known = Args.didYouMean(action, ACTIONS);
                throw CommandException.usage("translations: say what to do: translations export [--group G] [--year Y] [--all], or"
                        + " translations import FILE" + (action.isEmpty() ? "" : " ('" + action + "' is not one of them"
                                + (known.isEmpty() ? "" : "; " + known) + ")"));
            }
        }
    }

    private void export(Args args, Io io) throws CommandException {
        if (Shell.help(args, "translations", io)) {
            return;
        }
        args.expectNone();
        Integer year = args.value("--year").isPresent() ? Shell.year(args.value("--year").get(), "translations export") : null;
        String group = args.value("--group").orElse(null);
        String language = args.value("--language").orElse("es");
        ExportedTranslations exported;
        Acting asking = shell.asking(args, io, "translations export");
        try {
            exported = shell.cycle().exportTranslations(new ExportTranslations(asking, language,
                    group, year, args.flag("--all")));
        } catch (CycleException e) {
            throw Shell.failed("translations export", e);
        }
        String scope = (group == null ? "" : " of " + group) + (year == null ? "" : " in " + year);
        if (exported.locked() > 0) {
            io.err().println("translations export: note: " + Count.of(exported.locked(), "text") + " of published years left out:"
                    + " a published year is locked");
        }
        if (exported.units() == 0) {
            // the texts of published years (counted above) cannot change any more: "every text" would contradict that note
            io.out().println("translations export: nothing to translate: every text" + scope + (exported.locked() > 0 ? " that can still change" : "")
                    + " has a current Spanish version" + (args.flag("--all") ? "" : " (--all exports them all, to review)"));
            return;
        }
        String base = "translations-" + language + (group == null ? "" : "-" + group) + (year == null ? "" : "-" + year) + ".xlf";
        Path out = io.cwd().resolve(args.value("--out").orElse(base)).toAbsolutePath().normalize();
        if (Files.isDirectory(out)) {
            out = out.resolve(base);
        }
        Shell.outsideWorkspace("translations export", out, asking.workspace());
        try {
            FILES.write(out, exported.xliff());
        } catch (IOException e) {
            throw CommandException.refused("translations export: could not write " + out + ": " + AtomicFiles.describe(out, e) + " (--out FILE)");
        }
        io.out().println(out);
        io.err().println("translations export: " + Count.of(exported.units(), "text") + " to translate" + scope + " ("
                + (args.flag("--all") ? exported.untranslated() + " without Spanish, " + exported.stale() + " whose English changed, "
                        + (exported.units() - exported.untranslated() - exported.stale()) + " translated"
                        : exported.untranslated() + " without Spanish, " + exported.stale() + " whose English changed since translated")
                + ") from " + Count.of(exported.files().size(), "file") + "; open it in a translation tool (XLIFF 2.0), then"
                + " translations import FILE");
    }

    private void importFile(Args args, Io io) throws CommandException {
        if (Shell.help(args, "translations", io)) {
            return;
        }
        List<String> a = args.expect(1, "translations import FILE.xlf");
        Path source = io.cwd().resolve(a.get(0)).toAbsolutePath().normalize();
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(source)) {
                throw CommandException.usage("translations import: there is no file " + source);
            }
            if (Files.size(source) > Xliff.LARGEST) {
                throw CommandException.invalid(List.of("translations import: " + name + " is larger than " + Xliff.LARGEST / (1024 * 1024)
                        + " MB; translations export writes far smaller files (all of the 2016 workspace: 0.6 MB); for a very large"
                        + " workspace, export and import a group or a year at a time (--group, --year)",
                        "translations import: nothing was imported, the workspace is unchanged"));
            }
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw CommandException.refused("translations import: could not read " + source + ": " + Tables.reason(e));
        }
        ImportedTranslations imported;
        try {
            imported = shell.cycle().importTranslations(new ImportTranslations(shell.acting(args, io, "translations import"), bytes, name));
        } catch (CycleException e) {
            throw Shell.failed("translations import", e);
        }
        if (imported.translated().isEmpty()) {
            io.out().println("translations import: " + name + " translates nothing new; nothing changed");
        } else {
            List<String> files = imported.files();
            io.out().println("translations import: " + Count.of(imported.translated().size(), "text") + " translated from " + name
                    + " (" + (files.size() <= MOST_SHOWN ? String.join(", ", files) : Count.of(files.size(), "file")) + ")");
            List<String> translated = imported.translated();
            translated.stream().limit(MOST_SHOWN).forEach(place -> io.out().println("  " + place));
            if (translated.size() > MOST_SHOWN) {
                io.out().println("  ... and " + (translated.size() - MOST_SHOWN) + " more (history lists each)");
            }
        }
        if (imported.unchanged() > 0) {
            io.out().println("translations import: " + Count.of(imported.unchanged(), "unit") + " already the workspace's Spanish");
        }
        if (imported.untranslated() > 0) {
            io.out().println("translations import: " + Count.of(imported.untranslated(), "unit") + " without a translation, skipped");
        }
        if (imported.unconfirmed() > 0) {
            io.out().println("translations import: " + Count.of(imported.unconfirmed(), "unit") + " whose English changed came back"
                    + " with the old Spanish, unchanged and still in state initial; "
                    + (imported.unconfirmed() == 1 ? "it stays" : "they stay") + " stale until checked and marked translated");
        }
    }
}
