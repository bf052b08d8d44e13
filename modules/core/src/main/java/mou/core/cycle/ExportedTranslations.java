package mou.core.cycle;

import java.util.List;

/**
 * The texts to translate as an XLIFF 2.0 document (source language {@code en}, target {@code es}):
 * one {@code <file>} per workspace file ({@code original} its path), one {@code <unit>} per text, its
 * id the text's path in that file ({@code assessments.aq-1.rationale}), carrying the fingerprint of
 * its English so that {@link CycleService#importTranslations} can tell whether the English changed since.
 *
 * @param xliff the document in UTF-8; empty when there is nothing to translate ({@code units} is 0)
 * @param units how many texts it holds
 * @param untranslated how many of them have no Spanish yet
 * @param stale how many have a Spanish whose English changed after it was translated (the Spanish is
 *        the unit's target, in state {@code initial}, with a note saying so)
 * @param files the workspace files the texts are in, relative to the workspace, in the document's order
 * @param locked how many texts to translate were left out because their group's year is published
 * @since 1.4
 */
public record ExportedTranslations(byte[] xliff, int units, int untranslated, int stale, List<String> files, int locked) {

    public ExportedTranslations {
        xliff = xliff == null ? new byte[0] : xliff;
        files = List.copyOf(files);
    }
}
