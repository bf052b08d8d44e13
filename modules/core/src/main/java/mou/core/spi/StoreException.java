package mou.core.spi;

import java.io.IOException;

/**
 * A store's load or save that could not be done, with what happened and what to do in English
 * ({@link #getMessage()}, which the commands print) and in Spanish ({@link #messageEs()}, for pages in
 * Spanish) (since 1.6).
 */
public class StoreException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String messageEs;

    public StoreException(String message, String messageEs) {
        super(message);
        this.messageEs = messageEs;
    }

    /** What happened and what to do, in Spanish; null when it was said in English only. */
    public String messageEs() {
        return messageEs;
    }

    /** The message in {@code language} ({@code en} or {@code es}); English when it has no Spanish. */
    public String message(String language) {
        return mou.core.model.Text.in(language, getMessage(), messageEs);
    }
}
