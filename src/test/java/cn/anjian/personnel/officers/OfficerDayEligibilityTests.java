package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonnelFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OFF-03 through the service: the status date the certificate records decides each day. */
@IntegrationTest
class OfficerDayEligibilityTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired OfficerFixtures fixtures;
    @Autowired EnforcerEligibility eligibility;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired MutableClock clock;

    static final LocalDate TODAY = LocalDate.of(2025, 3, 4);
    TestActor zz;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    private long certified() {
        long id = people.create(zz, NewPerson.basic("测试执法员", IdCards.next(true), "13800001111")).id();
        fixtures.certify(zz, id, TODAY.minusDays(30), "晋执D" + id);
        return id;
    }

    @Test
    @DisplayName("OFF-03 revoked on D (recorded later): eligible on D-1, not on D; cancelled likewise")
    void revokedOnDay() {
        LocalDate d = TODAY.minusDays(5);
        for (CertificateAction action : new CertificateAction[] {CertificateAction.REVOKE, CertificateAction.CANCEL}) {
            long id = certified();
            CertificateView c = officers.get(zz, id).certificates().get(0);
            officers.changeCertificate(zz, c.id(), c.version(), action, d, "以欺骗手段取得");
            assertThat(eligibility.check(id, d.minusDays(1)).mayEnforce()).as(action + " D-1").isTrue();
            assertThat(eligibility.check(id, d).mayEnforce()).as(action + " D").isFalse();
            assertThat(eligibility.check(id, d).reasons()).anyMatch(r -> r.contains("自 " + d + " 起失效"));
            assertThat(eligibility.check(id, TODAY).mayEnforce()).isFalse();
        }
    }

    @Test
    @DisplayName("OFF-03 suspended on D and reinstated on R: valid D-1, invalid D..R-1, valid from R; a reinstatement before the suspension is refused, nothing changed")
    void suspendedAndReinstated() {
        long id = certified();
        LocalDate d = TODAY.minusDays(10);
        LocalDate r = TODAY.minusDays(3);
        CertificateView c = officers.get(zz, id).certificates().get(0);
        CertificateView s = officers.changeCertificate(zz, c.id(), c.version(), CertificateAction.SUSPEND, d, "调查期间暂扣");
        assertThatThrownBy(() -> officers.changeCertificate(zz, c.id(), s.version(), CertificateAction.REINSTATE, d.minusDays(1), null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("恢复日期不能早于暂扣日期")
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("OFF-CERT-DATES"));
        assertThat(officers.findCertificate(c.id()).orElseThrow().status()).isEqualTo(CertificateStatus.SUSPENDED);
        officers.changeCertificate(zz, c.id(), s.version(), CertificateAction.REINSTATE, r, null);
        assertThat(eligibility.check(id, d.minusDays(1)).mayEnforce()).isTrue();
        assertThat(eligibility.check(id, d).mayEnforce()).isFalse();
        assertThat(eligibility.check(id, r.minusDays(1)).mayEnforce()).isFalse();
        assertThat(eligibility.check(id, r).mayEnforce()).isTrue();
    }
}
