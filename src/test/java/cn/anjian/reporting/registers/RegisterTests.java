package cn.anjian.reporting.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.reporting.EnforcementStatistics;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.PublicityActivityKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** STAT-02 and STAT-03 through the services, as the demo offices of 泽州县, 晋城市 and 神池县. */
@IntegrationTest
class RegisterTests {

    @Autowired ActingUsers users;
    @Autowired PublicityActivityRegister activities;
    @Autowired EnforcementStatistics statistics;
    @Autowired NormativeDocuments documents;
    @Autowired Catalogues catalogues;
    @Autowired Deadlines deadlines;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    /** STAT-02 as the statistics table counts it (the one count): leaflets handed out in a month. */
    long leaflets(long jurisdictionId, String period) {
        return statistics.table(jurisdictionId, StatPeriod.parse(period)).value("publicity.leaflet").longValueExact();
    }

    @Test
    @DisplayName("STAT-02 a publicity activity is recorded with reporter and source, counted per kind for the county and the city, never for another county; a future date, a zero quantity and a missing source are refused")
    void publicityActivities() {
        Actor zz = user("zz_office");
        LocalDate day = LocalDate.of(2026, 3, 14);
        long before = leaflets(zz.jurisdictionId(), "2026-03");
        long id = activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.LEAFLET, day, 150,
                "测试广场", "测试主题", "测试填报人", "测试签收表"));
        assertThat(id).isPositive();
        long after = leaflets(zz.jurisdictionId(), "2026-03");
        assertThat(after).isEqualTo(before + 150);
        long city = user("jc_office").jurisdictionId();
        assertThat(leaflets(city, "2026-03")).isGreaterThanOrEqualTo(after);
        long sc = user("sc_office").jurisdictionId();
        assertThat(activities.list(new PublicityActivityRegister.Filter(activities.jurisdiction(user("sc_office"), sc), null, day, day, null),
                PublicityActivityRegister.SORT.defaults(), 0, 100).items()).noneMatch(r -> r.id() == id);
        // the next month is outside the period: boundary of the period
        assertThat(leaflets(zz.jurisdictionId(), "2026-04")).isLessThan(after + 1);

        assertThatThrownBy(() -> activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.MEDIA,
                LocalDate.now().plusYears(5), 1, "某地", null, "某人", "某来源"))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("STAT-02-DATE"));
        assertThatThrownBy(() -> activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.MEDIA, day, 0,
                "某地", null, "某人", "某来源"))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("STAT-02-QUANTITY"));
        assertThatThrownBy(() -> activities.record(zz, new PublicityActivityRegister.NewActivity(PublicityActivityKind.MEDIA, day, 1,
                "某地", null, "某人", " "))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("STAT-02-SOURCE"));
        assertThatThrownBy(() -> activities.record(user("zz_officer"), new PublicityActivityRegister.NewActivity(PublicityActivityKind.MEDIA,
                day, 1, "某地", null, "某人", "某来源"))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
    }

    @Test
    @DisplayName("STAT-03 a normative document is registered with its legality review; effective before issue, review after issue and a duplicate number are refused; another county's document is 404")
    void normativeDocuments() {
        Actor zz = user("zz_office");
        String number = "测规〔2026〕" + UUID.randomUUID().toString().substring(0, 6) + "号";
        long id = documents.record(zz, new NormativeDocuments.NewDocument("测试规范性文件", number, "泽州县应急管理局",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), true, LocalDate.of(2026, 1, 20), NormativeStatus.IN_FORCE));
        assertThat(documents.get(user("jc_office"), id).docNumber()).isEqualTo(number);
        assertThatThrownBy(() -> documents.get(user("sc_office"), id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> documents.record(zz, new NormativeDocuments.NewDocument("重号", number, "泽州县应急管理局",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), false, null, NormativeStatus.IN_FORCE)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("STAT-03-NUMBER"));
        assertThatThrownBy(() -> documents.record(zz, new NormativeDocuments.NewDocument("倒置", number + "甲", "泽州县应急管理局",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), false, null, NormativeStatus.IN_FORCE)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("STAT-03-EFFECTIVE"));
        // the same day is allowed (boundary); a review after the issue is not
        documents.record(zz, new NormativeDocuments.NewDocument("同日施行", number + "乙", "泽州县应急管理局",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), true, LocalDate.of(2026, 2, 1), NormativeStatus.IN_FORCE));
        assertThatThrownBy(() -> documents.record(zz, new NormativeDocuments.NewDocument("审核在后", number + "丙", "泽州县应急管理局",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), true, LocalDate.of(2026, 2, 2), NormativeStatus.IN_FORCE)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("STAT-03-REVIEW"));
        documents.changeStatus(zz, id, NormativeStatus.REPEALED);
        assertThat(documents.get(zz, id).status()).isEqualTo(NormativeStatus.REPEALED);
        assertThatThrownBy(() -> documents.changeStatus(user("jc_office"), id, NormativeStatus.IN_FORCE))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("STAT-03-AGENCY"));
    }

    private long freshAgency() {
        return agencies.create(user("zz_office").jurisdictionId(), AgencyKind.OTHER, "统计测试单位" + UUID.randomUUID().toString().substring(0, 8)).id();
    }

    private DeadlineView deadline(long catalogueId) {
        Long d = jdbc.sql("SELECT deadline_id FROM rep_catalogue WHERE id = :id").param("id", catalogueId).query(Long.class).single();
        return deadlines.find(new DeadlineId(d)).orElseThrow();
    }

    @Test
    @DisplayName("STAT-03 the catalogue of the previous year is due by the end of January: 31 January 2026 is a Saturday so the calendar moves it to Monday 2 February; 31 January 2025 falls in the Spring Festival so it moves to 5 February; one per agency and year")
    void catalogueDeadline() {
        long agency = freshAgency();
        long c2025 = catalogues.ensure(agency, 2025);
        assertThat(catalogues.ensure(agency, 2025)).isEqualTo(c2025);
        assertThat(jdbc.sql("SELECT count(*) FROM rep_catalogue WHERE agency_id = :a AND year = 2025").param("a", agency)
                .query(Long.class).single()).isEqualTo(1);
        DeadlineView d = deadline(c2025);
        assertThat(d.ruleId()).isEqualTo("STAT-03");
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(deadline(catalogues.ensure(agency, 2024)).dueDate()).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    @DisplayName("STAT-03 the catalogue is generated as a numbered .docx from the register and marking it submitted meets the deadline; submitting before generating, twice, or by another county is refused")
    void catalogueGeneratedAndSubmitted() {
        Actor zz = user("zz_office");
        long id = catalogues.ensure(zz.agencyId(), 2019);
        Catalogues.Catalogue before = catalogues.get(zz, id);
        if (before.submitted()) {
            return; // a previous run in this database did it already
        }
        assertThatThrownBy(() -> catalogues.submit(zz, id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("STAT-03"));
        assertThatThrownBy(() -> catalogues.get(user("sc_office"), id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        var doc = catalogues.generate(zz, id);
        assertThat(doc.fileId()).isPositive();
        assertThat(doc.number().text()).contains("规目");
        catalogues.submit(zz, id);
        Catalogues.Catalogue after = catalogues.get(zz, id);
        assertThat(after.submitted()).isTrue();
        assertThat(deadline(id).state()).isEqualTo(DeadlineState.MET);
        assertThatThrownBy(() -> catalogues.submit(zz, id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("STAT-03-SUBMITTED"));
    }
}
