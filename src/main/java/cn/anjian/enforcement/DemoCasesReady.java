package cn.anjian.enforcement;

import java.util.List;

/**
 * Published on every start with demo data (after the demo cases exist): the demo cases, so other
 * modules' demo loaders (e.g. recording) can attach their demo data to them. Titles are stable.
 *
 * <p>The hearing penalty case ({@link #HEARING_CASE}) is taken the whole way by several modules' loaders, each
 * listening to this event with the {@code @Order} of its step (listeners run synchronously, in that order, before
 * the unordered ones): the case up to its hearing report, the enforcement item, the legal review with the collective
 * discussion, the decision through instalments paid, the recording module's records, closure and archiving.
 */
public record DemoCasesReady(List<CaseRef> cases) {

    /** The CASE-12 demo case whose fine carries hearing rights (not in {@link #cases()}: find it by title). */
    public static final String HEARING_CASE = "泽州县高都镇铸造厂未按规定对有限空间作业进行安全管理案（听证）";

    /** The order of the hearing case's steps ({@code @Order} of their listeners). */
    public static final int HEARING_CASE_OPENED = 10;
    public static final int HEARING_CASE_ITEM = 20;
    public static final int HEARING_CASE_OTHER_REVIEWS = 25;
    public static final int HEARING_CASE_REVIEWED = 30;
    public static final int HEARING_CASE_DECIDED = 40;
    public static final int HEARING_CASE_RECORDED = 50;
    public static final int HEARING_CASE_CLOSED = 60;
}
