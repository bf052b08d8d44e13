package mou.cycle.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mou.core.command.Args;
import mou.core.model.Organization;
import mou.core.model.Text;
import mou.core.model.Workspace;

/**
 * Organizations as a person writes them, in a form field, an option or a workbook cell: separated by commas,
 * semicolons or new lines, or joined by "and", "y" or "&amp;"; each by its id ({@code cal-fire}), its acronym
 * ({@code CAL FIRE}, {@code CONAFOR}) or its name in English or Spanish, letter case and accents aside. A name that
 * holds a comma or an "and" ({@code University of California, Berkeley}, {@code California Department of Food and
 * Agriculture}) is read whole. The one rule the events of the service, the command line and the workbook share.
 */
final class OrganizationsWritten {

    /** What was read: the ids, in the order written, once each; and each piece no organization is, with the nearest ids. */
    record Read(List<String> ids, Map<String, List<String>> unknown) {
    }

    /** The most pieces one organization's name is read from. */
    private static final int LONGEST_NAME_PIECES = 6;

    private OrganizationsWritten() {
    }

    /** What separates two organizations: a comma, a semicolon, a new line, "and", "y" ("e"), "&amp;". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[,;\\r\\n]+\\s*)+|\\s+(?:and|y|e)\\s+|\\s*&\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Reads every text of {@code written} (each may name several organizations). */
    static Read read(Workspace ws, List<String> written) {
        Map<String, String> known = keys(ws);
        List<String> ids = new ArrayList<>();
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        for (String text : written) {
            if (text == null) {
                continue;
            }
            // the pieces between separators, as spans of the text
            List<int[]> pieces = new ArrayList<>();
            Matcher m = SEPARATOR.matcher(text);
            int from = 0;
            while (m.find()) {
                if (m.start() > from) {
                    pieces.add(new int[] {from, m.start()});
                }
                from = m.end();
            }
            if (from < text.length()) {
                pieces.add(new int[] {from, text.length()});
            }
            for (int i = 0; i < pieces.size(); i++) {
                // the longest run of pieces, with what separates them as written, that is one organization: a name may hold a
                // comma or an "and" (University of California, Berkeley; California Department of Food and Agriculture)
                String id = null;
                int j = Math.min(pieces.size(), i + LONGEST_NAME_PIECES) - 1;
                for (; j >= i && id == null; j--) {
                    id = known.get(key(text.substring(pieces.get(i)[0], pieces.get(j)[1])));
                }
                if (id != null) {
                    add(ids, id);
                    i = j + 1;
                } else {
                    piece(ws, text.substring(pieces.get(i)[0], pieces.get(i)[1]).strip(), ids, unknown);
                }
            }
        }
        return new Read(List.copyOf(ids), unknown);
    }

    /** A piece between separators that is no organization: ids separated by spaces, as the form once asked for, or unknown. */
    private static void piece(Workspace ws, String piece, List<String> ids, Map<String, List<String>> unknown) {
        if (piece.isEmpty()) {
            return;
        }
        String[] words = piece.split("\\s+");
        if (words.length > 1) {
            List<String> each = new ArrayList<>();
            for (String word : words) {
                String id = ws.organization(word).map(Organization::id).orElse(null);
                if (id == null) {
                    each = null;
                    break;
                }
                each.add(id);
            }
            if (each != null) {
                each.forEach(id -> add(ids, id));
                return;
            }
        }
        String typed = key(piece).replace(' ', '-');
        unknown.put(piece, Args.nearest(typed, ws.organizations().stream().map(Organization::id).toList()));
    }

    private static void add(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** Every way of writing each organization, as a key, to its id. */
    private static Map<String, String> keys(Workspace ws) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Organization o : ws.organizations()) {
            keys.putIfAbsent(key(o.id()), o.id());
        }
        for (Organization o : ws.organizations()) {
            keys.putIfAbsent(key(o.id().replace('-', ' ')), o.id());
            for (Text text : new Text[] {o.acronym(), o.name()}) {
                if (text != null) {
                    if (text.en() != null) {
                        keys.putIfAbsent(key(text.en()), o.id());
                    }
                    if (text.es() != null) {
                        keys.putIfAbsent(key(text.es()), o.id());
                    }
                }
            }
        }
        return keys;
    }

    /** A text as it is compared: lower case, without accents, one space between words, one kind of apostrophe. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
