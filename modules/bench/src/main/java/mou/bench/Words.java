package mou.bench;

import java.util.Random;

/**
 * Sentences in the register of the progress report, drawn from a fixed vocabulary by a seeded
 * {@link Random}, so that a synthetic workspace reads like the real one (lengths, word sizes) and
 * the same seed always gives the same words.
 */
final class Words {

    private static final String[] NOUNS = {
        "air quality", "monitoring", "emissions", "inventory", "wildfire", "suppression", "training",
        "workshop", "methodology", "exchange", "capacity", "border region", "laboratory", "standard",
        "vehicle", "fleet", "waste", "tire", "landfill", "forest", "carbon", "offset", "protocol",
        "information", "partnership", "agency", "ministry", "commission", "network", "station",
        "program", "strategy", "plan", "assessment", "data", "report", "guide", "equipment",
        "personnel", "community", "watershed", "drain", "collection", "recycling", "fuel", "engine",
    };
    private static final String[] VERBS = {
        "strengthen", "develop", "share", "exchange", "improve", "establish", "support", "promote",
        "coordinate", "assess", "build", "expand", "review", "align", "deliver", "implement",
    };
    private static final String[] ADJECTIVES = {
        "technical", "institutional", "cross-border", "binational", "regional", "state", "federal",
        "joint", "comparable", "continuous", "sustainable", "local", "public", "annual", "shared",
    };
    private static final String[] PLACES = {
        "Mexicali, Baja California", "Tijuana, Baja California", "Sacramento, California", "Ensenada, Baja California",
        "Tecate, Baja California", "Mexico City", "Los Angeles, California", "Hermosillo, Sonora", "San Diego, California",
    };
    static final String[] TOPICS = {
        "Air Quality", "Clean Vehicles", "Wildfires", "Solid Waste", "Climate Change", "Water", "Energy",
        "Forests", "Oceans", "Agriculture", "Transport", "Health", "Biodiversity", "Land Use", "Adaptation",
    };

    private final Random random;

    Words(Random random) {
        this.random = random;
    }

    /** A sentence of about {@code words} words, capitalised and ending with a full stop. */
    String sentence(int words) {
        StringBuilder b = new StringBuilder();
        b.append(capitalise(pick(VERBS))).append(" the");
        int n = 1;
        while (n < words) {
            b.append(' ');
            switch (random.nextInt(4)) {
                case 0 -> b.append(pick(ADJECTIVES)).append(' ').append(pick(NOUNS));
                case 1 -> b.append(pick(NOUNS)).append(" and ").append(pick(NOUNS));
                case 2 -> b.append("to ").append(pick(VERBS)).append(' ').append(pick(NOUNS));
                default -> b.append("in ").append(pick(PLACES));
            }
            n += 3;
        }
        return b.append('.').toString();
    }

    /** A paragraph of {@code sentences} sentences of 12 to 30 words. */
    String paragraph(int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(sentence(12 + random.nextInt(19)));
        }
        return b.toString();
    }

    /** A short phrase of two or three words, without a full stop. */
    String phrase() {
        return random.nextBoolean() ? pick(ADJECTIVES) + " " + pick(NOUNS) : pick(NOUNS) + " " + pick(NOUNS);
    }

    String place() {
        return pick(PLACES);
    }

    String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
