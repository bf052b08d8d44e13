package mou.group.cleanvehicles.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a Mexican Official Standard and what the group writes about one: the standard's
 * statuses, and the short "CODE (status): subject" form used to name a related standard.
 */
final class EmissionStandard {

    /**
     * NOM-EM-167-SEMARNAT-2016, NOM-163-SEMARNAT-ENER-SCFI-2013, PROY-NOM-044-SEMARNAT-2014: an
     * optional PROY- (a proposal), NOM, -EM for an emergency standard, the number, the issuing
     * bodies, and the year of publication.
     */
    static final Pattern CODE = Pattern.compile("(?:PROY-)?NOM(?:-EM)?-(\\d{3})-([A-Z]+(?:-[A-Z]+)*)-(\\d{4})");

    static final String CODE_HELP = "write a Mexican Official Standard code such as NOM-EM-167-SEMARNAT-2016 or "
            + "NOM-163-SEMARNAT-ENER-SCFI-2013 (NOM, -EM if an emergency standard, the number, the issuing bodies, the year)";

    static final String CODE_HELP_ES = "escriba una clave de Norma Oficial Mexicana como NOM-EM-167-SEMARNAT-2016 o "
            + "NOM-163-SEMARNAT-ENER-SCFI-2013 (NOM, -EM si es una norma de emergencia, el número, las dependencias que la emiten, el año)";

    static final String[] STATUSES = {"in-preparation", "draft", "proposed", "published", "in-modification"};

    private static final Pattern RELATED = Pattern.compile("(" + CODE.pattern() + ")(?: \\(([a-z-]+)\\))?(?:: (.+))?");

    private EmissionStandard() {
    }

    /** The year a code carries, when it is a valid code. */
    static Optional<Integer> codeYear(String code) {
        Matcher m = CODE.matcher(code);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(3))) : Optional.empty();
    }

    static boolean isCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** A related standard, written "CODE", "CODE (status)" or "CODE (status): subject". */
    record Related(String code, String status, String subject) {

        static Optional<Related> parse(String text) {
            Matcher m = RELATED.matcher(text.trim());
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Related(m.group(1), m.group(5), m.group(6)));
        }
    }

    static boolean isStatus(String status) {
        for (String s : STATUSES) {
            if (s.equals(status)) {
                return true;
            }
        }
        return false;
    }

    /** A status as the report words it. */
    static String statusWords(String status, String language) {
        // the plugin's labels: the words the standard's form and the progress tables show too (Attributes.withChoiceWords)
        return mou.core.spi.Attributes.choiceWords(mou.core.report.Labels.forPlugin(EmissionStandard.class, language), EmissionStandardType.ID,
                java.util.Map.of("status", status), "status").orElse(status);
    }
}
