package mou.core.cycle;

import java.util.List;

/**
 * What an import of translations changed.
 *
 * @param translated the texts whose Spanish it set, each as {@code FILE#/json/path}
 *        ({@code groups/air-quality/2016.json#/assessments/aq-1/rationale}), in the document's order
 * @param unchanged units whose target is the Spanish the text already has (nothing to do)
 * @param untranslated units without a translation (no target, or an empty one), skipped
 * @param unconfirmed units of a text whose English changed after it was translated, returned with the
 *        old Spanish unchanged and still in state {@code initial}: nobody checked them, so they stay stale
 * @param files the files written, relative to the workspace; empty when nothing changed
 * @since 1.4
 */
public record ImportedTranslations(List<String> translated, int unchanged, int untranslated, int unconfirmed, List<String> files) {

    public ImportedTranslations {
        translated = List.copyOf(translated);
        files = List.copyOf(files);
    }
}
