package mou.store.json.internal;

/**
 * One instance of each short text read by one reader. Ids, references to them, types, statuses
 * and dates recur across a group's files (every year's assessments name the plan's activities),
 * and the model keeps all of them: sharing keeps the loaded model smaller. A text is looked up by
 * the characters the parser decoded, so that a text read before costs no new String. Long texts
 * are nearly all different, and are made as read.
 */
final class SharedStrings {

    private static final int LONGEST_SHARED = 32;

    /** Open addressing: a text's slot is found from its hash, or from the next slots when taken. */
    private String[] table = new String[1024];
    private int size;

    /** The text of {@code chars[offset, offset + length)}. */
    String share(char[] chars, int offset, int length) {
        if (length > LONGEST_SHARED) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // as String.hashCode, which the comparison below then uses
        }
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String text = table[slot];
            if (text == null) {
                text = new String(chars, offset, length);
                table[slot] = text;
                if (++size * 2 > table.length) {
                    grow();
                }
                return text;
            }
            if (text.hashCode() == hash && sameText(text, chars, offset, length)) {
                return text;
            }
        }
    }

    private static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits in, as HashMap does: texts alike but for their last characters then spread out. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String text : old) {
            if (text != null) {
                int slot = spread(text.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = text;
            }
        }
    }
}
