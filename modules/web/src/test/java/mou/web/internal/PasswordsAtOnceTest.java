package mou.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins that arrive together do not compute their hashes all at once: each takes 19 MiB, and thirty
 * of them took serve's whole heap (160 MB), failing them with a 500 page, and a first sign-in that met
 * the exhausted heap while Bouncy Castle's classes were initialised left every later one failing.
 */
class PasswordsAtOnceTest {

    @Test
    void hashesComputedTogetherStayWithinTheirMemory() throws Exception {
        String hash = Passwords.hash("correct horse battery".toCharArray(), Passwords.STANDARD);
        int threads = 12;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                boolean right = i % 2 == 0;
                checks.add(pool.submit(() -> {
                    together.await();
                    boolean verified = Passwords.verify((right ? "correct horse battery" : "wrong horse battery").toCharArray(), hash);
                    return verified == right;
                }));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).as("each check says what its password is").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        // the memory, not the number of hashes: other test classes' fixture accounts (8 KiB each) may be checked meanwhile
        assertThat(Passwords.mostMemoryAtOnceKib()).as("memory taken by the hashes computed at one moment")
                .isGreaterThanOrEqualTo(Passwords.MEMORY_KIB).isLessThanOrEqualTo(Passwords.MEMORY_AT_ONCE_KIB);
    }
}
