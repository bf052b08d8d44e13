package mou.web.internal;

/** A file sent with a form: the form field, the file's name as the browser gave it (never trusted as a path), its bytes. */
record Upload(String field, String fileName, byte[] content) {
}
