package mou.core.spi;

/**
 * A plugin (a bundle that contributes working groups or report sections) that failed, so that
 * its part is missing from a report: the report names it in a notice instead of failing whole.
 *
 * @param bundle the bundle, as its symbolic name and version ("org.example.group-energy 1.0.0"),
 *        or null when the failing part does not come from a bundle
 * @param group the id of the working group concerned, or null when it is not known
 * @param part what failed: a report section's id, a component's name, or (for a group without
 *        a plugin) the group's id
 * @param kind how it failed
 * @param cause why, for a person (e.g. "IllegalStateException: the data source is down")
 */
public record PluginFailure(String bundle, String group, String part, Kind kind, String cause) {

    /** How a plugin failed. */
    public enum Kind {
        /** Its bundle is installed but not active: not resolved (e.g. made for another core API version) or not started. */
        NOT_ACTIVE,
        /** A Declarative Services component of it failed to activate: its constructor or activate method threw. */
        NOT_ACTIVATED,
        /** A component of it waits for a service or configuration that is not there. */
        UNSATISFIED,
        /** A report section of it threw while the report was written. */
        SECTION_FAILED,
        /** A report section of it did not finish within the time limit. */
        SECTION_TIMED_OUT,
        /**
         * No plugin is installed (or running) for a working group that has data in the workspace,
         * so the group's part is missing; {@code group} names it and {@code bundle} is null.
         *
         * @since 1.2
         */
        NOT_INSTALLED
    }

    /** Whether the failure happened while the report was written, rather than before (the plugin never ran). */
    public boolean inSection() {
        return kind == Kind.SECTION_FAILED || kind == Kind.SECTION_TIMED_OUT;
    }

    /**
     * Who failed, for a person: "org.example.group-energy 1.0.0 (group energy)", "group energy",
     * or the part's name when neither bundle nor group is known.
     */
    public String plugin() {
        if (bundle != null && group != null) {
            return bundle + " (group " + group + ")";
        }
        if (bundle != null) {
            return bundle;
        }
        return group != null ? "group " + group : part;
    }

    /** One line for people: who failed, which part and why. */
    public String describe() {
        return describe("en");
    }

    /**
     * {@link #describe()} in {@code language} ({@code en} or {@code es}), for a page in that language:
     * who failed and which part in that language; the cause as the plugin or the runtime gave it
     * (the words of its exception, usually English).
     *
     * @since 1.7
     */
    public String describe(String language) {
        boolean es = "es".equals(language);
        String what = switch (kind) {
            case NOT_ACTIVE -> es ? "no está activo" : "is not active";
            case NOT_ACTIVATED -> es ? "su componente " + part + " no se pudo activar" : "component " + part + " failed to activate";
            case UNSATISFIED -> es ? "su componente " + part + " espera un servicio o una configuración que no está"
                    : "component " + part + " is not satisfied";
            case SECTION_FAILED -> es ? "su sección " + part + " falló" : "section " + part + " failed";
            case SECTION_TIMED_OUT -> es ? "su sección " + part + " no terminó a tiempo" : "section " + part + " did not finish in time";
            case NOT_INSTALLED -> es ? "no hay ningún plugin instalado para él, aunque el espacio de trabajo tiene sus datos"
                    : "no plugin is installed for it, though the workspace has its data";
        };
        String who = !es ? plugin() : bundle != null && group != null ? bundle + " (grupo " + group + ")"
                : bundle != null ? bundle : group != null ? "el grupo " + group : part;
        return who + ": " + what + (cause == null || cause.isBlank() ? "" : ": " + cause);
    }
}
