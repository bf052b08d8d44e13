package mou.web.internal;

import java.util.List;
import mou.core.model.Text;

/**
 * The Spanish a form sends back beside an English text. A form shows the Spanish a text has; sent
 * back as it was shown, it is no new translation: the request gives none, so the cycle service keeps
 * the Spanish (stale when the English changed). Typed anew, it translates the English as it is. Emptied (the form
 * showed a Spanish and sends the field back empty), it removes the Spanish ({@link #emptied}).
 */
final class ShownSpanish {

    private ShownSpanish() {
    }

    /** The Spanish to give for a text the form showed as {@code shown} (null for a new one); null when none is given. */
    static String given(String typed, Text shown) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return shown != null && typed.strip().equals(shown.es()) ? null : typed;
    }

    /**
     * The note a form shows beside the Spanish field of {@code text} when its English changed after
     * the Spanish was written ({@link Text#spanishStale()}); null when it did not (or there is no text).
     */
    static String staleNote(Ui ui, Text text) {
        return text != null && text.spanishStale() ? ui.t("form.spanishStale") : null;
    }

    /** As {@link #staleNote(Ui, Text)} for a field holding paragraphs: a note when any of them is stale. */
    static String staleNote(Ui ui, List<Text> paragraphs) {
        return paragraphs.stream().anyMatch(Text::spanishStale) ? ui.t("form.paragraphsStale") : null;
    }

    /** As {@link #given(String, Text)} for the paragraph at {@code index} of those the form showed. */
    static String given(String typed, List<Text> shown, int index) {
        return given(typed, index < shown.size() ? shown.get(index) : null);
    }

    /**
     * As {@link #given(String, Text)}, or the Spanish as typed when the person ticked the box beside a
     * stale Spanish ({@link #fitsBox}): sent back unchanged, it is then given, so the cycle service takes it
     * as translating the English as it is now (no longer stale).
     */
    static String given(String typed, Text shown, boolean fits) {
        return fits && typed != null && !typed.isBlank() ? typed : given(typed, shown);
    }

    /** As {@link #given(String, Text, boolean)} for the paragraph at {@code index} of those the form showed. */
    static String given(String typed, List<Text> shown, int index, boolean fits) {
        return given(typed, index < shown.size() ? shown.get(index) : null, fits);
    }

    /**
     * Whether the person emptied a Spanish field: the form sent it ({@code sent} is present) blank, and it showed a Spanish
     * of {@code shown}. A field the form did not send is no removal.
     */
    static boolean emptied(java.util.Optional<String> sent, Text shown) {
        return sent.isPresent() && sent.get().isBlank() && shown != null && shown.es() != null;
    }

    /** As {@link #emptied(java.util.Optional, Text)} for a field holding paragraphs: it showed the Spanish of any of them. */
    static boolean emptied(java.util.Optional<String> sent, List<Text> shown) {
        return sent.isPresent() && sent.get().isBlank() && shown.stream().anyMatch(t -> t.es() != null);
    }

    /** The name of the box beside the stale Spanish field {@code field}. */
    static String fitsName(String field) {
        return field + "Fits";
    }

    /**
     * The box beside a stale Spanish field ({@code field}, described by its note {@code field-stale}):
     * ticked, the Spanish is saved as it is, as translating the changed English.
     */
    static void fitsBox(mou.web.api.HtmlWriter html, Ui ui, String field) {
        String id = field + "-fits";
        html.start("p", "class", "check").start("input", "type", "checkbox", "id", id, "name", fitsName(field), "value", "yes",
                "aria-describedby", field + "-stale").text(" ").element("label", ui.t("form.spanishFits"), "for", id).end("p");
    }
}
