package mou.format.support;

import java.util.Locale;

/**
 * Colours as the formats draw them ({@code #rrggbb}): a light tint of a colour behind dark text,
 * black or white on a colour, whichever reads better (WCAG contrast). The HTML and PDF formats
 * draw the Progress Key with these.
 *
 * @since 1.1
 */
public final class Colours {

    private Colours() {
    }

    /** The colour mixed with white, {@code share} of the colour: a background for dark text. */
    public static String tint(String hexColour, double share) {
        int[] rgb = rgb(hexColour);
        StringBuilder out = new StringBuilder("#");
        for (int channel : rgb) {
            int mixed = (int) Math.round(channel * share + 255 * (1 - share));
            out.append(String.format(Locale.ROOT, "%02x", mixed));
        }
        return out.toString();
    }

    /** Black or white, whichever contrasts more with the colour (WCAG contrast ratio). */
    public static String textOn(String hexColour) {
        double l = luminance(rgb(hexColour));
        double withBlack = (l + 0.05) / 0.05;
        double withWhite = 1.05 / (l + 0.05);
        return withBlack >= withWhite ? "#000000" : "#ffffff";
    }

    /** The WCAG relative luminance of a colour given as red, green, blue from 0 to 255. */
    public static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG contrast ratio of two colours given as #rrggbb. */
    public static double contrast(String a, String b) {
        double la = luminance(rgb(a));
        double lb = luminance(rgb(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Red, green and blue from 0 to 255 of {@code #rrggbb} or {@code #rgb} (the {@code #} may be left out). */
    public static int[] rgb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int value = Integer.parseInt(h, 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }
}
