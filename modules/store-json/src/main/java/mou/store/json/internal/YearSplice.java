package mou.store.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import mou.core.model.Assessment;
import mou.core.model.GroupYear;

/**
 * A group's year file worked out from the content this process last wrote for it, when the year to
 * save differs from the one that content was written from only in some of its assessments (a
 * rating): each changed assessment is merged into its element of the tree the content was written
 * from and written alone, and its bytes replace that element's in the content. The rest of the file
 * is not built, merged or written again.
 *
 * <p>The year before is the one the content was written from; the year to save may be made from it
 * (the web application's changes in turn) or read again from that content (equal parts). The result
 * is exactly what the whole save writes ({@link WorkspaceWriter#changes}): a merge of the
 * model into a tree it was itself merged into leaves that tree as it is (the merge keeps the file's own
 * keys where they stood and gives the model's keys the model's values), so the whole save would leave
 * every unchanged part as it stands in the content; and it matches a list's elements by their
 * {@code activityId} as this does. Anything else (an assessment added or removed, another part of the
 * year changed, an element the whole save would match otherwise) is left to the whole save.
 */
final class YearSplice {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LIST = "assessments";

    /** The new content, the tree it was written from and where its lists' elements are. */
    record Result(byte[] content, JsonNode tree, TreeWriter.Layout layout) {
    }

    private YearSplice() {
    }

    /**
     * @param content what this process last wrote for the file, written from {@code tree} and {@code before}
     * @return the content for {@code after}, or null when the change is not one of some assessments only
     */
    static Result of(byte[] content, JsonNode tree, TreeWriter.Layout layout, GroupYear before, GroupYear after) {
        if (layout == null || !(tree instanceof ObjectNode root) || !sameButAssessments(before, after)) {
            return null;
        }
        List<Assessment> was = before.assessments();
        List<Assessment> now = after.assessments();
        JsonNode list = root.get(LIST);
        int[] bounds = layout.of(LIST);
        if (was.size() != now.size() || !(list instanceof ArrayNode elements) || elements.size() != now.size() || bounds == null
                || bounds.length != 2 * now.size()) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (Assessment a : now) {
            // the whole save matches by id: an id given twice (or none) is matched otherwise than by position
            if (a.activityId() == null || !ids.add(a.activityId())) {
                return null;
            }
        }
        ArrayNode merged = null;
        int[] moved = new int[bounds.length];
        ByteArrayOutputStream out = null;
        int copied = 0;
        int shift = 0;
        for (int i = 0; i < now.size(); i++) {
            Assessment a = now.get(i);
            moved[2 * i] = bounds[2 * i] + shift;
            if (a != was.get(i) && !a.equals(was.get(i))) {
                JsonNode element = elements.get(i);
                if (!matchedBy(element, a.activityId()) || !a.activityId().equals(was.get(i).activityId())) {
                    return null;
                }
                JsonNode replaced = TreeMerger.merge(element, ModelTrees.assessment(a));
                byte[] bytes = TreeWriter.value(replaced, 2);
                if (merged == null) {
                    merged = NODES.arrayNode(elements.size());
                    elements.forEach(merged::add);
                    out = new ByteArrayOutputStream(content.length + 1024);
                }
                merged.set(i, replaced);
                out.write(content, copied, bounds[2 * i] - copied);
                out.write(bytes, 0, bytes.length);
                copied = bounds[2 * i + 1];
                shift += bytes.length - (bounds[2 * i + 1] - bounds[2 * i]);
            }
            moved[2 * i + 1] = bounds[2 * i + 1] + shift;
        }
        if (merged == null) {
            return new Result(content, tree, layout);
        }
        out.write(content, copied, content.length - copied);
        ObjectNode top = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            top.set(e.getKey(), e.getKey().equals(LIST) ? merged : e.getValue());
        }
        return new Result(out.toByteArray(), top, layout.moved(LIST, moved, bounds[bounds.length - 1], shift));
    }

    /** Whether the whole save would match the file's element with the model's assessment of {@code activityId} ({@code TreeMerger}'s ids). */
    private static boolean matchedBy(JsonNode element, String activityId) {
        if (!element.isObject()) {
            return false;
        }
        JsonNode id = element.get("id");
        JsonNode of = element.get("activityId");
        return (id == null || !id.isTextual()) && of != null && of.isTextual() && of.textValue().equals(activityId);
    }

    /**
     * Whether the two years are the same but for their assessments: the very same parts, as a change of
     * assessments leaves them, or equal ones (the year read again from the file written from it). Equal
     * parts make equal trees: the model's records compare every component.
     */
    private static boolean sameButAssessments(GroupYear before, GroupYear after) {
        return before.groupId() != null && before.groupId().equals(after.groupId()) && before.year() == after.year()
                && Objects.equals(before.narrative(), after.narrative()) && Objects.equals(before.metrics(), after.metrics())
                && Objects.equals(before.events(), after.events()) && Objects.equals(before.updates(), after.updates())
                && Objects.equals(before.review(), after.review());
    }
}
