package mou.web.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gzip form of bytes kept between requests (a report page): compressed once, never for a
 * request, on a thread of its own, so that no request waits for it (the one after a change that
 * made the page least of all): until it is ready the body goes uncompressed.
 */
final class KeptGzip {

    /** Up to this size a body is compressed on the asking thread (tests); by default none is. */
    static final int AT_ONCE = 0;
    /** How long the background thread waits for more work before it ends. */
    static final long IDLE_SECONDS = 2;
    /**
     * One thread at most, which ends after a few idle seconds: none is left behind (holding this
     * bundle's classes) when the web bundle is stopped or updated.
     */
    private static final ExecutorService BACKGROUND = new ThreadPoolExecutor(0, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
                Thread t = new Thread(r, "mou-web-gzip");
                t.setDaemon(true);
                return t;
            });

    private final byte[] body;
    private final int atOnce;
    private final AtomicReference<byte[]> made = new AtomicReference<>();
    private final AtomicBoolean started = new AtomicBoolean();

    KeptGzip(byte[] body) {
        this(body, AT_ONCE);
    }

    KeptGzip(byte[] body, int atOnce) {
        this.body = body;
        this.atOnce = atOnce;
    }

    /** The body's gzip form, or null while it is being made (then the body goes as it is). */
    byte[] now() {
        byte[] done = made.get();
        if (done != null || !started.compareAndSet(false, true)) {
            return done;
        }
        if (body.length <= atOnce) {
            made.set(Response.gzip(body));
        } else {
            BACKGROUND.execute(() -> made.set(Response.gzip(body)));
        }
        return made.get();
    }
}
