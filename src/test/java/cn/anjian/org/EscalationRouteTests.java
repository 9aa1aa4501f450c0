package cn.anjian.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import cn.anjian.kernel.BusinessException;
import cn.anjian.org.EscalationRoute.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ORG-04, the route only. Deciding along it (in order, once, nothing after a rejection) is workflow's:
 * FlowAggregateTests and WorkflowsTests ("the province cannot decide while the city is pending").
 */
class EscalationRouteTests {

    static final Step COUNTY = new Step(30, "泽州县应急管理局", 3, "泽州县", 3);
    static final Step CITY = new Step(20, "晋城市应急管理局", 2, "晋城市", 2);
    static final Step PROVINCE = new Step(10, "山西省应急管理厅", 1, "山西省", 1);

    EscalationRoute route = EscalationRoute.of(List.of(COUNTY, CITY, PROVINCE));

    private static String code(Throwable e) {
        return ((BusinessException) e).code();
    }

    @Test
    @DisplayName("ORG-04 the route goes level by level, county → city → province")
    void levelByLevel() {
        assertThat(route.steps()).containsExactly(COUNTY, CITY, PROVINCE);
        assertThat(route.above(30)).contains(CITY);
        assertThat(route.above(20)).contains(PROVINCE);
        assertThat(route.above(10)).isEmpty();
    }

    @Test
    @DisplayName("ORG-04 a level cannot be skipped: the county's request goes to the city, not the province")
    void noSkipping() {
        route.requireNextLevel(30, 20);
        route.requireNextLevel(20, 10);
        assertThatThrownBy(() -> route.requireNextLevel(30, 10)).hasMessageContaining("越级")
                .hasMessageContaining("泽州县应急管理局之后应由晋城市应急管理局审核").extracting(EscalationRouteTests::code)
                .isEqualTo("ORG-04-SKIP");
        assertThatThrownBy(() -> route.requireNextLevel(20, 30)).extracting(EscalationRouteTests::code).isEqualTo("ORG-04-SKIP");
        assertThatThrownBy(() -> route.requireNextLevel(20, 20)).extracting(EscalationRouteTests::code).isEqualTo("ORG-04-SKIP");
    }

    @Test
    @DisplayName("ORG-04 an agency off the route has no place on it")
    void noStranger() {
        assertThatThrownBy(() -> route.above(99)).extracting(EscalationRouteTests::code).isEqualTo("ORG-04-NOT-ON-ROUTE");
        assertThatThrownBy(() -> route.requireNextLevel(30, 99)).extracting(EscalationRouteTests::code)
                .isEqualTo("ORG-04-NOT-ON-ROUTE");
    }

    @Test
    @DisplayName("ORG-04 a route goes strictly upward, one agency per level")
    void wellFormed() {
        assertThatThrownBy(() -> EscalationRoute.of(List.of(CITY, COUNTY))).extracting(EscalationRouteTests::code)
                .isEqualTo("ORG-04-ORDER");
        assertThatThrownBy(() -> EscalationRoute.of(List.of(COUNTY, COUNTY))).extracting(EscalationRouteTests::code)
                .isEqualTo("ORG-04-ORDER");
        assertThatThrownBy(() -> EscalationRoute.of(List.of())).extracting(EscalationRouteTests::code).isEqualTo("ORG-04-EMPTY");
    }
}
