package cn.anjian.enforcement.cases;

import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.TeamRules.Candidate;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The team and stage rules as pure functions (no Spring). */
class CaseRulesTests {

    static Candidate officer(long id, TeamRole role) {
        return new Candidate(id, "执法员" + id, role, true, false, false, List.of());
    }

    static Candidate inspector(long id, TeamRole role) {
        return new Candidate(id, "检查员" + id, role, false, true, false, List.of("不是执法人员"));
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("CASE-02 TI-10 a team with one certified officer plus one inspector is refused (pure rule)")
    void oneOfficerPlusInspector() {
        assertThatThrownBy(() -> TeamRules.check(List.of(officer(1, TeamRole.LEADER), inspector(2, TeamRole.ASSISTANT))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("至少须有 2 名").hasMessageContaining("技术检查员不计入");
        assertThatThrownBy(() -> TeamRules.check(List.of(officer(1, TeamRole.LEADER), inspector(2, TeamRole.MEMBER))))
                .hasMessageContaining("只能作为辅助人员");
        assertThatCode(() -> TeamRules.check(List.of(officer(1, TeamRole.LEADER), officer(2, TeamRole.MEMBER),
                inspector(3, TeamRole.ASSISTANT)))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("CASE-02 one leader, no duplicates, no conflicted member, no uncertified officer")
    void teamShape() {
        assertThatThrownBy(() -> TeamRules.check(List.of(officer(1, TeamRole.MEMBER), officer(2, TeamRole.MEMBER))))
                .hasMessageContaining("主办人");
        assertThatThrownBy(() -> TeamRules.check(List.of(officer(1, TeamRole.LEADER), officer(1, TeamRole.MEMBER))))
                .hasMessageContaining("重复");
        assertThatThrownBy(() -> TeamRules.check(List.of(officer(1, TeamRole.LEADER),
                new Candidate(2, "回避者", TeamRole.MEMBER, true, false, true, List.of()))))
                .hasMessageContaining("回避");
        assertThatThrownBy(() -> TeamRules.check(List.of(officer(1, TeamRole.LEADER),
                new Candidate(2, "无证者", TeamRole.MEMBER, false, false, false, List.of("执法证已过期")))))
                .hasMessageContaining("执法证已过期");
        assertThatThrownBy(() -> TeamRules.check(List.of())).hasMessageContaining("至少");
    }

    @Test
    @DisplayName("CASE-03 stages advance one at a time; only an inspection without decision skips to closure, with a reason")
    void stageOrder() {
        assertThatCode(() -> StageRules.check(CaseKind.PENALTY, CaseStage.INITIATION, CaseStage.INVESTIGATION, false, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StageRules.check(CaseKind.PENALTY, CaseStage.INITIATION, CaseStage.DECISION, false, null))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-ORDER"));
        assertThatThrownBy(() -> StageRules.check(CaseKind.PENALTY, CaseStage.SERVICE, CaseStage.DECISION, true, null))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-ORDER"));
        assertThatThrownBy(() -> StageRules.check(CaseKind.PENALTY, CaseStage.DECISION, CaseStage.SERVICE, false, null))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-NO-DECISION"));
        assertThatCode(() -> StageRules.check(CaseKind.PENALTY, CaseStage.DECISION, CaseStage.SERVICE, true, null))
                .doesNotThrowAnyException();
        // the skip
        assertThatThrownBy(() -> StageRules.check(CaseKind.PENALTY, CaseStage.DECISION, CaseStage.CLOSURE, false, "无"))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-SKIP"));
        assertThatThrownBy(() -> StageRules.check(CaseKind.INSPECTION, CaseStage.DECISION, CaseStage.CLOSURE, false, " "))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-SKIP-REASON"));
        assertThatThrownBy(() -> StageRules.check(CaseKind.INSPECTION, CaseStage.DECISION, CaseStage.CLOSURE, true, "理由"))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-SKIP"));
        assertThatCode(() -> StageRules.check(CaseKind.INSPECTION, CaseStage.DECISION, CaseStage.CLOSURE, false, "未发现问题"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StageRules.check(CaseKind.INSPECTION, CaseStage.INVESTIGATION, CaseStage.CLOSURE, false, "理由"))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-ORDER"));
        assertThatThrownBy(() -> StageRules.check(CaseKind.INSPECTION, CaseStage.ARCHIVED, CaseStage.ARCHIVED, false, null))
                .satisfies(t -> org.assertj.core.api.Assertions.assertThat(code(t)).isEqualTo("CASE-STAGE-FINAL"));
    }
}
