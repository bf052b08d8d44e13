package mou.core.cycle;

/**
 * Bring back an XLIFF 2.0 document that {@link CycleService#exportTranslations} wrote and a
 * translator filled in, all or nothing.
 *
 * @param acting who imports it (recorded in the history with each text translated)
 * @param xliff the file's bytes
 * @param source the file's name, as problems and the history name it (never used as a path)
 * @since 1.4
 */
public record ImportTranslations(Acting acting, byte[] xliff, String source) {
}
