package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forms' words for their fields, by name, where a page names a field outside its form. */
class FieldNamesTest {

    @Test
    void aFieldIsNamedAsItsFormNamesItInThePagesLanguageNumberedFieldsWithTheirNumber() {
        Ui en = Ui.of("en");
        Ui es = Ui.of("es");
        assertThat(FieldNames.label(en, "rationaleEs")).isEqualTo(en.t("group.form.rationaleEs"));
        assertThat(FieldNames.label(es, "placeEs")).isEqualTo(es.t("records.event.placeEs"));
        assertThat(FieldNames.label(en, "evidenceTitle-0")).isEqualTo("Title of link 1");
        assertThat(FieldNames.label(en, "evidenceUrl-2")).isEqualTo("Address of link 3");
        assertThat(FieldNames.label(en, "evidenceTitleEs-1")).isEqualTo("Title of link 2 (Spanish)");
        assertThat(FieldNames.label(es, "evidenceTitleEs-1")).isEqualTo("Título del enlace 2 (español)");
        assertThat(FieldNames.label(en, "evidence-0")).isEqualTo("Address of link 1");
        assertThat(FieldNames.label(en, "file2")).isEqualTo("File 2");
        assertThat(FieldNames.label(en, "fileTitle1")).isEqualTo("Title of file 1 (optional)");
        // the page after a session ended showed an event's id as "eventId"
        assertThat(FieldNames.label(en, "eventId")).isEqualTo("Id");
        assertThat(FieldNames.label(es, "figureId")).isEqualTo(es.t("records.id")).isNotEqualTo("figureId");
        assertThat(FieldNames.label(en, "somethingElse")).as("a name no form has, as it is").isEqualTo("somethingElse");
        assertThat(FieldNames.label(en, "file")).isEqualTo("file");
    }
}
