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
