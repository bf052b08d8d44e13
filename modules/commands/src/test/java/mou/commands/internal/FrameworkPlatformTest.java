package mou.commands.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameworkPlatformTest {

    @Test
    void theRootCauseOfAFailedActivationIsItsInnermostExceptionWithoutItsPackage() {
        String trace = """
                org.osgi.service.component.ComponentException: java.lang.reflect.InvocationTargetException
                \tat org.apache.felix.scr.impl.inject.internal.ComponentConstructorImpl.newInstance(ComponentConstructorImpl.java:300)
                Caused by: java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.IllegalStateException: no licence for this year: ask the program office
                \tat org.example.energy.internal.EnergyGroup.<init>(EnergyGroup.java:21)
                \t... 30 more
                """;

        assertThat(FrameworkPlatform.rootCause(trace)).isEqualTo("IllegalStateException: no licence for this year: ask the program office");
    }

    @Test
    void aTraceWithoutCauseGivesItsFirstLineAndNoTraceSaysSo() {
        assertThat(FrameworkPlatform.rootCause("java.lang.NullPointerException\n\tat x.Y.z(Y.java:1)")).isEqualTo("NullPointerException");
        assertThat(FrameworkPlatform.rootCause("the component could not be created")).isEqualTo("the component could not be created");
        assertThat(FrameworkPlatform.rootCause(null)).isEqualTo("no reason was given");
    }

    @Test
    void aPackageRequirementsFilterAsTheFrameworkWritesItReadsAsAVersionRange() {
        assertThat(FrameworkPlatform.range("(&(osgi.wiring.package=mou.core.spi)(version>=2.0.0)(!(version>=3.0.0)))")).isEqualTo("[2.0.0,3.0.0)");
        assertThat(FrameworkPlatform.range("(&(osgi.wiring.package=mou.core.spi)(version>=1.1.0))")).isEqualTo("1.1.0");
        assertThat(FrameworkPlatform.range("(&(osgi.wiring.package=p)(version>1.0.0)(version<=2.0.0))")).isEqualTo("(1.0.0,2.0.0]");
        assertThat(FrameworkPlatform.range("(osgi.wiring.package=p)")).isEqualTo("0.0.0");
        assertThat(FrameworkPlatform.range("(&(osgi.wiring.package=p)(!(version>=3.0.0)))")).isEqualTo("[0.0.0,3.0.0)");
    }
}
