package mou.store.json.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Malformed variants of the shipped workspace's files, made from the files themselves: each is one
 * file's new content, with whether a load must refuse it. Syntax variants (truncations, bytes that
 * are not UTF-8, NUL and other control bytes, keys given twice, deep nesting, huge texts, comments)
 * are made on the bytes; variants of meaning (wrong types, missing required values, unknown words,
 * bad dates, ids that break the id rule, references to ids that do not exist) on the tree, written
 * back in the workspace's own form. Deterministic: the same data gives the same variants.
 */
final class MalformedCorpus {

    /** What a load must do with a variant. */
    enum Expect {
        /** Refuse it: at least one error, located. */
        REJECTED,
        /** Numbers are another helper's: refused or accepted, but never an exception or a message with internals. */
        EITHER
    }

    /**
     * One malformed file.
     *
     * @param name what was done, for a failure message
     * @param file the file, relative to the workspace
     * @param content its new content
     * @param at where the bad bytes are, for a variant whose problem is there; else -1
     */
    record Variant(String name, String file, byte[] content, Expect expect, int at) {

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** A value no field of the format takes: a list of lists. */
    private static final String NO_FIELD_TAKES = "[[true]]";

    private final Map<String, byte[]> files;
    private final List<Variant> variants = new ArrayList<>();

    private MalformedCorpus(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The variants of the JSON files of the workspace {@code data}. */
    static List<Variant> of(Path data) {
        MalformedCorpus corpus = new MalformedCorpus(jsonFiles(data));
        corpus.syntax();
        corpus.meaning();
        return List.copyOf(corpus.variants);
    }

    static Map<String, byte[]> jsonFiles(Path data) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = data.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p) && name.endsWith(".json") && !name.startsWith("published/")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    // ---------------------------------------------------------------- on the bytes

    private void syntax() {
        int n = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String file = e.getKey();
            byte[] bytes = e.getValue();
            String text = new String(bytes, StandardCharsets.UTF_8);
            int lastBrace = lastIndexOf(bytes, (byte) '}');
            // truncations: empty, and cut at three places before the closing brace
            add(file, "truncated to nothing", new byte[0]);
            for (int k = 1; k <= 3; k++) {
                int at = (int) ((long) lastBrace * (2 * k - 1) / 6) + n % 5;
                add(file, "truncated at byte " + at, java.util.Arrays.copyOf(bytes, at));
            }
            // bytes that are not UTF-8, inside a text and between tokens
            int inText = insideAText(bytes, bytes.length / 2);
            byte[][] notUtf8 = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
            byte[] bad = notUtf8[n % notUtf8.length];
            add(file, "invalid UTF-8 " + hex(bad) + " inside a text", bytes, inText, bad);
            int lineStart = indexOf(bytes, (byte) '\n', bytes.length / 3) + 1;
            add(file, "invalid UTF-8 FE between tokens", bytes, lineStart, new byte[] {(byte) 0xFE});
            // NUL and other control bytes
            add(file, "a NUL byte inside a text", bytes, inText, new byte[] {0});
            add(file, "a NUL byte between tokens", bytes, lineStart, new byte[] {0});
            if (n % 2 == 0) {
                add(file, "a control byte 0x01 inside a text", bytes, insideAText(bytes, bytes.length / 4), new byte[] {1});
            }
            if (n % 3 == 0) {
                add(file, "a NUL byte first", bytes, 0, new byte[] {0});
                add(file, "a raw tab inside a text", bytes, inText, new byte[] {'\t'});
                add(file, "saved as UTF-16", text.getBytes(StandardCharsets.UTF_16LE));
            }
            // a key given twice: the first key of the file again, first
            JsonNode tree = tree(bytes);
            Map.Entry<String, JsonNode> first = tree.properties().iterator().next();
            add(file, "the key '" + first.getKey() + "' twice", insert(bytes, indexOf(bytes, (byte) '{', 0) + 1,
                    utf8("\"" + first.getKey() + "\": " + first.getValue() + ",")));
            // what is not JSON: one of four kinds a file
            switch (n % 4) {
                case 0 -> add(file, "a comment", insert(bytes, lineStart, utf8("// a note\n")));
                case 1 -> add(file, "a trailing comma", insert(bytes, lastBrace, utf8(",")));
                case 2 -> add(file, "more after the end", concat(bytes, utf8("{\"again\": true}\n")));
                default -> add(file, "a single-quoted text", insert(bytes, indexOf(bytes, (byte) '{', 0) + 1, utf8("'note': 'x',")));
            }
            if (n % 4 == 0) {
                add(file, "the root is a list", utf8("[" + text + "]"));
            } else if (n % 4 == 2) {
                add(file, "the root is a text", utf8("\"" + file + "\"\n"));
            }
            if (n % 4 == 1) {
                add(file, "nested 300 deep", insert(bytes, indexOf(bytes, (byte) '{', 0) + 1,
                        utf8("\"deep\": " + "[".repeat(300) + "]".repeat(300) + ",")));
            }
            if (n % 5 == 2) {
                add(file, "a text of 1,000,001 characters", insert(bytes, indexOf(bytes, (byte) '{', 0) + 1,
                        utf8("\"note\": \"" + "a".repeat(1_000_001) + "\",")));
            }
            n++;
        }
    }

    // ---------------------------------------------------------------- on the tree

    private void meaning() {
        String agreement = "agreement.json";
        set(agreement, "id", null, "without its id");
        set(agreement, "id", "\"Bad Id\"", "an id with a space and capitals");
        set(agreement, "id", "\"-starts-with-dash\"", "an id starting with '-'");
        set(agreement, "title", "42", "a number as the title");
        set(agreement, "signed", "\"2014-13-45\"", "a date with month 13");
        set(agreement, "signed", "\"yesterday\"", "a word as a date");
        set(agreement, "signed", "\"2014-07-28/2014\"", "a span of two precisions");
        set(agreement, "signed", "\"2014-02-30\"", "February 30");
        set(agreement, "termYears", "\"four\"", "a word as a number");
        set(agreement, "signatories", "\"Brown\"", "a text as the signatories");
        set(agreement, "signatories/0/organization", "\"no-such-organization\"", "a signatory of an organization that does not exist");
        set(agreement, "actionAreas/0/priority", "\"yes\"", "a text as a boolean");
        set(agreement, "actionAreas/0/id", "\"Climate Change\"", "an action area id with a space");
        set(agreement, "links/0", "\"https://example.org\"", "a text as a link");
        set(agreement, "jointActionPlan", "[]", "a list as the joint action plan");

        String organizations = "organizations.json";
        set(organizations, "organizations", "{}", "an object as the list");
        set(organizations, "organizations/0/id", "\"SEMAR NAT\"", "an id with a space");
        set(organizations, "organizations/0/id", null, "an organization without its id");
        set(organizations, "organizations/0/kind", "\"goverment\"", "an unknown organization kind");
        set(organizations, "organizations/0/country", "52", "a number as a country");
        copy(organizations, "organizations/0/id", "organizations/1/id", "two organizations with one id");
        set(organizations, "organizations/0/name", NO_FIELD_TAKES, "a list of lists as a name");

        String related = "related-agreements.json";
        set(related, "relatedAgreements/0/date", "\"2016-02-30\"", "February 30");
        set(related, "relatedAgreements/0/id", "\"x y\"", "an id with a space");
        set(related, "relatedAgreements/0/parties", "\"Michoacán\"", "a text as the parties");
        set(related, "relatedAgreements/0/figures/0/id", "\"Fig 1\"", "a figure id with a space");
        set(related, "relatedAgreements/0/figures/0/asOf", "\"soon\"", "a word as a date");

        String report = "reports/2016.json";
        set(report, "year", "\"2016\"", "the year as a text");
        set(report, "year", "2015", "a year other than the file's");
        set(report, "introduction", "5", "a number as the introduction");

        boolean first = true;
        for (String group : groups()) {
            String plan = "groups/" + group + "/plan.json";
            String year = "groups/" + group + "/2016.json";
            set(plan, "groupId", "\"other-group\"", "a groupId other than the folder's");
            set(year, "groupId", "\"other-group\"", "a groupId other than the folder's");
            List<String> urls = List.of("java\tscript:alert(1)", "javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                    "java\nscript:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)", "JavaScript:alert(1)",
                    "vbscript:msgbox(1)", "file:///etc/passwd", "/etc/passwd", "../outside.pdf", "evidence\\minutes.pdf",
                    "https://exa mple.org/", "https://example.org/\u200B", "javascript:alert(1)\r\n");
            for (String url : first ? urls : urls.subList(0, 3)) {
                set(year, "assessments/0/evidence", "[{\"title\": \"Minutes\", \"url\": " + JSON.valueToTree(url) + "}]",
                        "evidence at " + url.replaceAll("\\p{Cntrl}", "<control>"));
            }
            if (!first) {
                continue;
            }
            first = false;
            set(plan, "groupId", null, "without its groupId");
            set(plan, "goals/0/id", null, "a goal without its id");
            set(plan, "goals/0/id", "\"Goal 1\"", "a goal id with a space");
            set(plan, "goals/0/number", "\"three\"", "a word as a goal number");
            copy(plan, "goals/0/activities/0/id", "goals/0/activities/1/id", "two activities with one id");
            copy(plan, "goals/0/activities/0/deliverables/0/id", "goals/1/activities/0/deliverables/0/id",
                    "two deliverables with one id");
            set(plan, "goals/0/activities/0/deliverables/0/id", "\"x_y\"", "a deliverable id with '_'");
            set(plan, "goals/0/activities/0/deliverables/0/type", "7", "a number as the deliverable type");
            set(plan, "goals/0/activities/0/deliverables/0/type", null, "a deliverable without its type");
            set(plan, "members/0", "\"no-such-organization\"", "a member that is not an organization");
            set(plan, "inJointActionPlan", "\"yes\"", "a text as a boolean");

            set(year, "year", "2017", "a year other than the file's");
            set(year, "year", null, "without its year");
            set(year, "narrative", "\"text\"", "a text as the narrative");
            set(year, "assessments", "{}", "an object as the assessments");
            set(year, "assessments/0/level", "\"great\"", "an unknown progress level");
            set(year, "assessments/0/level", "\"Achieved\"", "a progress level with a capital");
            set(year, "assessments/0/activityId", "\"no-such-activity\"", "an assessment of an activity that does not exist");
            set(year, "assessments/0/activityId", null, "an assessment without its activity");
            set(year, "assessments/0/inferred", "\"yes\"", "a text as a boolean");
            copy(year, "assessments/0/activityId", "assessments/1/activityId", "two assessments of one activity");
            set(year, "events/0/kind", "\"party\"", "an unknown event kind");
            set(year, "events/0/date", "\"2016-02-30\"", "February 30");
            set(year, "events/0/date", "\"06/01/2016\"", "a date in the US form");
            set(year, "events/0/organizations/0", "\"no-such-organization\"", "an event organization that does not exist");
            set(year, "events/0/activityId", "\"no-such-activity\"", "an event of an activity that does not exist");
            set(year, "events/0/id", "\"Event One\"", "an event id with a space");
            copy(year, "events/0/id", "events/1/id", "two events with one id");
            set(year, "metrics/0/activityId", "\"no-such-activity\"", "a figure of an activity that does not exist");
            copy(year, "metrics/0/id", "metrics/1/id", "two figures with one id");
            set(year, "metrics/0/asOf", "\"soon\"", "a word as a date");
            // numbers are h-bounds': whatever the store says, it says it in words
            set(year, "metrics/0/value", "1e400", "a number of 400 digits");
            set(year, "events/0/participants", "-25", "a negative count");
        }

        // a wrong type at random places of every file (never inside attributes, which a plugin checks)
        Random random = new Random(12);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            List<String> paths = new ArrayList<>();
            collect(tree(e.getValue()), "", paths);
            for (int k = 0; k < 1 && !paths.isEmpty(); k++) {
                String path = paths.remove(random.nextInt(paths.size()));
                set(e.getKey(), path, NO_FIELD_TAKES, "a list of lists at " + path);
            }
        }
    }

    private List<String> groups() {
        return files.keySet().stream().filter(f -> f.startsWith("groups/") && f.endsWith("/plan.json"))
                .map(f -> f.substring("groups/".length(), f.length() - "/plan.json".length())).limit(2).toList();
    }

    /** Every path of a value, without those inside deliverable attributes and the texts of a Text object. */
    private static void collect(JsonNode node, String path, List<String> paths) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("attributes") && !e.getKey().equals("es")) {
                    collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), paths);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), (path.isEmpty() ? "" : path + "/") + i, paths);
            }
        }
    }

    /** A variant with the value at {@code path} replaced by {@code json}, or removed when it is null. */
    private void set(String file, String path, String json, String name) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return;
        }
        JsonNode root = tree(bytes);
        String[] steps = path.split("/");
        JsonNode parent = root;
        for (int i = 0; i < steps.length - 1 && parent != null; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        JsonNode value = json == null ? null : tree(utf8(json));
        if (parent instanceof ObjectNode object && object.has(last)) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
        } else if (parent instanceof ArrayNode array && Integer.parseInt(last) < array.size()) {
            if (value == null) {
                array.remove(Integer.parseInt(last));
            } else {
                array.set(Integer.parseInt(last), value);
            }
        } else {
            return; // this file has no such value: no variant
        }
        variants.add(new Variant(name + " (" + path + ")", file, utf8(TreeWriter.write(root)),
                name.startsWith("a number of") || name.startsWith("a negative") ? Expect.EITHER : Expect.REJECTED, -1));
    }

    /** A variant with the value at {@code to} made the same as the one at {@code from}. */
    private void copy(String file, String from, String to, String name) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return;
        }
        JsonNode value = tree(bytes).at("/" + from);
        if (!value.isMissingNode() && !tree(bytes).at("/" + to).isMissingNode()) {
            set(file, to, value.toString(), name);
        }
    }

    private void add(String file, String name, byte[] content) {
        variants.add(new Variant(name, file, content, Expect.REJECTED, -1));
    }

    /** A variant with bad bytes inserted at {@code at}, where the load must say the problem is. */
    private void add(String file, String name, byte[] bytes, int at, byte[] inserted) {
        variants.add(new Variant(name, file, insert(bytes, at, inserted), Expect.REJECTED, at));
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An offset inside the text value that holds or follows {@code from}: after the first letter of a "key": "value". */
    private static int insideAText(byte[] bytes, int from) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\": \"", from);
        if (at < 0) {
            at = text.indexOf("\": \"");
        }
        return at + 5;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte b) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
        out.write(bytes, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder();
        for (byte x : bytes) {
            b.append(b.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xFF));
        }
        return b.toString();
    }
}
