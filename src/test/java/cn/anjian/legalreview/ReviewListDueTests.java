package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.legalreview.review.ApplicationForm;
import cn.anjian.legalreview.review.NewMaterial;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewSubmissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 20 item 7: the inbox reads its rows' due dates in its one statement (calendar's cal_deadline_due_view) instead of
 * a second statement through {@link Deadlines#findAll}: pinned against that reference, with the scope's boundary.
 */
@IntegrationTest
class ReviewListDueTests {

    @Autowired DecisionStageCases caseFx;
    @Autowired ReviewSubmissions submissions;
    @Autowired ReviewQueries queries;
    @Autowired Deadlines deadlines;
    @Autowired ActingUsers users;
    @Autowired Files files;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    List<NewMaterial> materials(Actor by) {
        List<NewMaterial> out = new ArrayList<>();
        for (String k : List.of("STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION")) {
            long id = files.store(new ByteArrayInputStream(("材料 " + k).getBytes(StandardCharsets.UTF_8)), k + ".txt",
                    "text/plain", null, by).id();
            out.add(new NewMaterial(k, id, k));
        }
        return out;
    }

    static TestActors.TestActor reader(Actor a) {
        return new TestActors.TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), Set.of("legalreview:read"));
    }

    /** The reference: the due date as Deadlines.findAll read it before (null without a deadline). */
    LocalDate reference(ReviewQueries.Row r) {
        if (r.deadlineId() == null) {
            return null;
        }
        DeadlineView d = deadlines.findAll(List.of(new DeadlineId(r.deadlineId()))).get(new DeadlineId(r.deadlineId()));
        return d == null ? null : d.dueDate();
    }

    @Test
    @DisplayName("LR-11 the inbox shows each review's due date from its calendar deadline in one statement; a sibling county never sees the row")
    void dueDatesInOneStatement() throws Exception {
        Actor officer = users.actor("zz_officer").orElseThrow();
        Actor legal = users.actor("zz_legal").orElseThrow();
        Actor sibling = users.actor("sc_legal").orElseThrow();
        CaseRef c = caseFx.penaltyCase("法审收件箱期限单语句");
        long id = submissions.submit(officer, c.id(), new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION,
                        new BigDecimal("80000"), null, Set.of()),
                new ApplicationForm("未按规定培训", "第九十七条", "均持证", "罚款 8 万元", null, "王科长", "李副局长", false),
                materials(officer));
        LocalDate due = queries.view(legal, id).dueDate();
        assertThat(due).isNotNull();

        var mine = queries.page(legal, ReviewQueries.Filter.parse(null, "法审收件箱期限单语句", null), 0, 20);
        assertThat(mine).extracting(ReviewQueries.Row::id).containsExactly(id);
        assertThat(mine.get(0).dueDate()).isEqualTo(due).isEqualTo(reference(mine.get(0)));
        assertThat(queries.forCase(legal, c.id())).singleElement().satisfies(r -> assertThat(r.dueDate()).isEqualTo(due));
        List<ReviewQueries.Row> exported = new ArrayList<>();
        queries.each(legal, ReviewQueries.Filter.parse(null, "法审收件箱期限单语句", null), exported::add);
        assertThat(exported).singleElement().satisfies(r -> assertThat(r.dueDate()).isEqualTo(due));

        // every row of the first pages, in every order: the reference's due date, and only the actor's scope
        for (String sort : new String[] {null, "submitted,asc", "case,asc", "status,desc"}) {
            for (int page = 0; page < 3; page++) {
                for (ReviewQueries.Row r : queries.page(legal, ReviewQueries.Filter.parse(null, null, sort), page, 20)) {
                    assertThat(r.dueDate()).as("review %d", r.id()).isEqualTo(reference(r));
                    assertThat(jdbc.sql("SELECT scope_path FROM lr_review WHERE id = :id").param("id", r.id())
                            .query(String.class).single()).startsWith(legal.scope().path());
                }
            }
        }

        // a sibling county: neither the filtered list nor the API shows the row
        assertThat(queries.page(sibling, ReviewQueries.Filter.parse(null, "法审收件箱期限单语句", null), 0, 20)).isEmpty();
        mvc.perform(get("/api/v1/legal-review/reviews").param("q", "法审收件箱期限单语句")
                        .with(TestActors.as(reader(legal))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].dueDate").value(due.toString()));
        mvc.perform(get("/api/v1/legal-review/reviews").param("q", "法审收件箱期限单语句")
                        .with(TestActors.as(reader(sibling))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
