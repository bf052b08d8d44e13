package mou.web.internal;

import java.util.Set;

/**
 * A signed-in person: the name recorded in the history with each change they make, their role,
 * and for a member the working groups (by id) whose year they edit and submit.
 */
record User(String name, Role role, Set<String> groups) {

    User {
        groups = Set.copyOf(groups);
    }

    boolean office() {
        return role == Role.PROGRAM_OFFICE;
    }

    /** A member of this group (the program office is not a member of any group). */
    boolean memberOf(String groupId) {
        return role == Role.MEMBER && groups.contains(groupId);
    }

    /** Whether they change this group's year: its members do, and the program office. */
    boolean mayEdit(String groupId) {
        return office() || memberOf(groupId);
    }
}
