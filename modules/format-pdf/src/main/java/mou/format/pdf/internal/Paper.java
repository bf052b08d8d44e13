package mou.format.pdf.internal;

/** The page sizes the publication is laid out on: US Letter by default, ISO A4 on request. */
enum Paper {
    LETTER("letter"),
    A4("A4");

    private final String css;

    Paper(String css) {
        this.css = css;
    }

    /** The size as CSS {@code @page size} names it. */
    String css() {
        return css;
    }
}
