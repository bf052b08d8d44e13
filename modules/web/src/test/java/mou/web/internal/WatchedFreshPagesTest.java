package mou.web.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link FreshPagesTest} with the change signal of a server ({@link WorkspaceWatch}) in place of the look at every file. */
class WatchedFreshPagesTest extends FreshPagesTest {

    @BeforeEach
    @Override
    void setUp() throws Exception {
        super.setUp();
        web.watched();
    }

    @AfterEach
    void closeWatch() {
        web.app.snapshots.close();
    }
}
