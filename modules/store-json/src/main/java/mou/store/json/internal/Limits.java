package mou.store.json.internal;

/**
 * How large a workspace file may be. A workspace is edited by people; these bounds keep a
 * damaged or hostile file from exhausting memory or the stack while it is read.
 *
 * @param maxNestingDepth how deeply objects and lists may nest
 * @param maxStringLength the longest text value, in characters
 * @param maxDocumentLength the longest file, in bytes (and characters)
 */
record Limits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {

    static final Limits DEFAULT = new Limits(200, 1_000_000, 50_000_000L);
}
