package cn.anjian.personnel.officers;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.PersonRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Day-specific eligibility (OFF-03, OFF-05, OFF-10) without Spring. */
class OfficerDayRulesTests {

    static final LocalDate D = LocalDate.of(2025, 6, 10);
    static final List<PersonRole> OFFICER = List.of(new PersonRole(PersonRole.OFFICER, "执法人员", "在执法岗位", true));

    static CertificateView cert(CertificateStatus status, LocalDate invalidFrom, LocalDate suspendedFrom, LocalDate suspendedTo) {
        return new CertificateView(1, 1, "晋执001", CertificateKind.ENFORCEMENT, "山西省人民政府", D.minusYears(1),
                D.plusYears(1), status, D, null, null, null, 0, invalidFrom, suspendedFrom, suspendedTo);
    }

    static boolean may(CertificateView c, LocalDate day) {
        return OfficerRules.eligibility(1, day, List.of(c), OFFICER).mayEnforce();
    }

    @Test
    @DisplayName("OFF-03 revoked or cancelled on D: valid on D-1, invalid from D (and after it is returned)")
    void revokedOnD() {
        for (CertificateStatus s : List.of(CertificateStatus.REVOKED, CertificateStatus.CANCELLED, CertificateStatus.RETURNED)) {
            CertificateView c = cert(s, D, null, null);
            assertThat(may(c, D.minusDays(1))).as(s + " D-1").isTrue();
            assertThat(may(c, D)).as(s + " D").isFalse();
            assertThat(may(c, D.plusDays(30))).as(s + " later").isFalse();
        }
        assertThat(OfficerRules.eligibility(1, D, List.of(cert(CertificateStatus.REVOKED, D, null, null)), OFFICER).reasons())
                .containsExactly("行政执法证 晋执001 自 " + D + " 起失效（状态为“吊销”）");
    }

    @Test
    @DisplayName("OFF-03 suspended on D: valid on D-1, invalid from D; reinstated on R: invalid on R-1, valid from R")
    void suspendedAndReinstated() {
        CertificateView suspended = cert(CertificateStatus.SUSPENDED, null, D, null);
        assertThat(may(suspended, D.minusDays(1))).isTrue();
        assertThat(may(suspended, D)).isFalse();
        LocalDate r = D.plusDays(20);
        CertificateView reinstated = cert(CertificateStatus.VALID, null, D, r);
        assertThat(may(reinstated, D.minusDays(1))).isTrue();
        assertThat(may(reinstated, D)).isFalse();
        assertThat(may(reinstated, r.minusDays(1))).isFalse();
        assertThat(may(reinstated, r)).isTrue();
        // revoked while suspended: invalid from the suspension on
        CertificateView revoked = cert(CertificateStatus.REVOKED, r, D, null);
        assertThat(may(revoked, D.minusDays(1))).isTrue();
        assertThat(may(revoked, D.plusDays(1))).isFalse();
        assertThat(may(revoked, r.plusDays(1))).isFalse();
    }
}
