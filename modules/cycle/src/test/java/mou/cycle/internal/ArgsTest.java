package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static Args parse(String... words) throws CommandException {
        return Args.parse("rate", List.of(words), Set.of("--rationale", "--evidence"), Set.of("--evidence"), Set.of("--no-evidence"));
    }

    @Test
    void repeatableOptionsKeepEveryValueInOrderAndOthersTheirOne() throws CommandException {
        Args args = parse("aq-1-1", "moderate", "--evidence", "a.pdf", "--rationale=Because.", "--evidence", "https://x.org", "--", "--odd");

        assertThat(args.arguments()).containsExactly("aq-1-1", "moderate", "--odd");
        assertThat(args.values("--evidence")).containsExactly("a.pdf", "https://x.org");
        assertThat(args.value("--rationale")).contains("Because.");
        assertThat(args.flag("--no-evidence")).isFalse();
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatToType() {
        assertThatThrownBy(() -> parse("--rationale", "a", "--rationale", "b")).isInstanceOfSatisfying(CommandException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(Status.USAGE);
                    assertThat(e.getMessage()).isEqualTo("rate: --rationale is given twice; give it once");
                });
        assertThatThrownBy(() -> parse("--rationale")).hasMessageContaining("--rationale needs a value");
        assertThatThrownBy(() -> parse("--level", "x")).hasMessageContaining("unknown option '--level'; options: --evidence, --help");
        assertThatThrownBy(() -> parse("--no-evidence=yes")).hasMessageContaining("--no-evidence takes no value");
        assertThatThrownBy(() -> parse("a").expect(2, "rate ACTIVITY-ID LEVEL")).hasMessageContaining("missing arguments; usage: rate ACTIVITY-ID LEVEL");
    }

    @Test
    void cellsAreNamedAsSpreadsheetsNameThem() {
        assertThat(Tables.columnName(0)).isEqualTo("A");
        assertThat(Tables.columnName(25)).isEqualTo("Z");
        assertThat(Tables.columnName(26)).isEqualTo("AA");
        assertThat(new Tables.Read("Figures", List.of()).ref(6, 2)).isEqualTo("Figures!C7");
    }
}
