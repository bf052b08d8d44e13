package mou.cycle.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mou.core.cycle.Acting;
import mou.core.cycle.CycleException;
import mou.core.cycle.OpenYear;
import mou.core.internal.ReportFiles;
import mou.core.spi.Extensions;
import mou.testfixtures.TestStudyType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the cycle service's checks of a change share: a workspace with 2017 open, the
 * service with the groups and the study deliverable type installed (a deliverable of that type is
 * checked as the store checks it when its group is installed), and the workspace's files byte for byte.
 */
abstract class TypedServiceTest {

    @TempDir
    Path temp;

    Fixture f;
    CycleServiceImpl service;
    Extensions extensions;

    @BeforeEach
    void workspace() throws CycleException {
        f = new Fixture(temp);
        // the groups and the study type installed: a deliverable of that type is checked as the store checks it when its group is installed
        extensions = Extensions.forTest(Fixture.GROUPS_INSTALLED.groups(), List.of(new TestStudyType()), List.of());
        service = new CycleServiceImpl(f.store, Fixture.REPORTS,
                new ReportFiles(Fixture.EXTENSIONS), extensions, Clock.fixed(Fixture.NOW, ZoneOffset.UTC));
        service.openYear(new OpenYear(new Acting(f.data, "Office", null), 2017, null));
    }

    Acting ana() {
        return new Acting(f.data, "Ana", null);
    }

    /** Every file of the workspace, byte for byte. */
    Map<String, String> bytes() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(f.data)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(f.data.relativize(p).toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
