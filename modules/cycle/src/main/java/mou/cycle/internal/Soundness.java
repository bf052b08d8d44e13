package mou.cycle.internal;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mou.core.cycle.Problem;
import mou.core.model.Deliverable;
import mou.core.model.Workspace;
import mou.core.spi.Extensions;
import mou.core.spi.WorkspaceRules;

/**
 * The store's rules across files ({@link WorkspaceRules}, the very code the store's load checks) on the
 * model of a changed workspace, so that no change saves a workspace that the next load finds errors in
 * (after which every command and page refuses it). Each error is said where the value will be written,
 * its file and JSON path, in the words the load uses. What a single file's reading checks (its fields'
 * kinds and bounds) the model's records check as they are made.
 */
final class Soundness {

    private Soundness() {
    }

    /**
     * A place in a file of the workspace: the file's root, or a key or an index of the place that holds it.
     * The JSON path is worked out only for a place that is reported (nearly none of those made).
     */
    record Place(String file, Place parent, String key, int index) {

        /** {@code file (path)}, or the file alone at its root. */
        String describe() {
            return parent == null ? file : file + " (" + path() + ")";
        }

        /** The JSON path where the value will be written, as the store's load names it (e.g. {@code $.goals[2].activities[0].id}). */
        String path() {
            if (parent == null) {
                return "$";
            }
            if (key == null) {
                return parent.path() + "[" + index + "]";
            }
            return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? parent.path() + "." + key
                    : parent.path() + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
        }
    }

    private static final WorkspaceRules.Places<Place> PLACES = new WorkspaceRules.Places<>() {
        @Override
        public Place key(Place at, String key) {
            return new Place(at.file(), at, key, -1);
        }

        @Override
        public Place item(Place at, int index) {
            return index(at, index); // a save writes every entry the model holds
        }

        @Override
        public Place index(Place at, int index) {
            return new Place(at.file(), at, null, index);
        }
    };

    /**
     * The errors of {@code changed} that {@code before} does not have, each once, in English and Spanish;
     * empty when the change leaves the workspace no worse. Checks {@code before} only when {@code changed}
     * has errors (a loaded workspace has none the store found).
     *
     * @param extensions the installed groups and deliverable types, or null: deliverables are then not checked
     */
    static List<Problem> added(Workspace before, Workspace changed, Extensions extensions) {
        Map<String, Problem> after = errors(changed, extensions, before);
        if (after.isEmpty()) {
            return List.of();
        }
        if (before != null) {
            errors(before, extensions, null).keySet().forEach(after::remove);
        }
        return List.copyOf(after.values());
    }

    /**
     * Every error of the workspace by its English words (which say where it is).
     *
     * @param checked a workspace whose deliverables (the very objects) are known to pass their type's check, or null
     */
    static Map<String, Problem> errors(Workspace ws, Extensions extensions, Workspace checked) {
        Set<Deliverable> valid = Collections.newSetFromMap(new IdentityHashMap<>());
        if (checked != null) {
            checked.plans().forEach(p -> p.activities().forEach(a -> valid.addAll(a.deliverables())));
        }
        Map<String, Problem> found = new LinkedHashMap<>();
        WorkspaceRules.check(ws, extensions, valid::contains, file -> new Place(file, null, null, -1), PLACES, Place::describe, (severity, at, message, es) -> {
            if (severity == mou.core.spi.Problem.Severity.ERROR) {
                String where = at.describe() + ": ";
                found.putIfAbsent(where + message, Problem.said(null, where + message, es == null ? null : where + es));
            }
        });
        return found;
    }
}
