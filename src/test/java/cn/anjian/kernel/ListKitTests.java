package cn.anjian.kernel;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 12: the list kit — sort whitelist, page size, the links of sortable headers and the page-size choice. */
class ListKitTests {

    static final ListSort SORT = ListSort.by("p.id").key("name", "姓名", "p.name").key("hired", "聘用日期", "p.hired_on")
            .byDefault("hired", false);

    @Test
    @DisplayName("issue 12: sort=field,dir becomes an ORDER BY of the whitelisted column with the id as tiebreaker; blank is the default")
    void orderBy() {
        assertThat(SORT.parse(null).orderBy()).isEqualTo(" ORDER BY p.hired_on DESC NULLS LAST, p.id DESC");
        assertThat(SORT.parse("name,asc").orderBy()).isEqualTo(" ORDER BY p.name ASC NULLS LAST, p.id ASC");
        assertThat(SORT.parse(" name , DESC ").orderBy()).isEqualTo(" ORDER BY p.name DESC NULLS LAST, p.id DESC");
        assertThat(SORT.parse("name").ascending()).isTrue();
        assertThat(SORT.parse("hired,desc").isDefault()).isTrue();
        assertThat(SORT.parse("hired,desc").param()).isNull();
        assertThat(SORT.parse("hired,asc").param()).isEqualTo("hired,asc");
    }

    @Test
    @DisplayName("issue 12: a NOT NULL key orders without NULLS LAST, so a plain (or DESC) index on it serves both directions")
    void notNullKey() {
        ListSort s = ListSort.by("r.id").keyNotNull("submitted", "提交时间", "r.submitted_at").key("case", "案号", "r.case_number")
                .byDefault("submitted", false);
        assertThat(s.parse(null).orderBy()).isEqualTo(" ORDER BY r.submitted_at DESC, r.id DESC");
        assertThat(s.parse("submitted,asc").orderBy()).isEqualTo(" ORDER BY r.submitted_at ASC, r.id ASC");
        assertThat(s.parse("case,desc").orderBy()).isEqualTo(" ORDER BY r.case_number DESC NULLS LAST, r.id DESC");
    }

    @Test
    @DisplayName("issue 12: an unknown field, a bad direction or SQL in the parameter is a 400 naming the sortable columns in Chinese")
    void refused() {
        for (String bad : new String[] {"password,asc", "name,sideways", "name,asc,x", "p.name", "name;drop table x", "1"}) {
            assertThatThrownBy(() -> SORT.parse(bad)).isInstanceOfSatisfying(BusinessException.class, e -> {
                assertThat(e.code()).isEqualTo("SORT");
                assertThat(e.getMessage()).contains("姓名、聘用日期").doesNotContain("p.name");
            });
        }
    }

    @Test
    @DisplayName("issue 12: page size is 20 by default, 50 or 100 on request; anything else is a 400")
    void pageSize() {
        assertThat(PageSize.parse(null)).isEqualTo(20);
        assertThat(PageSize.parse(" 50 ")).isEqualTo(50);
        assertThat(PageSize.parse("100")).isEqualTo(100);
        for (String bad : new String[] {"0", "21", "1000", "-20", "x"}) {
            assertThatThrownBy(() -> PageSize.parse(bad)).isInstanceOf(BusinessException.class).hasMessageContaining("20、50 或 100");
        }
    }

    @Test
    @DisplayName("issue 12: header, size, page and export links keep the filters; a header link turns the current column's direction")
    void links() {
        FilterUrl filters = FilterUrl.of("/people").with("q", "张 三").with("status", "ACTIVE");
        ListControls kit = ListControls.of(filters, SORT.parse("name,asc"), 50);
        assertThat(kit.sortHref("name")).isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&sort=name,desc&size=50");
        assertThat(kit.sortHref("hired")).isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&sort=hired,asc&size=50");
        assertThat(kit.arrow("name")).isEqualTo("▲");
        assertThat(kit.arrow("hired")).isEmpty();
        assertThat(kit.ariaSort("name")).isEqualTo("ascending");
        assertThat(kit.sizeHref(20)).isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&sort=name,asc");
        assertThat(kit.page(2)).isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&sort=name,asc&size=50&page=2");
        assertThat(kit.export("/people/export")).isEqualTo("/people/export?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&sort=name,asc");
        // the default order leaves sort out of the links; descending by the default column goes back to it
        ListControls plain = ListControls.of(filters, SORT.defaults(), 20);
        assertThat(plain.page(1)).isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&page=1");
        assertThat(plain.sortHref("hired")).isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE&sort=hired,asc");
        assertThat(ListControls.of(filters, SORT.parse("hired,asc"), 20).sortHref("hired"))
                .isEqualTo("/people?q=%E5%BC%A0%20%E4%B8%89&status=ACTIVE");
    }
}
