package mou.testfixtures;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that `mvn -B verify` leaves out and `mvn -B verify -Pslow` runs (CI runs both; README,
 * "Tests"): one that starts whole processes (the launcher as `./mou` runs it, `serve` with headless
 * Chromium, processes killed on purpose), checks the PDF publication of the whole shipped report, or
 * runs the benchmark. The JUnit tag is {@value #TAG}; the parent pom selects by it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag of the slow tests. */
    String TAG = "slow";
}
