package mou.web.internal;

/** Who may use an endpoint; checked by {@link WebApp} before the handler runs. */
enum Access {
    /** Anyone, signed in or not (the page itself shows an anonymous visitor only what is published). */
    PUBLIC,
    /** Anyone signed in: a reader, a member, the program office. */
    SIGNED_IN,
    /** A member of the group in the path's {@code {group}} part, or the program office. */
    GROUP_EDITOR,
    /** The program office only. */
    PROGRAM_OFFICE
}
