package mou.cycle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The options of every command are read by mou.core.command.Args (tested in the core); the cells of sheets are named here. */
class TablesTest {

    @Test
    void cellsAreNamedAsSpreadsheetsNameThem() {
        assertThat(Tables.columnName(0)).isEqualTo("A");
        assertThat(Tables.columnName(25)).isEqualTo("Z");
        assertThat(Tables.columnName(26)).isEqualTo("AA");
        assertThat(new Tables.Read("Figures", List.of()).ref(6, 2)).isEqualTo("Figures!C7");
    }
}
