package cn.anjian.mines.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.anjian.mines.MineKind;
import cn.anjian.mines.assessment.AssessmentRules.AccidentFact;
import cn.anjian.mines.assessment.AssessmentRules.Thresholds;
import cn.anjian.mines.assessment.AssessmentRules.YearFacts;
import cn.anjian.mines.assessment.WorkRecordFacts.CompletionRate;
import cn.anjian.mines.assessment.WorkRecordFacts.MajorFinding;
import cn.anjian.mines.assessment.WorkRecordFacts.MissedItemsInCheck;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** MA-01..MA-08 as pure rules: grades with every reason, linkage and rewards, the art. 38 ladders. */
class AssessmentRulesTests {

    static final Thresholds DEFAULT = new Thresholds(new BigDecimal("100"), new BigDecimal("90"));
    static final MajorFinding FOUND = new MajorFinding(LocalDate.of(2026, 4, 2), "重大事故隐患", "采空区积水未探放", true);

    /** A commissioner who meets every excellence criterion, to vary one thing at a time. */
    static YearFacts excellent() {
        return new YearFacts(2026, new CompletionRate(100, 100), List.of(), 3, 0, 0, List.of(FOUND), Ladders.of(List.of(), Set.of()));
    }

    static YearFacts with(YearFacts f, CompletionRate r) {
        return new YearFacts(f.year(), r, f.accidents(), f.tasks(), f.tasksFailed(), f.integrityViolations(), f.findings(), f.ladder());
    }

    static YearFacts with(YearFacts f, AccidentFact a) {
        return new YearFacts(f.year(), f.completion(), List.of(a), f.tasks(), f.tasksFailed(), f.integrityViolations(), f.findings(),
                f.ladder());
    }

    static AccidentFact accident(MineKind mine, AccidentLevel level, AccidentKind kind, boolean liability) {
        return new AccidentFact("测试煤业", mine, LocalDate.of(2026, 5, 6), level, kind, liability, false);
    }

    static MissedItemsInCheck check(String ref, int day, int mandatory, int spot) {
        return new MissedItemsInCheck(ref, LocalDate.of(2026, 3, day), "测试煤业", mandatory, spot);
    }

    @Test
    @DisplayName("MA-01 MA-02 every criterion met is excellent, and the explanation names each criterion")
    void excellentWithReasons() {
        AssessmentRules.Outcome o = AssessmentRules.assess(excellent(), DEFAULT);
        assertThat(o.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(o.explanation()).startsWith("优秀：").contains("必查任务完成率 100.0%（≥90%）").contains("所驻矿山 2026 年无较大及以上责任事故")
                .contains("发现并及时处置重大事故隐患");
        assertThat(o.criteria()).allMatch(AssessmentRules.Criterion::met);
    }

    @Test
    @DisplayName("MA-03 completion 89.9 % is unqualified, 90.0 % is qualified (the threshold is included)")
    void ninetyPercentBoundary() {
        AssessmentRules.Outcome below = AssessmentRules.assess(with(excellent(), new CompletionRate(1000, 899)), DEFAULT);
        AssessmentRules.Outcome at = AssessmentRules.assess(with(excellent(), new CompletionRate(1000, 900)), DEFAULT);
        assertThat(below.grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(below.explanation()).isEqualTo("不合格：必查任务完成率 89.9%（<90%）（完成 899 次，应完成 1000 次）");
        assertThat(at.grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(at.explanation()).startsWith("合格：").contains("必查任务完成率 90.0%（≥90%）");
    }

    @Test
    @DisplayName("MA-02 99.9 % of the required checks is not excellent; a year without required checks counts as complete")
    void excellentNeedsAll() {
        assertThat(AssessmentRules.assess(with(excellent(), new CompletionRate(1000, 999)), DEFAULT).grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(AssessmentRules.assess(with(excellent(), new CompletionRate(0, 0)), DEFAULT).grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    @DisplayName("MA-03 a 较大 liability accident is unqualified; an 一般 one (not systemic) only costs excellence")
    void largerVersusOrdinaryAccident() {
        YearFacts larger = with(excellent(), accident(MineKind.COAL, AccidentLevel.LARGER, AccidentKind.OTHER, true));
        YearFacts ordinary = with(excellent(), accident(MineKind.COAL, AccidentLevel.ORDINARY, AccidentKind.OTHER, true));
        assertThat(AssessmentRules.assess(larger, DEFAULT).grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(AssessmentRules.assess(larger, DEFAULT).explanation()).contains("发生较大及以上责任事故：测试煤业2026-05-06其他较大事故");
        assertThat(AssessmentRules.assess(ordinary, DEFAULT).grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(AssessmentRules.assess(ordinary, DEFAULT).explanation()).contains("发生生产安全责任事故");
    }

    @Test
    @DisplayName("MA-03 a systemic-risk accident of the mine kind is unqualified (coal roof), another kind's is not (open pit roof)")
    void systemicRisks() {
        assertThat(AssessmentRules.assess(with(excellent(), accident(MineKind.COAL, AccidentLevel.ORDINARY, AccidentKind.ROOF, false)),
                DEFAULT).grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(AssessmentRules.assess(with(excellent(), accident(MineKind.OPEN_PIT_NON_COAL, AccidentLevel.ORDINARY,
                AccidentKind.ROOF, false)), DEFAULT).grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(AccidentKind.systemic(MineKind.TAILINGS_POND)).containsExactly(AccidentKind.DAM_FAILURE);
        assertThat(AccidentKind.systemic(MineKind.UNDERGROUND_NON_COAL)).containsExactlyInAnyOrder(AccidentKind.ROOF,
                AccidentKind.FIRE, AccidentKind.WATER);
    }

    @Test
    @DisplayName("MA-03 an integrity violation or a task not completed is unqualified; MA-02 no major finding is only qualified")
    void integrityTasksFindings() {
        YearFacts f = excellent();
        assertThat(AssessmentRules.assess(new YearFacts(2026, f.completion(), List.of(), 3, 0, 1, f.findings(), f.ladder()), DEFAULT)
                .grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(AssessmentRules.assess(new YearFacts(2026, f.completion(), List.of(), 3, 1, 0, f.findings(), f.ladder()), DEFAULT)
                .grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(AssessmentRules.assess(new YearFacts(2026, f.completion(), List.of(), 3, 0, 0, List.of(), f.ladder()), DEFAULT)
                .grade()).isEqualTo(Grade.QUALIFIED);
    }

    @Test
    @DisplayName("MA-04 an unqualified year followed by another: 基本称职 or 不称职; one unqualified year only bars excellence")
    void unqualifiedTwice() {
        assertThat(Linkage.of(Grade.UNQUALIFIED, List.of(Grade.UNQUALIFIED)).appraisal()).contains("基本称职").contains("不称职");
        assertThat(Linkage.of(Grade.UNQUALIFIED, List.of(Grade.QUALIFIED)).appraisal()).isEqualTo("年度考核不得评定为优秀等次");
        assertThat(Linkage.of(Grade.UNQUALIFIED, List.of()).appraisal()).isEqualTo("年度考核不得评定为优秀等次");
        assertThat(Linkage.of(Grade.EXCELLENT, List.of()).appraisal()).contains("不占用派出单位优秀等次名额");
    }

    @Test
    @DisplayName("MA-05 rewards for excellent and qualified; an award recommendation after the 3rd consecutive excellent year only")
    void rewards() {
        assertThat(Linkage.of(Grade.QUALIFIED, List.of()).reward()).contains("物质奖励");
        assertThat(Linkage.of(Grade.UNQUALIFIED, List.of()).reward()).isEqualTo("不予物质奖励");
        assertThat(Linkage.of(Grade.EXCELLENT, List.of(Grade.EXCELLENT, Grade.EXCELLENT)).award()).contains("连续 3 年考核优秀");
        assertThat(Linkage.of(Grade.EXCELLENT, List.of(Grade.EXCELLENT)).award()).isEmpty();
        assertThat(Linkage.of(Grade.EXCELLENT, List.of(Grade.EXCELLENT, Grade.QUALIFIED)).award()).isEmpty();
    }

    @Test
    @DisplayName("MA-06 the first missed mandatory item: notice of criticism and loss of excellence; again: admonishment or removal")
    void mandatoryLadder() {
        Ladders.Ladder none = Ladders.of(List.of(), Set.of());
        assertThat(none.risks()).contains("再漏查 1 项必查内容将丧失评优资格（通报批评）");
        Ladders.Ladder l = Ladders.of(List.of(check("A", 2, 1, 0), check("B", 9, 2, 0)), Set.of());
        assertThat(l.rungs()).extracting(Ladders.Rung::measure).containsExactly("通报批评、取消当年评优资格", "诫勉或调离工作岗位");
        assertThat(l.losesExcellence()).isTrue();
        YearFacts f = excellent();
        assertThat(AssessmentRules.assess(new YearFacts(2026, f.completion(), List.of(), 3, 0, 0, f.findings(),
                Ladders.of(List.of(check("A", 2, 1, 0)), Set.of())), DEFAULT).grade()).isEqualTo(Grade.QUALIFIED);
    }

    @Test
    @DisplayName("MA-07 the 3rd occurrence of ≤3 missed spot items is a notice of criticism (1st talk, 2nd criticism)")
    void fewSpotItemsThird() {
        Ladders.Ladder l = Ladders.of(List.of(check("A", 2, 0, 1), check("B", 3, 0, 3), check("C", 4, 0, 2), check("D", 5, 0, 1)), Set.of());
        assertThat(l.rungs()).extracting(Ladders.Rung::measure)
                .containsExactly("谈话提醒", "批评教育、责令检查", "通报批评", "通报批评");
        assertThat(l.rungs()).extracting(Ladders.Rung::occurrence).containsExactly(1, 2, 3, 4);
        assertThat(l.losesExcellence()).isFalse();
    }

    @Test
    @DisplayName("MA-08 3 missed spot items in one check are on the ≤3 ladder, 4 on the >3 ladder; its 2nd costs excellence")
    void threeVersusFourSpotItems() {
        Ladders.Ladder three = Ladders.of(List.of(check("A", 2, 0, 3)), Set.of());
        Ladders.Ladder four = Ladders.of(List.of(check("A", 2, 0, 4)), Set.of());
        assertThat(three.rungs().get(0).track()).isEqualTo(Ladders.Track.SPOT_FEW);
        assertThat(three.rungs().get(0).measure()).isEqualTo("谈话提醒");
        assertThat(four.rungs().get(0).track()).isEqualTo(Ladders.Track.SPOT_MANY);
        assertThat(four.rungs().get(0).measure()).isEqualTo("批评教育、责令检查");
        Ladders.Ladder second = Ladders.of(List.of(check("A", 2, 0, 4), check("B", 3, 0, 5), check("C", 4, 0, 9)), Set.of());
        assertThat(second.rungs()).extracting(Ladders.Rung::measure)
                .containsExactly("批评教育、责令检查", "通报批评、取消当年评优资格", "诫勉或调离工作岗位");
        assertThat(Ladders.of(List.of(check("A", 2, 0, 4)), Set.of()).risks()).anyMatch(r -> r.contains("并丧失评优资格"));
    }

    @Test
    @DisplayName("MA-09 an exempted occurrence is listed but not counted: the next one is the 1st")
    void exemptedNotCounted() {
        Ladders.Ladder l = Ladders.of(List.of(check("A", 2, 1, 0), check("B", 3, 1, 0)), Set.of("A"));
        assertThat(l.rungs()).extracting(Ladders.Rung::exempted).containsExactly(true, false);
        assertThat(l.rungs().get(1).measure()).isEqualTo("通报批评、取消当年评优资格");
        assertThat(l.mandatory()).isEqualTo(1);
    }

    @Test
    @DisplayName("MA-01 the same facts give the same stored result (a re-run is identical)")
    void idempotent() {
        List<AssessmentRules.Outcome> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(AssessmentRules.assess(with(excellent(), new CompletionRate(93, 87)), DEFAULT));
        }
        assertThat(runs).extracting(AssessmentRules.Outcome::stored).containsOnly(runs.get(0).stored());
        assertThat(runs.get(0).criteria()).isEqualTo(List.of(runs.get(0).stored().split("\n")).stream()
                .map(AssessmentRules.Criterion::parse).toList());
    }
}
