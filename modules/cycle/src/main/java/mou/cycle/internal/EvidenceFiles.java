package mou.cycle.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import mou.core.command.AtomicFiles;
import mou.core.cycle.CycleException;
import mou.core.cycle.EvidenceFile;
import mou.core.cycle.Problem;
import mou.core.model.HistoryEntry;
import mou.core.model.Link;
import mou.core.model.Text;
import mou.core.model.Workspace;
import mou.cycle.internal.Workbench.Loaded;

/**
 * Evidence files given with a rating ({@link EvidenceFile}): checked (a plain file name of an
 * allowed type, not empty, not too large), named by the service ({@code ACTIVITY-RANDOM.EXT}, never
 * a name from the request), staged inside the workspace and moved into {@code evidence/GROUP/YEAR/}
 * in the rating's own transaction, so that the rating, its history entry and the files are saved
 * together or not at all.
 */
final class EvidenceFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EvidenceFiles() {
    }

    /** Adds a problem (field {@code files[i]}) for each file that may not be kept; the names given, stripped, in order. */
    static List<String> check(List<EvidenceFile> files, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            EvidenceFile file = files.get(i);
            String field = "files[" + i + "]";
            String name = file.fileName() == null ? "" : file.fileName().strip();
            names.add(name);
            if (name.isEmpty()) {
                problems.add(Problem.of(field, "file.name.missing", field));
                continue;
            }
            if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith(".") || name.length() > 200
                    || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
                problems.add(Problem.of(field, "file.name.notPlain", field, name.replaceAll("\\p{Cc}|\\p{Cf}", "?")));
                continue;
            }
            String type = type(name);
            if (!EvidenceFile.TYPES.contains(type)) {
                problems.add(type.isEmpty() ? Problem.of(field, "file.type.none", field, name, String.join(", ", EvidenceFile.TYPES))
                        : Problem.of(field, "file.type.refused", field, name, type, String.join(", ", EvidenceFile.TYPES)));
                continue;
            }
            if (file.content() == null || file.content().length == 0) {
                problems.add(Problem.of(field, "file.empty", field, name));
            } else if (file.content().length > EvidenceFile.MAX_BYTES) {
                problems.add(Problem.of(field, "file.tooLarge", field, name, EvidenceFile.MAX_BYTES >> 20));
            }
        }
        return names;
    }

    /** A file name's type: what follows its last dot, in lower case ({@code ""} without a dot); a kept file's name ends with it. */
    static String type(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The folder of a group's year's evidence files, relative to the workspace: the one rule, {@link EvidenceFile#folder}. */
    static String folder(String groupId, int year) {
        return EvidenceFile.folder(groupId, year);
    }

    /**
     * A new name for each file: the activity, a random part and the type given, e.g. {@code aq-1-1-3f9c0a1b2c4d.pdf}: a name
     * {@link EvidenceFile#keptName} knows.
     */
    static List<String> names(String activityId, List<String> given) {
        List<String> names = new ArrayList<>();
        for (String name : given) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            names.add(activityId + "-" + HexFormat.of().formatHex(random) + "." + type(name));
        }
        return names;
    }

    /**
     * The link of a file the rating stored already that is this very file: a file of the rating's evidence ({@code had}) in the
     * year's folder, named for the activity with the same type, under the same title (the file's name when it was given none),
     * with the same bytes, which the links given ({@code given}: the form as it was read) do not have. That is the rating sent
     * again with its file (a double click, a resend after a lost answer): the file is not stored twice. Empty otherwise.
     */
    static Optional<Link> storedAlready(Path workspace, String folder, String activityId, Text title, EvidenceFile file, List<Link> had,
            List<Link> given) {
        String type = type(file.fileName() == null ? "" : file.fileName().strip());
        for (Link link : had) {
            String url = link.url() == null ? "" : link.url();
            if (given.contains(link) || !url.startsWith(folder + "/") || !java.util.Objects.equals(link.title(), title)) {
                continue;
            }
            String kept = url.substring(folder.length() + 1);
            if (!EvidenceFile.keptName(kept) || !kept.startsWith(activityId + "-") || !kept.endsWith("." + type)) {
                continue;
            }
            try {
                if (java.util.Arrays.equals(Files.readAllBytes(workspace.resolve(folder).resolve(kept)), file.content())) {
                    return Optional.of(link);
                }
            } catch (IOException e) {
                // not there, or unreadable: not this file
            }
        }
        return Optional.empty();
    }

    /** Saves the changed workspace, its history and the files in one transaction; nothing is left behind when it is refused. */
    static List<String> save(Workbench bench, Loaded loaded, Workspace changed, List<HistoryEntry> history, String folder, List<String> names,
            List<EvidenceFile> files) throws CycleException {
        // the folders stage() makes on the way, removed again (when empty) if nothing is saved
        List<Path> made = new ArrayList<>();
        for (Path p = loaded.folder().resolve(folder).getParent(); p != null && p.startsWith(loaded.folder()) && !p.equals(loaded.folder());
                p = p.getParent()) {
            if (!Files.exists(p)) {
                made.add(p);
            }
        }
        Path staging;
        try {
            staging = bench.store().stage(loaded.folder(), folder);
        } catch (IOException e) {
            throw Workbench.refused(e.getMessage() + " (nothing was saved)");
        }
        boolean done = false;
        try {
            for (int i = 0; i < names.size(); i++) {
                try {
                    // forced to disk before the journal names it: the save moves it into place, and a moved file whose
                    // bytes were still only in memory would be empty after a power cut
                    Path staged = Files.createFile(staging.resolve(names.get(i)));
                    byte[] content = files.get(i).content();
                    AtomicFiles.fill(staged, out -> out.write(content));
                } catch (IOException e) {
                    throw Workbench.refused("the file '" + files.get(i).fileName() + "' could not be kept in the workspace (" + e.getMessage()
                            + "); nothing was saved");
                }
            }
            AtomicFiles.syncFolder(staging);
            List<String> written = bench.save(loaded, changed, history, staging, folder);
            done = true;
            return written;
        } finally {
            if (!done) {
                deleteQuietly(staging);
                for (Path p : made) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // not empty: someone else's files are in it
                    }
                }
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the store removes a staging folder left behind when it next recovers
        }
    }
}
