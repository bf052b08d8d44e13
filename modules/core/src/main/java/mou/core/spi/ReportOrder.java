package mou.core.spi;

/**
 * The landmarks of the combined report, as positions for {@link ReportSectionContributor#order()}.
 * They follow the published report: introduction, related agreements, the MOU and the Joint
 * Action Plan, executive summary, overarching goals, one chapter per group, final comments,
 * Progress Key. A contributor picks a number between two landmarks to place itself there.
 */
public final class ReportOrder {

    public static final double INTRODUCTION = 100;
    public static final double RELATED_AGREEMENTS = 200;
    public static final double AGREEMENT = 300;
    public static final double EXECUTIVE_SUMMARY = 400;
    public static final double AT_A_GLANCE = 450;
    public static final double OVERARCHING_GOALS = 500;
    /** Working-group chapters go from here up to {@link #FINAL_COMMENTS}; a group's own order sits in this range. */
    public static final double GROUP_CHAPTERS = 600;
    public static final double FINAL_COMMENTS = 900;
    public static final double PROGRESS_KEY = 950;
    public static final double APPENDICES = 1000;

    private ReportOrder() {
    }
}
