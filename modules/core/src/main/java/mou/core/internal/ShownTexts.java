package mou.core.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mou.core.model.GroupYear;
import mou.core.model.Text;
import mou.core.model.Workspace;

/**
 * The workspace's texts that a year's report shows: those of the agreement, the organizations, the
 * related agreements, the program office's report of the year, the plan and the year of each group
 * that opened it, and the plan of each installed group that did not (its chapter shows its plan, with a
 * notice that it did not open the year). Found by walking the model's
 * records, so that a text added to the model later is found without a change here. Each instance once,
 * in the order of the model.
 */
public final class ShownTexts {

    private ShownTexts() {
    }

    /** The texts when no group is known to be installed: only the groups that opened the year have their plan shown. */
    public static List<Text> of(Workspace workspace, int year) {
        return of(workspace, year, Set.of());
    }

    /**
     * @param installed the ids of the installed working groups: each has a chapter, which shows its plan
     *        whether or not the group opened the year
     */
    public static List<Text> of(Workspace workspace, int year, Set<String> installed) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Text> texts = new ArrayList<>();
        walk(workspace.agreement(), seen, texts);
        walk(workspace.organizations(), seen, texts);
        walk(workspace.relatedAgreements(), seen, texts);
        walk(workspace.report(year).orElse(null), seen, texts);
        List<GroupYear> years = workspace.years().stream().filter(y -> y.year() == year).toList();
        for (GroupYear groupYear : years) {
            walk(workspace.plan(groupYear.groupId()).orElse(null), seen, texts);
            walk(groupYear, seen, texts);
        }
        // plans in the workspace's order, as their chapters are
        workspace.plans().stream().filter(plan -> installed.contains(plan.groupId()))
                .filter(plan -> years.stream().noneMatch(y -> y.groupId().equals(plan.groupId()))).forEach(plan -> walk(plan, seen, texts));
        return texts;
    }

    private static void walk(Object value, Set<Object> seen, List<Text> texts) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Text text) {
            if (seen.add(text)) {
                texts.add(text);
            }
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> walk(element, seen, texts));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> walk(element, seen, texts));
        } else if (value instanceof Record record && record.getClass().getPackageName().equals(Text.class.getPackageName())) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(record), seen, texts);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("the model's record " + record.getClass().getSimpleName() + " cannot be read", e);
                }
            }
        }
    }
}
