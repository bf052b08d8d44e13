package mou.core.cycle;

import java.util.List;

/**
 * A column of a group's year as a sheet.
 *
 * @param header its heading (the first row)
 * @param fill whether the group fills it in; else it comes from the plan and is read-only
 * @param choices the values a drop-down offers, or empty
 * @param numeric whether its values are numbers
 * @param width how wide it is shown, in characters
 */
public record SheetColumn(String header, boolean fill, List<String> choices, boolean numeric, int width) {

    public SheetColumn {
        choices = List.copyOf(choices);
    }
}
