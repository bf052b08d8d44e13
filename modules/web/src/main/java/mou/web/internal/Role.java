package mou.web.internal;

import java.util.Arrays;
import java.util.Optional;

/** What a person may do in the web application; kept with each account in the workspace. */
enum Role {
    /** Reviews, returns, approves and publishes; edits plans; reads everything. */
    PROGRAM_OFFICE("program-office"),
    /** Edits and submits the year of their own group(s); reads everything. */
    MEMBER("member"),
    /** Reads everything, changes nothing. */
    READER("reader");

    /** The role's name in the accounts file and on the command line. */
    final String id;

    Role(String id) {
        this.id = id;
    }

    static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
