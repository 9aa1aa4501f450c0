package cn.anjian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.Scope;
import cn.anjian.org.ScopeSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 7: the list statements carry the scope written in ({@link Scope#patternLiteral}, {@link ScopeSql#inline}),
 * so PostgreSQL caches one plan per scope. The boundary stays where the parameter put it: a county sees its own rows and
 * its subtree's, never its city's own rows nor a sibling whose id starts with the county's (/…/95/ against /…/950/).
 */
@IntegrationTest
class ListScopeLiteralTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlineQueries deadlines;

    String city = "/1/9" + (700_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 90_000)) + "/";
    String county = city + "95/";
    String sibling = city + "950/";
    String village = county + "7/";

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM cal_deadline WHERE scope_path LIKE :p").param("p", city + "%").update();
    }

    private void deadline(String path, String title) {
        jdbc.sql("""
                INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_unit_id, jurisdiction_id, scope_path,
                    period_kind, period_amount, start_at, due_date, due_at, state, created_at, title)
                VALUES (0, 'case', :t, 'CASE-03', NULL, 1, :p, 'CALENDAR_DAYS', 10, timestamptz '2026-01-01 08:00+08',
                        DATE '2026-02-01', timestamptz '2026-02-02 00:00+08', 'OPEN', now(), :t)""")
                .param("p", path).param("t", title).update();
    }

    private List<String> titles(String scope, ListCount count) {
        DeadlineQueries.Page page = deadlines.list(TestActors.actor("scopelit" + scope.hashCode(), 1, scope, "deadline:read",
                "deadline:read-scope"), new DeadlineQueries.Filter(List.of(), null, null, null, null, null, null, null), 0, 20, count);
        return page.items().stream().map(DeadlineView::title).toList();
    }

    @Test
    @DisplayName("Issue 20: a county's list with its scope written in never shows its city's own rows or a sibling county's")
    void siblingCountyNeverAppears() {
        deadline(city, "市本级");
        deadline(county, "本县");
        deadline(village, "本县乡镇");
        deadline(sibling, "相邻县");
        for (ListCount count : ListCount.values()) {
            assertThat(titles(county, count)).containsExactlyInAnyOrder("本县", "本县乡镇");
            assertThat(titles(sibling, count)).containsExactly("相邻县");
            assertThat(titles(city, count)).containsExactlyInAnyOrder("市本级", "本县", "本县乡镇", "相邻县");
        }
    }

    @Test
    @DisplayName("Issue 20: only digits and slashes are ever written into a statement as a scope")
    void onlyPathsAreWrittenIn() {
        assertThat(new Scope("/1/95/").patternLiteral()).isEqualTo("'/1/95/%'");
        assertThat(ScopeSql.inline("c.scope_path", new Scope("/1/95/"))).isEqualTo(" c.scope_path LIKE '/1/95/%' ");
        assertThatThrownBy(() -> new Scope("/1/95'/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Scope("/1/95/%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScopeSql.inline("c.scope_path; drop", new Scope("/1/"))).isInstanceOf(IllegalArgumentException.class);
    }
}
