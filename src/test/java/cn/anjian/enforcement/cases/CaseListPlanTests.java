package cn.anjian.enforcement.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.CaseList.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways CaseList picks a page (the whole scope at once, or each case path of the scope merged)
 * must give the same rows in the same order, page by page in both directions, for every filter —
 * including ties in opened_at across paths, and paths that only look like they are in scope.
 */
@IntegrationTest
class CaseListPlanTests {

    @Autowired CaseList list;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void wholeScopeAndPerPathPlansGiveTheSamePages() {
        TestActor zz = fx.zz();
        // a private subtree: no other test writes cases under /1/977001/
        String root = "/1/977001/";
        String[] paths = {root, root + "5/", root + "6/", root + "6/61/", "/1/9770010/", "/1/977002/"};
        Instant base = Instant.parse("2020-03-01T02:00:00Z");
        Instant now = clock.instant();
        CaseKind[] kinds = CaseKind.values();
        CaseStage[] stages = CaseStage.values();
        CaseSource[] sources = CaseSource.values();
        for (int i = 0; i < 60; i++) {
            String path = paths[i % paths.length];
            // four distinct opening times per day over ten days: many ties, within and across paths
            Instant opened = base.plus(Duration.ofDays(i % 10)).plus(Duration.ofHours(i % 4 * 6L));
            boolean closed = i % 5 == 0;
            Instant due = i % 7 == 0 ? null : now.plus(Duration.ofDays(i % 3 == 0 ? 5 : -5));
            jdbc.sql("""
                    INSERT INTO enf_case (case_number, agency_id, scope_path, kind, source, basis_title, basis_number, basis_date,
                                          party_name, party_kind, title, place, stage, opened_at, opened_by, due_at, closed_at)
                    VALUES (:no, :agency, :path, :kind, :source, '依据', '1号', DATE '2020-01-01', :party, 'CITIZEN', '计划比对',
                            '某地', :stage, :opened, 'test', :due, :closed)""")
                    .param("no", "计划比对案〔2020〕" + i + "号").param("agency", zz.agencyId()).param("path", path)
                    .param("kind", kinds[i % kinds.length].name()).param("source", sources[i % sources.length].name())
                    .param("party", i % 3 == 0 ? "张三" : "李四").param("stage", stages[i % stages.length].name())
                    .param("opened", Timestamp.from(opened)).param("due", due == null ? null : Timestamp.from(due))
                    .param("closed", closed ? Timestamp.from(opened.plus(Duration.ofDays(1))) : null).update();
        }
        TestActor city = TestActors.actor("plan_city", 1, root, "case:read");
        TestActor county = TestActors.actor("plan_county", 1, root + "6/", "case:read");
        List<CaseFilter> filters = List.of(
                CaseFilter.none(),
                new CaseFilter(CaseKind.PENALTY, null, null, null, null, null, null, false),
                new CaseFilter(null, CaseStage.INVESTIGATION, CaseSource.COMPLAINT, null, null, null, null, false),
                new CaseFilter(null, null, null, null, "张", null, null, false),
                new CaseFilter(null, null, null, null, null, LocalDate.of(2020, 3, 3), LocalDate.of(2020, 3, 7), false),
                new CaseFilter(null, null, null, null, null, null, null, true),
                new CaseFilter(CaseKind.INSPECTION, null, null, null, null, LocalDate.of(2020, 3, 2), null, true));
        for (TestActor actor : List.of(city, county)) {
            for (CaseFilter f : filters) {
                for (int size : new int[] {1, 3, 7, 100}) {
                    List<Long> whole = walk(actor, f, size, Plan.WHOLE_SCOPE);
                    List<Long> perPath = walk(actor, f, size, Plan.PER_PATH);
                    assertThat(perPath).as("%s %s size %d", actor.scope(), f, size).isEqualTo(whole);
                    assertThat(walk(actor, f, size, Plan.AUTO)).isEqualTo(whole);
                    if (f.equals(CaseFilter.none())) {
                        assertThat(whole).hasSize(actor == city ? 40 : 20).doesNotHaveDuplicates();
                    }
                }
            }
        }
        // the list order itself: (opened_at DESC, id DESC) over the whole subtree
        List<Long> expected = jdbc.sql("SELECT id FROM enf_case WHERE scope_path LIKE '/1/977001/%' ORDER BY opened_at DESC, id DESC")
                .query(Long.class).list();
        assertThat(walk(city, CaseFilter.none(), 3, Plan.PER_PATH)).isEqualTo(expected);
    }

    /** All pages forward, then all pages back from the end; both directions must agree. */
    private List<Long> walk(TestActor actor, CaseFilter f, int size, Plan plan) {
        List<Long> forward = new ArrayList<>();
        CasePage p = list.list(actor, f, null, null, size, plan);
        CasePage last = p;
        while (true) {
            p.items().forEach(r -> forward.add(r.id()));
            last = p;
            if (p.next() == null) {
                break;
            }
            p = list.list(actor, f, p.next(), null, size, plan);
        }
        List<Long> backward = new ArrayList<>(last.items().stream().map(CaseRow::id).toList());
        p = last;
        while (p.previous() != null) {
            p = list.list(actor, f, null, p.previous(), size, plan);
            backward.addAll(0, p.items().stream().map(CaseRow::id).toList());
        }
        assertThat(backward).isEqualTo(forward);
        return forward;
    }
}
