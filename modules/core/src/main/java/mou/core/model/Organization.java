package mou.core.model;

/**
 * An organization the report names: a ministry, agency, commission, NGO, university or company.
 *
 * @param id the stable id used to refer to it from other files, e.g. {@code "carb"}
 * @param acronym its acronym in English and Spanish where the source gives them, or null
 * @param name its full name
 * @param country ISO 3166 alpha-2 country code ({@code "US"}, {@code "MX"}), or null for international ones
 * @param kind what sort of organization it is
 */
public record Organization(String id, Text acronym, Text name, String country, Kind kind) {

    /** The ISO 3166-1 alpha-2 codes, as Java knows them. */
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(java.util.Locale.getISOCountries());

    /**
     * Whether {@code code} is an ISO 3166-1 alpha-2 country code ({@code "US"}, {@code "MX"}),
     * written in capitals; {@code "XX"} is not.
     *
     * @since 1.3
     */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** What sort of organization it is. */
    public enum Kind {
        GOVERNMENT, NGO, ACADEMIC, PRIVATE, INTERGOVERNMENTAL, OTHER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The acronym if there is one, else the full name. */
    public Text label() {
        return acronym != null ? acronym : name;
    }
}
