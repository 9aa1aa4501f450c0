package cn.anjian.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScopeSqlTests {

    @Test
    @DisplayName("ORG-03 the condition is a prefix LIKE on the given column with a named parameter")
    void condition() {
        assertThat(ScopeSql.condition("t.scope_path")).isEqualTo(" t.scope_path LIKE :scopePattern ");
        assertThat(new Scope("/1/5/").pattern()).isEqualTo("/1/5/%");
        assertThatThrownBy(() -> ScopeSql.condition("x; DROP TABLE y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ORG-03 a single record outside the scope answers 404, never 403; /1/5/ does not cover /1/50/")
    void requireInScope() {
        Scope county = new Scope("/1/5/42/");
        ScopeSql.requireInScope(county, "/1/5/42/", "区划");
        ScopeSql.requireInScope(county, "/1/5/42/700/", "区划");
        assertThatThrownBy(() -> ScopeSql.requireInScope(county, "/1/5/", "区划"))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND))
                .hasMessage("区划不存在或不在您的管辖范围内");
        assertThatThrownBy(() -> ScopeSql.requireInScope(new Scope("/1/5/"), "/1/50/", "区划"))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> ScopeSql.requireInScope((Scope) null, "/1/", "区划")).isInstanceOf(BusinessException.class);
    }
}
