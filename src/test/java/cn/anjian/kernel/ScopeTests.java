package cn.anjian.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A data scope's path (ORG-03): its depth, its subtree and the province test the lists and settings rely on. */
class ScopeTests {

    @Test
    @DisplayName("ORG-03 a scope's depth: 1 the province, 2 a city, 3 a county, 4 a township; ids of any length")
    void depth() {
        assertThat(new Scope("/1/").depth()).isEqualTo(1);
        assertThat(new Scope("/1/5/").depth()).isEqualTo(2);
        assertThat(new Scope("/1/5/42/").depth()).isEqualTo(3);
        assertThat(new Scope("/140000/140500/140525/140525100/").depth()).isEqualTo(4);
        assertThat(new Scope("/1/").isProvince()).isTrue();
        assertThat(new Scope("/1/5/").isProvince()).isFalse();
    }

    @Test
    @DisplayName("ORG-03 a county covers its own subtree and not a sibling whose id starts with its own")
    void covers() {
        Scope county = new Scope("/1/5/95/");
        assertThat(county.covers("/1/5/95/7/")).isTrue();
        assertThat(county.covers("/1/5/950/")).isFalse();
        assertThat(county.covers(null)).isFalse();
        assertThatThrownBy(() -> new Scope("/1/5")).isInstanceOf(IllegalArgumentException.class);
    }
}
