package mou.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mou.core.spi.PluginFailure.Kind;
import org.junit.jupiter.api.Test;

/** A plugin failure in words, in the language of the page or report that shows it. */
class PluginFailureTest {

    private static final List<PluginFailure> EVERY_KIND = List.of(
            new PluginFailure("org.example.group-energy 1.0.0", "energy", "energy", Kind.NOT_ACTIVE, "the bundle is not resolved"),
            new PluginFailure("org.example.group-energy 1.0.0", "energy", "EnergyGroup", Kind.NOT_ACTIVATED, "IllegalStateException: no data"),
            new PluginFailure("org.example.group-energy 1.0.0", null, "EnergyGroup", Kind.UNSATISFIED, null),
            new PluginFailure("org.example.group-energy 1.0.0", "energy", "energy.chapter", Kind.SECTION_FAILED, "IllegalStateException: down"),
            new PluginFailure(null, "energy", "energy.chapter", Kind.SECTION_TIMED_OUT, ""),
            new PluginFailure(null, "energy", "energy", Kind.NOT_INSTALLED, null));

    @Test
    void inEnglishEachKindSaysWhoWhatAndWhy() {
        assertThat(EVERY_KIND.stream().map(f -> f.describe("en"))).containsExactly(
                "org.example.group-energy 1.0.0 (group energy): is not active: the bundle is not resolved",
                "org.example.group-energy 1.0.0 (group energy): component EnergyGroup failed to activate: IllegalStateException: no data",
                "org.example.group-energy 1.0.0: component EnergyGroup is not satisfied",
                "org.example.group-energy 1.0.0 (group energy): section energy.chapter failed: IllegalStateException: down",
                "group energy: section energy.chapter did not finish in time",
                "group energy: no plugin is installed for it, though the workspace has its data");
        assertThat(EVERY_KIND).allSatisfy(f -> assertThat(f.describe()).isEqualTo(f.describe("en")));
    }

    @Test
    void inSpanishEachKindSaysWhoAndWhatInSpanishAndTheCauseAsGiven() {
        assertThat(EVERY_KIND.stream().map(f -> f.describe("es"))).containsExactly(
                "org.example.group-energy 1.0.0 (grupo energy): no está activo: the bundle is not resolved",
                "org.example.group-energy 1.0.0 (grupo energy): su componente EnergyGroup no se pudo activar: IllegalStateException: no data",
                "org.example.group-energy 1.0.0: su componente EnergyGroup espera un servicio o una configuración que no está",
                "org.example.group-energy 1.0.0 (grupo energy): su sección energy.chapter falló: IllegalStateException: down",
                "el grupo energy: su sección energy.chapter no terminó a tiempo",
                "el grupo energy: no hay ningún plugin instalado para él, aunque el espacio de trabajo tiene sus datos");
    }

    @Test
    void aLanguageWithoutItsWordsGetsTheEnglish() {
        assertThat(EVERY_KIND).allSatisfy(f -> assertThat(f.describe("fr")).isEqualTo(f.describe()));
        assertThat(EVERY_KIND).allSatisfy(f -> assertThat(f.describe(null)).isEqualTo(f.describe()));
    }
}
