package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import mou.core.model.HistoryEntry;

/**
 * The workspace's history: {@value #FILE}, one JSON object per line, only ever appended to. The
 * lines of a save are appended by its {@link Journal}, in the same transaction as the files, and
 * forced to disk before the save returns. A line cut short (by a crash before journals, or by an
 * editor) is skipped when reading and never glued to the next entry.
 */
final class HistoryLog {

    static final String FILE = "history.jsonl";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LocatedJson json;

    HistoryLog(LocatedJson json) {
        this.json = json;
    }

    /** What a save appends to the history: the lines, and the length of the file before them. */
    record Pending(String lines, long lengthBefore) {
    }

    /**
     * The lines that record {@code entries}, to be appended by the save's {@link Journal}; refuses
     * (before anything is written) when the history is a link.
     */
    Pending pending(Path root, List<HistoryEntry> entries) throws IOException {
        Path file = root.resolve(FILE);
        if (entries.isEmpty()) {
            return new Pending("", 0);
        }
        if (Files.isSymbolicLink(file)) {
            throw new IOException(FILE + " is a link; the history must be a file inside the workspace, so nothing was saved "
                    + "(no file was changed and nothing was recorded); replace the link by the file itself");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(FILE + " is not a file, so nothing was saved; move it away");
        }
        StringBuilder lines = new StringBuilder();
        boolean created = !Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        long length = created ? 0 : Files.size(file);
        if (!created && !endsWithNewline(file)) {
            // the last append was cut short: end its line, so this entry stays readable
            lines.append('\n');
        }
        // the history's times go forward as its lines do: a change's moment is taken before the save waits for the workspace,
        // so a save that waited longer than one begun after it would otherwise be written after it with an earlier time,
        // and the history (newest first) would show the earlier time above the later one
        Instant floor = created ? null : lastAt(file);
        for (HistoryEntry entry : entries) {
            HistoryEntry written = entry;
            if (floor != null && entry.at() != null && entry.at().isBefore(floor)) {
                written = new HistoryEntry(floor, entry.by(), entry.action(), entry.groupId(), entry.year(), entry.subject(), entry.why(),
                        entry.before(), entry.after());
            }
            if (written.at() != null) {
                floor = written.at();
            }
            lines.append(line(written)).append('\n');
        }
        return new Pending(lines.toString(), length);
    }

    /** The moment of the file's last whole line ({@code {"at":"...",}} begins every line), or null when it has none that says one. */
    static Instant lastAt(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long end = size;
            // the last line that ends with a new line: a line cut short after it is no entry
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end <= 1) {
                return null;
            }
            long start = end - 1;
            ByteBuffer chunk = ByteBuffer.allocate(8192);
            boolean found = false;
            while (start > 0 && !found) {
                long from = Math.max(0, start - chunk.capacity());
                chunk.clear();
                chunk.limit((int) (start - from));
                channel.read(chunk, from);
                for (int i = chunk.position() - 1; i >= 0; i--) {
                    if (chunk.get(i) == '\n') {
                        start = from + i + 1;
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    start = from;
                }
            }
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(80, end - start));
            channel.read(head, start);
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("^\\{\"at\":\"([^\"]{1,40})\"")
                    .matcher(new String(head.array(), 0, head.position(), StandardCharsets.US_ASCII));
            if (!at.find()) {
                return null;
            }
            try {
                return Instant.parse(at.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) == '\n';
        }
    }

    /** One entry as a line of JSON, keys in the order of {@link HistoryEntry}'s components. */
    static String line(HistoryEntry e) {
        ObjectNode o = NODES.objectNode();
        o.set("at", e.at() == null ? NullNode.getInstance() : TextNode.valueOf(e.at().toString()));
        o.set("by", string(e.by()));
        o.set("action", string(e.action()));
        o.set("groupId", string(e.groupId()));
        if (e.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", e.year());
        }
        o.set("subject", string(e.subject()));
        o.set("why", string(e.why()));
        o.set("before", ModelTrees.plain(e.before()));
        o.set("after", ModelTrees.plain(e.after()));
        return o.toString();
    }

    private static JsonNode string(String s) {
        return s == null ? NullNode.getInstance() : TextNode.valueOf(s);
    }

    /** Every readable entry, oldest first; lines that are not an entry (a crash cut them short) are skipped. */
    List<HistoryEntry> read(Path root) throws IOException {
        List<HistoryEntry> entries = new ArrayList<>();
        scan(root, entries, null);
        return entries;
    }

    /**
     * The lines that {@link #read} skips, each as a warning naming the file and the line (from 1), why it
     * is not an entry, and what to do: none when every line is one.
     */
    List<mou.core.spi.Problem> unreadable(Path root) throws IOException {
        List<mou.core.spi.Problem> problems = new ArrayList<>();
        scan(root, null, problems);
        return problems;
    }

    /** Reads the history's lines: the entries into {@code entries}, the lines that are none into {@code skipped} (either may be null). */
    private void scan(Path root, List<HistoryEntry> entries, List<mou.core.spi.Problem> skipped) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!file.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException(FILE + " is a link to a place outside the workspace folder, so it is not read");
        }
        // line by line as bytes: a line that is not UTF-8 (edited in another encoding) is skipped like any other
        // line that is not an entry, rather than failing the whole history
        byte[] all = Files.readAllBytes(file);
        int number = 0;
        for (int start = 0; start < all.length;) {
            int end = start;
            while (end < all.length && all[end] != '\n') {
                end++;
            }
            byte[] line = java.util.Arrays.copyOfRange(all, start, end > start && all[end - 1] == '\r' ? end - 1 : end);
            start = end + 1;
            number++;
            if (new String(line, StandardCharsets.ISO_8859_1).isBlank()) {
                continue;
            }
            Problems problems = new Problems();
            ParsedFile parsed = json.parse(FILE, line, problems);
            HistoryEntry entry = parsed == null || problems.hasErrors() || !(parsed.root() instanceof JsonObject o) ? null : entry(o);
            if (entry != null) {
                if (entries != null) {
                    entries.add(entry);
                }
            } else if (skipped != null) {
                skipped.add(skippedLine(number, line, parsed != null && !problems.hasErrors()));
            }
        }
    }

    /** Why a line is not an entry, and what to do about it. */
    private static mou.core.spi.Problem skippedLine(int number, byte[] line, boolean json) {
        boolean utf8;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line));
            utf8 = true;
        } catch (java.nio.charset.CharacterCodingException e) {
            utf8 = false;
        }
        String why = !utf8 ? "is not UTF-8 text (it was saved in another encoding)"
                : !json ? "is not a JSON object (cut short by a crash, or edited by hand)"
                : "is not a change (it needs \"at\", a moment such as 2017-03-14T10:00:00Z, and \"action\")";
        String whyEs = !utf8 ? "no es texto UTF-8 (se guardó en otra codificación)"
                : !json ? "no es un objeto JSON (cortada por una caída, o editada a mano)"
                : "no es un cambio (necesita \"at\", un momento como 2017-03-14T10:00:00Z, y \"action\")";
        return new mou.core.spi.Problem(mou.core.spi.Problem.Severity.WARNING, FILE, number, 1, null,
                "this line " + why + ", so the history leaves it out; restore it from a backup, or delete the line to leave it out"
                        + " for good (the history is only appended to: no command changes it)",
                "esta línea " + whyEs + ", así que el historial la omite; restáurela de una copia de seguridad, o borre la línea para"
                        + " omitirla del todo (el historial solo se amplía: ninguna orden lo cambia)");
    }

    private static HistoryEntry entry(JsonObject o) {
        Instant at;
        try {
            at = o.get("at") instanceof String text ? Instant.parse(text) : null;
        } catch (DateTimeParseException e) {
            at = null;
        }
        if (at == null || !(o.get("action") instanceof String)) {
            return null;
        }
        return new HistoryEntry(at, text(o, "by"), text(o, "action"), text(o, "groupId"),
                o.get("year") instanceof Integer year ? year : null, text(o, "subject"), text(o, "why"),
                Fields.plain(o.get("before")), Fields.plain(o.get("after")));
    }

    private static String text(JsonObject o, String key) {
        return o.get(key) instanceof String text ? text : null;
    }
}
