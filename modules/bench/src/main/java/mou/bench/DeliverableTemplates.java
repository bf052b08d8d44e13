package mou.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mou.core.model.Activity;
import mou.core.model.Deliverable;
import mou.core.model.OverarchingGoal;
import mou.core.model.WorkingGroupPlan;
import mou.core.model.Workspace;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;

/**
 * Attribute sets that the installed deliverable types accept: for each type a few variants, made
 * from the type's own {@link AttributeSpec}s (and from values the shipped workspace gives, where
 * there is one, so that closed vocabularies such as pollutants are met), then checked with the
 * type's own {@link DeliverableType#validate} and repaired until it reports nothing: an optional
 * attribute that draws a problem is left out, a required one is given its next candidate value.
 */
final class DeliverableTemplates {

    /** One usable type with its checked attribute sets. */
    record Template(DeliverableType type, List<Map<String, Object>> variants) {
    }

    private static final int VARIANTS = 4;
    private static final int CANDIDATES = 6;

    private final List<Template> templates = new ArrayList<>();
    private final List<String> unusable = new ArrayList<>();

    /**
     * @param types the installed deliverable types, in a stable order
     * @param examples a workspace whose deliverables give sample values, or null
     * @param organizations organization ids of the workspace that attributes may name (at least two)
     * @param firstYear the first year of the workspace, for dates
     * @param seed the generator's seed
     */
    DeliverableTemplates(List<DeliverableType> types, Workspace examples, List<String> organizations, int firstYear, long seed) {
        Map<String, Map<String, List<Object>>> samples = samples(examples);
        for (DeliverableType type : types) {
            Random random = new Random(seed * 31 + type.id().hashCode());
            List<Map<String, Object>> variants = new ArrayList<>();
            for (int v = 0; v < VARIANTS; v++) {
                Map<String, Object> attributes = variant(type, v, samples.getOrDefault(type.id(), Map.of()),
                        organizations, firstYear, random);
                if (attributes != null) {
                    variants.add(attributes);
                }
            }
            if (variants.isEmpty()) {
                unusable.add(type.id());
            } else {
                templates.add(new Template(type, List.copyOf(variants)));
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no installed deliverable type accepts the generated attributes: " + unusable);
        }
    }

    List<Template> templates() {
        return templates;
    }

    /** Types for which no attribute set passes the type's checks (left out of the workspace). */
    List<String> unusable() {
        return unusable;
    }

    private static Map<String, Object> variant(DeliverableType type, int v, Map<String, List<Object>> samples,
            List<String> organizations, int firstYear, Random random) {
        Map<String, List<Object>> candidates = new LinkedHashMap<>();
        Map<String, Integer> chosen = new LinkedHashMap<>();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (AttributeSpec spec : type.attributes()) {
            List<Object> values = new ArrayList<>();
            if (spec.kind() != AttributeSpec.Kind.ORGANIZATIONS && spec.kind() != AttributeSpec.Kind.COUNTS) {
                values.addAll(samples.getOrDefault(spec.name(), List.of()));
            }
            for (int c = 0; c < CANDIDATES; c++) {
                values.add(synthesise(spec, organizations, firstYear, v + c, random));
            }
            candidates.put(spec.name(), values);
            // the first variant gives every attribute, the others about two in three of the optional ones
            if (spec.required() || v == 0 || random.nextInt(3) > 0) {
                int start = values.isEmpty() ? 0 : (v % values.size());
                chosen.put(spec.name(), start);
                attributes.put(spec.name(), values.get(start));
            }
        }
        for (int round = 0; round < 40; round++) {
            List<AttributeProblem> problems = type.validate(attributes);
            if (problems.isEmpty()) {
                return attributes;
            }
            for (AttributeProblem p : problems) {
                String name = p.attribute() == null ? "" : p.attribute().split("/")[0];
                AttributeSpec spec = type.attributes().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
                if (spec == null) {
                    if (!attributes.containsKey(name)) {
                        return null; // a problem we cannot place: give up on this variant
                    }
                    attributes.remove(name);
                } else if (!spec.required()) {
                    attributes.remove(name);
                } else {
                    List<Object> values = candidates.get(name);
                    int next = chosen.getOrDefault(name, -1) + 1;
                    if (next >= values.size()) {
                        return null;
                    }
                    chosen.put(name, next);
                    attributes.put(name, values.get(next));
                }
            }
        }
        return null;
    }

    private static Object synthesise(AttributeSpec spec, List<String> organizations, int firstYear, int n, Random random) {
        Words words = new Words(random);
        String org1 = organizations.get(n % organizations.size());
        String org2 = organizations.get((n + 1) % organizations.size());
        return switch (spec.kind()) {
            case TEXT -> words.phrase();
            case TEXT_LIST -> List.of(words.phrase(), words.phrase());
            case INTEGER -> 1 + random.nextInt(60);
            case NUMBER -> 1 + random.nextInt(20);
            case MONEY -> 1000 * (10 + random.nextInt(500));
            case PERCENT -> random.nextInt(101);
            case DATE -> String.format(java.util.Locale.ROOT, "%d-%02d", firstYear + random.nextInt(3), 1 + random.nextInt(12));
            case BOOLEAN -> random.nextBoolean();
            case CHOICE -> spec.allowed().isEmpty() ? words.phrase() : spec.allowed().get((n + random.nextInt(spec.allowed().size())) % spec.allowed().size());
            case QUANTITY -> {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("value", 10 * (1 + random.nextInt(900)));
                q.put("unit", spec.unit() != null ? spec.unit() : "m3");
                yield q;
            }
            case ORGANIZATIONS -> List.of(org1, org2);
            case COUNTS -> {
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put(org1, 1 + random.nextInt(20));
                counts.put(org2, 1 + random.nextInt(20));
                yield counts;
            }
            case URL -> "https://example.org/mou/" + spec.name().toLowerCase(java.util.Locale.ROOT) + "/" + n;
        };
    }

    /** Values given for each type's attributes in a workspace: type id, attribute name, values in file order. */
    private static Map<String, Map<String, List<Object>>> samples(Workspace examples) {
        Map<String, Map<String, List<Object>>> samples = new LinkedHashMap<>();
        if (examples == null) {
            return samples;
        }
        for (WorkingGroupPlan plan : examples.plans()) {
            for (OverarchingGoal goal : plan.goals()) {
                for (Activity activity : goal.activities()) {
                    for (Deliverable d : activity.deliverables()) {
                        d.attributes().forEach((name, value) -> samples.computeIfAbsent(d.type(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(name, k -> new ArrayList<>()).add(value));
                    }
                }
            }
        }
        return samples;
    }
}
