package mou.testfixtures;

import java.util.ArrayList;
import java.util.List;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;

/**
 * What a group plugin's tests check of its deliverable types' choices: every value of every choice
 * has the plugin's words in English and in Spanish ({@code Attributes.withChoiceWords}, from its
 * labels), so that the web's deliverable forms and the progress tables never show a raw value
 * ({@code in-progress}) on a Spanish page.
 */
public final class ChoiceWords {

    private ChoiceWords() {
    }

    /** How many choice values the types have. */
    public static int values(DeliverableType... types) {
        int values = 0;
        for (DeliverableType type : types) {
            for (AttributeSpec choice : type.attributes()) {
                values += choice.kind() == AttributeSpec.Kind.CHOICE ? choice.allowed().size() : 0;
            }
        }
        return values;
    }

    /** The choice values without words of their own in a language, as {@code type attribute 'value' (es)}; empty when every one has them. */
    public static List<String> unworded(DeliverableType... types) {
        List<String> unworded = new ArrayList<>();
        for (DeliverableType type : types) {
            for (AttributeSpec choice : type.attributes()) {
                if (choice.kind() != AttributeSpec.Kind.CHOICE) {
                    continue;
                }
                for (String value : choice.allowed()) {
                    for (String language : List.of("en", "es")) {
                        // a value without words is shown as itself with spaces: in English on a Spanish page
                        String words = choice.choiceWords(value, language);
                        if (words.isBlank() || words.startsWith("[") || language.equals("es") && words.equals(value.replace('-', ' '))) {
                            unworded.add(type.id() + " " + choice.name() + " '" + value + "' (" + language + ")");
                        }
                    }
                }
            }
        }
        return unworded;
    }
}
