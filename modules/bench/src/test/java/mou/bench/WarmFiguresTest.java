package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The warm figures of a Measure run: medians over the passes after the cold one. */
class WarmFiguresTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Bench.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Bench.median(new double[] {4, 1, 3, 10})).isEqualTo(3.5);
        assertThat(Bench.median(new double[] {7})).isEqualTo(7);
    }

    @Test
    void warmFiguresLeaveTheColdPassOutAndTakeTheMedianOfTheTotals() {
        Map<String, String> r = new LinkedHashMap<>();
        pass(r, 1, 100, 50, 40);   // cold: 190, left out
        pass(r, 2, 30, 10, 20);    // 60
        pass(r, 3, 10, 12, 9);     // 31
        pass(r, 4, 12, 11, 10);    // 33

        Bench.addWarm(r);

        assertThat(r.get("passes")).isEqualTo("4");
        assertThat(r.get("w_load_ms")).isEqualTo("12.0");
        assertThat(r.get("w_assemble_ms")).isEqualTo("11.0");
        assertThat(r.get("w_render_ms")).isEqualTo("10.0");
        // the median of the totals 60, 31, 33, not the sum of the phases' medians (33 here too, by chance not in general)
        assertThat(r.get("w_total_ms")).isEqualTo("33.0");
    }

    @Test
    void aSinglePassHasNoWarmFigures() {
        Map<String, String> r = new LinkedHashMap<>();
        pass(r, 1, 100, 50, 40);

        Bench.addWarm(r);

        assertThat(r.get("passes")).isEqualTo("1");
        assertThat(r).doesNotContainKey("w_total_ms");
    }

    private static void pass(Map<String, String> r, int pass, double load, double assemble, double render) {
        String p = "p" + pass + "_";
        r.put(p + "wire_ms", "1");
        r.put(p + "load_ms", String.valueOf(load));
        r.put(p + "assemble_ms", String.valueOf(assemble));
        r.put(p + "render_html_ms", String.valueOf(render));
        r.put(p + "render_md_ms", String.valueOf(render));
        r.put(p + "render_json_ms", String.valueOf(render));
        r.put(p + "render_ms", String.valueOf(render));
    }
}
