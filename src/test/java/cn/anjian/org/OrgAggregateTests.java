package cn.anjian.org;

import static cn.anjian.org.OrgFixtures.admin;
import static cn.anjian.org.OrgFixtures.byCode;
import static cn.anjian.org.OrgFixtures.freshTownshipCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Divisions, agencies and units are aggregates: their transitions refuse from the wrong state before
 * changing anything, and a save over a version someone else changed meanwhile is refused (409 STALE).
 */
@IntegrationTest
class OrgAggregateTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Autowired
    MockMvc mvc;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    Agencies agencies;
    @Autowired
    JurisdictionRepository divisionRepository;
    @Autowired
    UnitRepository unitRepository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("ORG-01/ORG-02 a retired division, agency or unit cannot be renamed or retired again (ORG-RETIRED); the province cannot be retired")
    void transitionsFromTheWrongState() {
        Jurisdiction county = byCode(jurisdictions, "140525");
        JurisdictionAggregate division = JurisdictionAggregate.add(1, "140525999", "状态测试镇", county);
        division.retire(DAY, null);
        assertThatThrownBy(() -> division.rename("新名", "140525999")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("ORG-RETIRED"));
        assertThatThrownBy(() -> division.retire(DAY, null)).hasMessageContaining("已于 2026-03-02 撤销");
        assertThat(division.snapshot()).containsEntry("status", "RETIRED").containsEntry("retiredAt", "2026-03-02");
        JurisdictionAggregate province = divisionRepository.findById(byCode(jurisdictions, "140000").id()).orElseThrow();
        assertThatThrownBy(province::checkRetirable).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("ORG-RETIRE-ROOT"));

        AgencyAggregate agency = AgencyAggregate.create(county, AgencyKind.OTHER, "状态测试机构");
        assertThatThrownBy(() -> agency.rename("状态测试机构")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("ORG-UNCHANGED"));
        agency.retire(DAY);
        assertThatThrownBy(() -> agency.rename("另一个名字")).hasMessageContaining("已撤销，不能再更名");
        assertThatThrownBy(() -> agency.retire(DAY)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("ORG-RETIRED"));

        UnitAggregate unit = UnitAggregate.create(1, UnitKind.LEGAL, "状态测试科");
        unit.retire(DAY);
        assertThatThrownBy(() -> unit.retire(DAY)).hasMessageContaining("已撤销");
        assertThatThrownBy(() -> unit.rename("法规二科")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("ORG-RETIRED"));
    }

    @Test
    @DisplayName("ORG-01 a division or unit saved from a copy someone else changed meanwhile is refused; the first change stands")
    void staleCopiesAreRefused() {
        Jurisdiction county = byCode(jurisdictions, "140525");
        Jurisdiction town = jurisdictions.add(admin(jurisdictions, "140525"), county.id(), freshTownshipCode("140525"), "并发测试镇");
        JurisdictionAggregate first = divisionRepository.findById(town.id()).orElseThrow();
        JurisdictionAggregate second = divisionRepository.findById(town.id()).orElseThrow();
        first.rename("并发测试镇（甲）", town.code());
        divisionRepository.save(first);
        second.rename("并发测试镇（乙）", town.code());
        assertThatThrownBy(() -> divisionRepository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jurisdictions.get(town.id()).name()).isEqualTo("并发测试镇（甲）");
        assertThat(jurisdictions.get(town.id()).version()).isEqualTo(town.version() + 1);

        Agency agency = agencies.create(town.id(), AgencyKind.OTHER, "并发测试所");
        OrgUnit unit = agencies.createUnit(agency.id(), UnitKind.OTHER, "并发测试科");
        UnitAggregate u1 = unitRepository.findById(unit.id()).orElseThrow();
        UnitAggregate u2 = unitRepository.findById(unit.id()).orElseThrow();
        u1.retire(DAY);
        unitRepository.save(u1);
        u2.rename("并发测试二科");
        assertThatThrownBy(() -> unitRepository.save(u2)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(agencies.findUnit(unit.id()).orElseThrow()).extracting(OrgUnit::name, OrgUnit::status)
                .containsExactly("并发测试科", "RETIRED");
    }

    @Test
    @DisplayName("ORG-02 an agency rename racing another change of the same agency answers 409 STALE and changes nothing")
    void racingRenameAnswers409() throws Exception {
        Jurisdiction county = byCode(jurisdictions, "140525");
        Jurisdiction town = jurisdictions.add(admin(jurisdictions, "140525"), county.id(), freshTownshipCode("140525"), "竞态测试镇");
        Agency agency = agencies.create(town.id(), AgencyKind.OTHER, "竞态测试所");
        TestActor admin = admin(jurisdictions, "140525");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // another transaction changes the agency and holds its row until the API request waits for it
            Future<?> other = threads.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.sql("UPDATE org_agency SET name = '竞态测试所（先改）', version = version + 1 WHERE id = :id")
                        .param("id", agency.id()).update();
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<MvcResult> rename = threads.submit(() -> mvc.perform(put("/api/v1/org/agencies/{id}", agency.id())
                    .with(TestActors.as(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\":\"竞态测试所（后改）\"}")).andReturn());
            // not a timing threshold: the request is let go only once PostgreSQL shows it waiting for the row
            while (!rename.isDone() && !waitingForRowLock()) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            release.countDown();
            other.get(30, TimeUnit.SECONDS);
            MvcResult result = rename.get(30, TimeUnit.SECONDS);
            assertThat(result.getResponse().getStatus()).isEqualTo(409);
            assertThat(result.getResponse().getContentAsString()).contains("\"code\":\"STALE\"");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
        Agency after = agencies.get(agency.id());
        assertThat(after.name()).isEqualTo("竞态测试所（先改）");
        assertThat(after.version()).isEqualTo(agency.version() + 1);
    }

    private boolean waitingForRowLock() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE%org_agency%'""")
                .query(Long.class).single() > 0;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
