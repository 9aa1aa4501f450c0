package cn.anjian.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.org.EscalationRoute.Status;
import cn.anjian.org.EscalationRoute.Step;
import cn.anjian.org.EscalationRoute.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalationRouteTests {

    static final Step COUNTY = new Step(30, "泽州县应急管理局", 3, "泽州县", 3);
    static final Step CITY = new Step(20, "晋城市应急管理局", 2, "晋城市", 2);
    static final Step PROVINCE = new Step(10, "山西省应急管理厅", 1, "山西省", 1);
    static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

    EscalationRoute route = EscalationRoute.of(List.of(COUNTY, CITY, PROVINCE));

    @Test
    @DisplayName("ORG-04 each level decides in turn, county → city → province, and every decision is recorded")
    void levelByLevel() {
        assertThat(route.nextPending()).contains(COUNTY);
        EscalationRoute r = route.decide(30, Verdict.APPROVE, "张三", T, "同意上报")
                .decide(20, Verdict.APPROVE, "李四", T.plusSeconds(60), null)
                .decide(10, Verdict.APPROVE, "王五", T.plusSeconds(120), "准予");
        assertThat(r.status()).isEqualTo(Status.APPROVED);
        assertThat(r.nextPending()).isEmpty();
        assertThat(r.decisions()).extracting(d -> d.step().agencyId(), EscalationRoute.Decision::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(30L, "张三"), org.assertj.core.groups.Tuple.tuple(20L, "李四"),
                        org.assertj.core.groups.Tuple.tuple(10L, "王五"));
        assertThat(r.decisions().get(0).at()).isEqualTo(T);
        assertThat(r.decisions().get(0).opinion()).isEqualTo("同意上报");
    }

    @Test
    @DisplayName("ORG-04 a level cannot be skipped: the province cannot decide before the city")
    void noSkipping() {
        EscalationRoute afterCounty = route.decide(30, Verdict.APPROVE, "张三", T, null);
        assertThatThrownBy(() -> afterCounty.decide(10, Verdict.APPROVE, "王五", T, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("越级")
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-SKIP");
        assertThatThrownBy(() -> route.decide(20, Verdict.APPROVE, "李四", T, null))
                .hasMessageContaining("当前应由泽州县应急管理局审核");
        assertThat(afterCounty.nextPending()).contains(CITY);
        assertThat(afterCounty.decisions()).hasSize(1);
    }

    @Test
    @DisplayName("ORG-04 a level cannot decide twice, and an agency off the route cannot decide")
    void noRepeatNoStranger() {
        EscalationRoute afterCounty = route.decide(30, Verdict.APPROVE, "张三", T, null);
        assertThatThrownBy(() -> afterCounty.decide(30, Verdict.REJECT, "张三", T, "改主意"))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-DECIDED");
        assertThatThrownBy(() -> afterCounty.decide(99, Verdict.APPROVE, "某人", T, null))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-NOT-ON-ROUTE");
    }

    @Test
    @DisplayName("ORG-04 after a rejection no level may decide any more; a rejection needs an opinion")
    void rejectionEnds() {
        assertThatThrownBy(() -> route.decide(30, Verdict.REJECT, "张三", T, "  "))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-OPINION");
        EscalationRoute rejected = route.decide(30, Verdict.APPROVE, "张三", T, null)
                .decide(20, Verdict.REJECT, "李四", T, "材料不全");
        assertThat(rejected.status()).isEqualTo(Status.REJECTED);
        assertThat(rejected.nextPending()).isEmpty();
        assertThatThrownBy(() -> rejected.decide(10, Verdict.APPROVE, "王五", T, null))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-REJECTED");
    }

    @Test
    @DisplayName("ORG-04 after the top level approved nothing more is accepted; recorded decisions replay through the same checks")
    void completeAndReplay() {
        EscalationRoute done = route.decide(30, Verdict.APPROVE, "a", T, null).decide(20, Verdict.APPROVE, "b", T, null)
                .decide(10, Verdict.APPROVE, "c", T, null);
        assertThatThrownBy(() -> done.decide(10, Verdict.APPROVE, "c", T, null))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-COMPLETE");
        EscalationRoute replayed = EscalationRoute.of(done.steps(), done.decisions());
        assertThat(replayed.status()).isEqualTo(Status.APPROVED);
        EscalationRoute.Decision skipping = new EscalationRoute.Decision(PROVINCE, Verdict.APPROVE, "c", T, null);
        assertThatThrownBy(() -> EscalationRoute.of(route.steps(), List.of(skipping)))
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("ORG-04-SKIP");
    }

    @Test
    @DisplayName("ORG-04 a route goes strictly upward, one agency per level; missing actor or time is refused")
    void wellFormed() {
        assertThatThrownBy(() -> EscalationRoute.of(List.of(CITY, COUNTY))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> EscalationRoute.of(List.of())).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> route.decide(30, Verdict.APPROVE, " ", T, null)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> route.decide(30, Verdict.APPROVE, "a", null, null)).isInstanceOf(BusinessException.class);
        assertThat(route.decisions()).isEmpty();
    }
}
