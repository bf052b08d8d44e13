package mou.store.json.internal;

import java.util.List;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import mou.core.spi.Extensions;
import mou.core.spi.ReportSectionContributor;
import mou.core.spi.WorkingGroupPlugin;

/** What a test says is installed: at most one working group (air quality) with types of its own, and one common type. */
final class TestExtensions {

    /** A common type with no attributes, as the core would contribute. */
    static final DeliverableType INFORMATION_EXCHANGE = new DeliverableType() {
        @Override
        public String id() {
            return "information-exchange";
        }

        @Override
        public Text label() {
            return Text.of("Information exchange");
        }

        @Override
        public List<AttributeSpec> attributes() {
            return List.of();
        }
    };

    /** The air-quality group's own type, with an attribute of each kind the store looks into. */
    static final DeliverableType MONITORING_STUDY = new DeliverableType() {
        @Override
        public String id() {
            return "monitoring-study";
        }

        @Override
        public Text label() {
            return Text.of("Monitoring study");
        }

        @Override
        public List<AttributeSpec> attributes() {
            return List.of(
                    AttributeSpec.required("pollutant", "Pollutant", AttributeSpec.Kind.TEXT),
                    AttributeSpec.of("sites", "Sites", AttributeSpec.Kind.INTEGER),
                    AttributeSpec.of("startDate", "Since", AttributeSpec.Kind.DATE),
                    AttributeSpec.of("agencies", "Agencies", AttributeSpec.Kind.ORGANIZATIONS),
                    AttributeSpec.of("instructors", "Instructors", AttributeSpec.Kind.COUNTS));
        }
    };

    /**
     * A type with checks of its own: it reports problems below an attribute ({@code sessions/1}), and
     * fails outright (a plugin bug) when asked to.
     */
    static final DeliverableType TRAINING = new DeliverableType() {
        @Override
        public String id() {
            return "training";
        }

        @Override
        public Text label() {
            return Text.of("Training");
        }

        @Override
        public List<AttributeSpec> attributes() {
            return List.of(AttributeSpec.of("sessions", "Sessions", AttributeSpec.Kind.TEXT_LIST),
                    AttributeSpec.of("explode", "Explode", AttributeSpec.Kind.BOOLEAN));
        }

        @Override
        public List<AttributeProblem> validate(java.util.Map<String, Object> attributes) {
            if (Boolean.TRUE.equals(attributes.get("explode"))) {
                throw new IllegalStateException("bug in the plugin");
            }
            List<AttributeProblem> problems = new java.util.ArrayList<>(DeliverableType.super.validate(attributes));
            if (attributes.get("sessions") instanceof List<?> sessions) {
                for (int i = 0; i < sessions.size(); i++) {
                    if ("".equals(sessions.get(i))) {
                        problems.add(AttributeProblem.error("sessions/" + i, "a session needs a name"));
                    }
                }
            }
            return problems;
        }
    };

    static final WorkingGroupPlugin AIR_QUALITY = new WorkingGroupPlugin() {
        @Override
        public String id() {
            return "air-quality";
        }

        @Override
        public Text name() {
            return Text.of("Air Quality Working Group");
        }

        @Override
        public Text topic() {
            return Text.of("Cooperation on Air Quality");
        }

        @Override
        public double order() {
            return 610;
        }

        @Override
        public List<String> memberOrganizations() {
            return List.of("carb", "semarnat", "spa");
        }

        @Override
        public List<DeliverableType> deliverableTypes() {
            return List.of(MONITORING_STUDY, TRAINING);
        }

        @Override
        public List<ReportSectionContributor> sections() {
            return List.of();
        }
    };

    private TestExtensions() {
    }

    /** Air quality installed; water (also in the test workspace) not. */
    static Extensions airQuality() {
        return Extensions.forTest(List.of(AIR_QUALITY), List.of(INFORMATION_EXCHANGE), List.of());
    }

    /** No working group installed: only the common types. */
    static Extensions noGroups() {
        return Extensions.forTest(List.of(), List.of(INFORMATION_EXCHANGE), List.of());
    }
}
