package mou.store.json.internal;

/** A message in English (what the commands print) and in Spanish (what a page in Spanish shows), said in one place. */
record Said(String en, String es) {
}
