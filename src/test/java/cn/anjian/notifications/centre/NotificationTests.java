package cn.anjian.notifications.centre;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class NotificationTests {

    @Autowired
    NotificationSources sources;
    @Autowired
    NotificationStore store;
    @Autowired
    Workflows workflows;
    @Autowired
    Deadlines deadlines;
    @Autowired
    UserAdministration users;
    @Autowired
    Agencies agencies;
    @Autowired
    Jurisdictions jurisdictions;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    TestActor user(String role, String... permissions) {
        return namedUser(role, "测试" + role, permissions);
    }

    TestActor namedUser(String role, String displayName, String... permissions) {
        Jurisdiction j = jurisdictions.findByCode("140525").orElseThrow();
        Agency agency = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        String name = "ntf" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = users.createUser(name, displayName, agency.id(), null, Set.of(role), "Anjian@2026", false);
        return new TestActor(id, name, displayName, agency.id(), agency.name(), null, j.id(), new Scope(j.path()),
                Set.of(permissions));
    }

    /** A principal that is no account (deadline tests need only an owner id and a scope). */
    TestActor owner() {
        Jurisdiction j = jurisdictions.findByCode("140525").orElseThrow();
        long id = 5_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000);
        return new TestActor(id, "owner" + id, "期限负责人", 1, "测试机构", null, j.id(), new Scope(j.path()),
                Set.of("home:view", "deadline:read"));
    }

    NotificationStore.Page all(TestActor a) {
        return store.list(a.userId(), null, null, NotificationStore.SORT.defaults(), 0, 20);
    }

    @Test
    @DisplayName("WF approvals: a step waiting tells the step's decider, once; the starter of the flow is not told (four eyes)")
    void approvalWaiting() {
        TestActor starter = user("DIRECTOR", "home:view", "workflow:inbox");
        TestActor decider = user("DIRECTOR", "home:view", "workflow:inbox");
        String title = "审批通知测试" + UUID.randomUUID().toString().substring(0, 6);
        FlowId flow = workflows.start(NotificationTestFlows.FLOW, "test_ntf", UUID.randomUUID().toString(), title,
                "/somewhere/1", starter.agencyId(), starter);

        sources.pull(decider);
        sources.pull(decider);
        sources.pull(starter);

        assertThat(all(decider).items()).filteredOn(n -> n.title().contains(title)).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.APPROVAL);
                    assertThat(n.link()).isEqualTo("/workflow/flows/" + flow.value());
                    assertThat(n.title()).contains("待您审批").contains("测试审批事项").contains("局长审批");
                    assertThat(n.read()).isFalse();
                });
        assertThat(all(starter).items()).noneMatch(n -> n.title().contains(title));
    }

    @Test
    @DisplayName("CAL-06 on 2026-09-30 a deadline due in 3 working days (2026-10-10, across National Day, an adjusted Saturday) is listed; one due in 4 working days (10-12) is not")
    void dueSoonAcrossNationalDay() {
        clock.set(LocalDateTime.parse("2026-09-30T10:00"));
        assertThat(sources.horizon()).isEqualTo(LocalDate.parse("2026-10-10"));
        TestActor owner = owner();
        Instant start = clock.instant();
        deadlines.open(new NewDeadline("ntf_test", UUID.randomUUID().toString(), "CAL-06", owner.userId(), null,
                owner.jurisdictionId(), owner.scope().path(), Period.workingDays(3), start, "三个工作日期限"));
        deadlines.open(new NewDeadline("ntf_test", UUID.randomUUID().toString(), "CAL-06", owner.userId(), null,
                owner.jurisdictionId(), owner.scope().path(), Period.workingDays(4), start, "四个工作日期限"));

        sources.pull(owner);

        assertThat(all(owner).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DUE_SOON);
            assertThat(n.title()).contains("三个工作日期限").contains("2026-10-10");
            assertThat(n.link()).isEqualTo("/calendar/deadlines");
        });
    }

    @Test
    @DisplayName("CAL-06 an overdue deadline tells its owner (pushed by the overdue scan, before they open anything), once")
    void overdue() {
        clock.set(LocalDateTime.parse("2026-09-30T10:00"));
        TestActor owner = owner();
        deadlines.open(new NewDeadline("ntf_test", UUID.randomUUID().toString(), "CAL-06", owner.userId(), null,
                owner.jurisdictionId(), owner.scope().path(), Period.workingDays(1),
                LocalDateTime.parse("2026-09-21T09:00").atZone(Zones.SHANGHAI).toInstant(), "已过期的期限"));

        assertThat(all(owner).items()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.OVERDUE);
            assertThat(n.title()).contains("期限已逾期").contains("已过期的期限").contains("2026-09-22");
        });
        sources.pull(owner);
        assertThat(all(owner).total()).isEqualTo(1);
    }

    @Test
    @DisplayName("read/unread: marking one read counts it out of the unread; marking all read clears the rest; another person's is not found")
    void readUnread() {
        TestActor a = owner();
        TestActor b = owner();
        store.add(a.userId(), NotificationKind.ASSIGNMENT, "消息一", "/cases/1", "t:1");
        store.add(a.userId(), NotificationKind.ASSIGNMENT, "消息二", "/cases/2", "t:2");
        store.add(a.userId(), NotificationKind.ASSIGNMENT, "消息一（重复）", "/cases/1", "t:1");
        assertThat(store.unreadCount(a.userId())).isEqualTo(2);
        long first = all(a).items().get(1).id();

        assertThatThrownBy(() -> store.read(b.userId(), first)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThat(store.unreadCount(a.userId())).isEqualTo(2);

        assertThat(store.read(a.userId(), first).read()).isTrue();
        assertThat(store.unreadCount(a.userId())).isEqualTo(1);
        assertThat(store.list(a.userId(), null, ReadFilter.READ, NotificationStore.SORT.defaults(), 0, 20).items()).extracting(NotificationView::id).containsExactly(first);
        assertThat(store.list(a.userId(), null, ReadFilter.UNREAD, NotificationStore.SORT.defaults(), 0, 20).items()).extracting(NotificationView::title).containsExactly("消息二");

        assertThat(store.readAll(a.userId())).isEqualTo(1);
        assertThat(store.unreadCount(a.userId())).isZero();
    }

    @Test
    @DisplayName("a link is kept only as a local path (never sends a person off-site)")
    void links() {
        assertThat(NotificationStore.safeLink("/cases/1")).isEqualTo("/cases/1");
        assertThat(NotificationStore.safeLink("//evil.example/x")).isNull();
        assertThat(NotificationStore.safeLink("https://evil.example/x")).isNull();
    }

    @Test
    @DisplayName("assignments: being put on a case's enforcement team tells the person's account in the case's agency, once; a name with no single account tells nobody")
    void assignment() {
        String displayName = "执法员" + UUID.randomUUID().toString().substring(0, 8);
        TestActor officer = namedUser("OFFICER", displayName, "home:view");
        String unknown = "查无此人" + UUID.randomUUID().toString().substring(0, 6);
        long caseId = 9_000_000 + ThreadLocalRandom.current().nextLong(1_000_000);
        cn.anjian.enforcement.CaseTeamAssigned e = new cn.anjian.enforcement.CaseTeamAssigned(caseId, "某煤矿超层越界开采案",
                officer.agencyId(), java.util.List.of(11L, 12L), java.util.List.of(displayName, unknown), Instant.now(), "head");
        tx.executeWithoutResult(s -> events.publishEvent(e));
        tx.executeWithoutResult(s -> events.publishEvent(e));

        assertThat(all(officer).items()).filteredOn(n -> n.link() != null && n.link().equals("/cases/" + caseId))
                .singleElement().satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNMENT);
                    assertThat(n.title()).isEqualTo("您已被编入案件执法组：某煤矿超层越界开采案");
                });
    }
}
