package mou.web.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as its {@code User-Agent} says it, shortened for a person's list of sessions: "Firefox 128 on Linux",
 * "Chrome 131 on Android", "Safari 17 on iPhone"; a header it does not know is shown as sent, without control
 * characters, cut at {@value #MOST} characters. The page escapes it like every text ({@code HtmlWriter}).
 */
final class Browsers {

    static final int MOST = 60;
    private static final Pattern[] BROWSERS = {
            Pattern.compile("\\b(Edg(?:e|A|iOS)?)/(\\d+)"), Pattern.compile("\\b(OPR)/(\\d+)"), Pattern.compile("\\b(SamsungBrowser)/(\\d+)"),
            Pattern.compile("\\b(Firefox|FxiOS)/(\\d+)"), Pattern.compile("\\b(HeadlessChrome)/(\\d+)"),
            Pattern.compile("\\b(Chromium|CriOS|Chrome)/(\\d+)"), Pattern.compile("\\bVersion/(\\d+)(?:\\.\\d+)*(?: Mobile/\\S+)? (Safari)/"),
            Pattern.compile("\\b(curl|Wget)/(\\d+)")};

    private Browsers() {
    }

    /** The browser and system a {@code User-Agent} names, or the header itself shortened; null for none. */
    static String shortened(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        String plain = userAgent.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().strip().replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            return null;
        }
        String browser = null;
        for (Pattern pattern : BROWSERS) {
            Matcher m = pattern.matcher(plain);
            if (m.find()) {
                boolean safari = "Safari".equals(m.group(2));
                String name = safari ? "Safari" : m.group(1);
                String version = safari ? m.group(1) : m.group(2);
                browser = switch (name) {
                    case "Edg", "Edge", "EdgA", "EdgiOS" -> "Edge";
                    case "OPR" -> "Opera";
                    case "SamsungBrowser" -> "Samsung Internet";
                    case "FxiOS" -> "Firefox";
                    case "CriOS" -> "Chrome";
                    case "HeadlessChrome" -> "Headless Chrome";
                    default -> name;
                } + " " + version;
                break;
            }
        }
        String system = plain.contains("Android") ? "Android" : plain.contains("iPhone") ? "iPhone" : plain.contains("iPad") ? "iPad"
                : plain.contains("Windows") ? "Windows" : plain.contains("Mac OS X") || plain.contains("Macintosh") ? "macOS"
                : plain.contains("CrOS") ? "ChromeOS" : plain.contains("Linux") ? "Linux" : null;
        if (browser != null) {
            return system == null ? browser : browser + " · " + system;
        }
        return plain.codePointCount(0, plain.length()) <= MOST ? plain : plain.substring(0, plain.offsetByCodePoints(0, MOST - 1)) + "…";
    }
}
