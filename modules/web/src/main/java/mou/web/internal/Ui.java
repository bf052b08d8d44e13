package mou.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import mou.core.model.ReviewState;
import mou.core.model.Text;
import mou.core.report.Labels;

/**
 * The application's own words in the page's language (English or Spanish): menus, headings,
 * labels, buttons and messages of the web pages. The content of the workspace stays in the
 * language it is written in. Each area of the application keeps its words in its own pair of
 * files, {@code words/AREA_en.properties} and {@code words/AREA_es.properties} (UTF-8); a test
 * checks that both languages have the same keys.
 */
final class Ui {

    /** The areas, each with its pair of word files. */
    static final List<String> AREAS = List.of("common", "account", "group", "records", "review", "calendar", "admin", "problems");
    /** The languages of the pages: every text's, so each has its word files. */
    static final List<String> LANGUAGES = Text.LANGUAGES;
    private static final Map<String, Map<String, String>> WORDS = new HashMap<>();

    static {
        for (String language : LANGUAGES) {
            Map<String, String> words = new HashMap<>();
            for (String area : AREAS) {
                words.putAll(load(area, language));
            }
            WORDS.put(language, Map.copyOf(words));
        }
    }

    private final String language;

    private Ui(String language) {
        this.language = language;
    }

    static Ui of(String language) {
        return new Ui(LANGUAGES.contains(language) ? language : "en");
    }

    /**
     * The language of the UI: the one chosen with the language switch (a cookie), else the one of the
     * browser's languages ({@code Accept-Language}) that the UI speaks with the highest weight (the
     * first of equals; {@code q=0} means not this one), else English. A malformed header counts as none.
     */
    static Ui choose(String chosen, String acceptLanguage) {
        if (chosen != null && LANGUAGES.contains(chosen)) {
            return new Ui(chosen);
        }
        String best = "en";
        double bestWeight = 0;
        for (String range : acceptLanguage == null ? new String[0] : acceptLanguage.split(",")) {
            String[] parts = range.split(";", -1);
            String primary = parts.length == 0 ? "" : parts[0].strip().toLowerCase(Locale.ROOT).split("-", -1)[0];
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.matches("q=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
                    weight = Double.parseDouble(parameter.substring(2));
                }
            }
            if (LANGUAGES.contains(primary) && weight > bestWeight) {
                best = primary;
                bestWeight = weight;
            }
        }
        return new Ui(best);
    }

    String language() {
        return language;
    }

    /**
     * A page's own words for a cycle problem's code, or null for the cycle's: the words of
     * {@code problem.CODE} (where the cycle's name a command to type), and for what a year misses
     * ({@code gap.*}) the cycle's words of the missing part ({@code missing.*}), which name no command.
     */
    String problemWords(String code) {
        String own = WORDS.get(language).get("problem." + code);
        if (own == null && code.startsWith("gap.")) {
            own = mou.core.cycle.Problem.codes(language).get("missing." + code.substring("gap.".length()));
        }
        return own;
    }

    /** The words for a key; {@code {0}}, {@code {1}} ... replaced by the arguments. A missing key shows as itself. */
    String t(String key, Object... arguments) {
        String words = WORDS.get(language).get(key);
        if (words == null) {
            words = WORDS.get("en").getOrDefault(key, key);
        }
        for (int i = 0; i < arguments.length; i++) {
            words = words.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return words;
    }

    /**
     * A group's year's review state in the page's language, in lower case ("submitted", "enviado"):
     * the core's labels keep these words ({@link Labels#state}), for every page and the history alike.
     */
    String state(ReviewState state) {
        return Labels.forLanguage(language).state(state);
    }

    /**
     * A review state as it follows "is" in a sentence of the page's language: "in draft", "submitted"; "en
     * borrador", "enviado" ("El año está en borrador.", never "está borrador").
     */
    String stateIs(ReviewState state) {
        return t("state.is." + state.id());
    }

    /** Every key of a language, for the test that both languages have the same. */
    static Map<String, String> words(String language) {
        return WORDS.get(language);
    }

    static Map<String, String> load(String area, String language) {
        String name = "words/" + area + "_" + language + ".properties";
        try (InputStream in = Ui.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> words = new HashMap<>();
            properties.forEach((k, v) -> words.put((String) k, (String) v));
            return words;
        } catch (IOException e) {
            throw new IllegalStateException("the words " + name + " cannot be read", e);
        }
    }
}
