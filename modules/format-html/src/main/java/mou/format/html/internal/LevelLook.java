package mou.format.html.internal;

import java.util.Locale;
import mou.core.model.ProgressLevel;
import mou.format.support.Colours;

/**
 * How a level of the Progress Key looks: its colour from {@link ProgressLevel#colour()}, a
 * light tint of it behind dark text (so the words stay readable whatever the colour), and a
 * "Harvey ball" whose filled quarters follow the level's rank, so that the level can be told
 * without seeing colour.
 */
final class LevelLook {

    /** The outline of the balls and the text on tints: dark enough on white and on every tint. */
    static final String INK = "#1f2328";

    private LevelLook() {
    }

    /** The CSS class of a level, e.g. {@code lv-significant}; {@code lv-none} when not rated. */
    static String cssClass(ProgressLevel level) {
        return level == null ? "lv-none" : "lv-" + level.id();
    }

    static String colour(ProgressLevel level) {
        return level == null ? "#ffffff" : level.colour().toLowerCase(Locale.ROOT);
    }

    /** The colour mixed with white, {@code share} of the colour: a background for dark text ({@link Colours#tint}). */
    static String tint(ProgressLevel level, double share) {
        return level == null ? "#f3f4f6" : Colours.tint(level.colour(), share);
    }

    static String textOn(String hexColour) {
        return Colours.textOn(hexColour);
    }

    static double contrast(String a, String b) {
        return Colours.contrast(a, b);
    }

    /**
     * An inline SVG ball of {@code size} pixels: an empty circle for no progress, one to four
     * quarters filled clockwise from the top for the higher levels, a dashed empty circle when
     * not rated. Decorative wherever the level's words stand beside it.
     */
    static String ball(ProgressLevel level, int size) {
        return ball(level, size, false);
    }

    /**
     * A ball; {@code mono} fills it with ink instead of the level's colour, for where it stands
     * on that colour already (a chart segment), where a coloured fill would vanish.
     */
    static String ball(ProgressLevel level, int size, boolean mono) {
        StringBuilder svg = new StringBuilder(256);
        svg.append("<svg class=\"ball\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" viewBox=\"0 0 16 16\" aria-hidden=\"true\">");
        String fill = mono ? INK : colour(level);
        if (mono) {
            // A white halo keeps the dark shape apart from a dark segment.
            svg.append("<circle cx=\"8\" cy=\"8\" r=\"8\" fill=\"#ffffff\"/>");
        }
        if (level == null) {
            svg.append("<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"#ffffff\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"/>");
        } else {
            svg.append("<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"#ffffff\"/>");
            switch (level.rank()) {
                case 0 -> { }
                case 1 -> svg.append("<path d=\"M8 8V1.5A6.5 6.5 0 0 1 14.5 8Z\" fill=\"").append(fill).append("\"/>");
                case 2 -> svg.append("<path d=\"M8 8V1.5A6.5 6.5 0 0 1 8 14.5Z\" fill=\"").append(fill).append("\"/>");
                case 3 -> svg.append("<path d=\"M8 8V1.5A6.5 6.5 0 1 1 1.5 8Z\" fill=\"").append(fill).append("\"/>");
                default -> svg.append("<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"").append(fill).append("\"/>");
            }
            svg.append("<circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
