package mou.core.internal.types;

import static mou.core.spi.AttributeSpec.Kind.COUNTS;
import static mou.core.spi.AttributeSpec.Kind.DATE;
import static mou.core.spi.AttributeSpec.Kind.INTEGER;
import static mou.core.spi.AttributeSpec.Kind.ORGANIZATIONS;
import static mou.core.spi.AttributeSpec.Kind.PERCENT;
import static mou.core.spi.AttributeSpec.Kind.TEXT;
import static mou.core.spi.AttributeSpec.Kind.TEXT_LIST;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mou.core.model.Text;
import mou.core.spi.AttributeProblem;
import mou.core.spi.AttributeSpec;
import mou.core.spi.DeliverableType;
import org.osgi.service.component.annotations.Component;

/** A training course: when and where, who was trained, instructors by agency, classroom and field shares. */
@Component(service = DeliverableType.class)
public final class TrainingCourseType extends BasicDeliverableType {

    public TrainingCourseType() {
        super("training-course", Text.of("Training course", "Curso de capacitación"), List.of(
                AttributeSpec.of("date", "Dates", "Fechas", DATE),
                AttributeSpec.of("place", "Place", "Lugar", TEXT),
                AttributeSpec.of("participants", "Participants", "Participantes", INTEGER),
                AttributeSpec.of("trainees", "Trainees", "Personas capacitadas", TEXT),
                AttributeSpec.of("instructors", "Instructors", "Instructores", COUNTS),
                AttributeSpec.of("classroomPercent", "Classroom", "Aula", PERCENT),
                AttributeSpec.of("fieldPercent", "Field", "Campo", PERCENT),
                AttributeSpec.of("topics", "Topics", "Temas", TEXT_LIST),
                AttributeSpec.of("organizations", "Organizations", "Organizaciones", ORGANIZATIONS)));
    }

    /** Beyond each attribute's own check: the classroom and field shares, when both given, make 100%. */
    @Override
    public List<AttributeProblem> validate(Map<String, Object> attributes) {
        List<AttributeProblem> problems = new ArrayList<>(super.validate(attributes));
        if (attributes.get("classroomPercent") instanceof Number classroom && attributes.get("fieldPercent") instanceof Number field
                && Math.abs(classroom.doubleValue() + field.doubleValue() - 100) > 0.001) {
            problems.add(AttributeProblem.error("fieldPercent", "classroomPercent (" + classroom + ") and fieldPercent ("
                    + field + ") must add up to 100", "classroomPercent (" + classroom + ") y fieldPercent (" + field + ") deben sumar 100"));
        }
        return problems;
    }
}
