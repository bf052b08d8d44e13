package mou.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PDF benchmark's arithmetic (its whole run is {@link PdfBenchIT}'s). */
class PdfBenchTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(PdfBench.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(PdfBench.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(PdfBench.median(new double[0])).isNaN();
    }
}
