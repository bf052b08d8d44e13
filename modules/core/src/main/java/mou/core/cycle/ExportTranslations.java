package mou.core.cycle;

/**
 * Which texts of the workspace to hand to a translator, as one XLIFF 2.0 document
 * ({@link CycleService#exportTranslations}). A text marked {@code asIs} (a proper name, an
 * English-only title) is never exported, nor a text of a group's published year (it is locked).
 *
 * @param acting the workspace ({@link Acting#by()} may be null: exporting changes nothing)
 * @param language the language to translate into; {@code es} (null means {@code es}), the one the
 *        workspace keeps beside English
 * @param groupId only this group's texts (its plan and its years), or null for every group's and
 *        the agreement's (the agreement, organizations, related agreements, the yearly reports)
 * @param year only this year's texts (with a group's plan and the agreement-level texts, which
 *        belong to no year), or null for every year
 * @param all every text to translate, also those whose Spanish is current (with it as the target);
 *        false: only the texts without Spanish and those whose English changed after they were translated
 * @since 1.4
 */
public record ExportTranslations(Acting acting, String language, String groupId, Integer year, boolean all) {
}
