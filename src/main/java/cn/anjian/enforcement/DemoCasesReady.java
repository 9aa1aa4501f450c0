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

    /** Issue 10: the penalty cases opened for the legal-review demo (one review state each), before the reviews. */
    public static final int LEGAL_REVIEW_CASES_OPENED = 15;

    /** The legal-review demo cases by the state their review is taken to (found by title, not in {@link #cases()}). */
    public static final String REVIEW_EXTENDED = "泽州县巴公煤业未按规定开展安全风险辨识案（法审延期）";
    public static final String REVIEW_CORRECTED = "泽州县鑫源煤业安全监控系统数据造假案（法审纠正）";
    public static final String REVIEW_RE_REVIEW = "晋庙铺石灰岩矿未设置安全警示标志案（法审复核）";
    public static final String REVIEW_ESCALATED = "金村镇天然气加气站储气设施未定期检测案（法审报局长）";
    public static final String REVIEW_OVERDUE = "福盛钢铁煤气区域未配备报警仪案（法审逾期）";
    /** LR-14: undertaken by the bureau's entrusted enforcement institution (受委托执法机构). */
    public static final String REVIEW_ENTRUSTED = "川底乡石料厂未按规定保存爆破记录案（受委托执法机构）";
    public static final java.util.List<String> REVIEW_CASES = java.util.List.of(REVIEW_EXTENDED, REVIEW_CORRECTED,
            REVIEW_RE_REVIEW, REVIEW_ESCALATED, REVIEW_OVERDUE, REVIEW_ENTRUSTED);
}
