package cn.anjian.personnel.officers;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.PostStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The officers' aggregates: state checks first, then the version the user saw. */
class OfficerAggregateTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    @Test
    @DisplayName("OFF-04/OFF-05 certificate transitions refuse from the wrong state and with a stale version")
    void certificate() {
        OfficerCertificate c = OfficerCertificate.issued(1, "晋执0001", CertificateKind.ENFORCEMENT, "山西省人民政府",
                TODAY.minusYears(1), TODAY.plusYears(4), TODAY, NOW);
        c.version = 0;
        assertThatThrownBy(() -> c.change(0, CertificateAction.REINSTATE, TODAY, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("不能");
        assertThatThrownBy(() -> c.change(3, CertificateAction.REVOKE, TODAY, "吊销"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        c.change(0, CertificateAction.REVOKE, TODAY, "吊销");
        assertThat(c.status).isEqualTo(CertificateStatus.REVOKED);
        c.returned(0, TODAY, "李四");
        assertThat(c.status).isEqualTo(CertificateStatus.RETURNED);
        assertThatThrownBy(() -> c.returned(0, TODAY, "李四")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("不能重复登记");
    }

    @Test
    @DisplayName("OFF-04 a post move to the same status or before the last change is refused")
    void post() {
        Officer o = Officer.register(1, "王五", 1, null, "/1/", PostStatus.OFF_POST, TODAY.minusDays(10), null, NOW);
        o.version = 0;
        assertThatThrownBy(() -> o.move(0, PostStatus.OFF_POST, TODAY)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("该人员已经");
        assertThatThrownBy(() -> o.move(0, PostStatus.ON_POST, TODAY.minusDays(11))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("不能早于上次变动日期");
        o.move(0, PostStatus.ON_POST, TODAY);
        assertThat(o.postStatus).isEqualTo(PostStatus.ON_POST);
    }

    @Test
    @DisplayName("OFF-04 a post case ends once")
    void postCase() {
        PostCase c = PostCase.open(1, "NO_CERTIFICATE", null, TODAY, TODAY.plusDays(10), 5, "/1/", NOW);
        c.end(TODAY.plusDays(2));
        assertThatThrownBy(() -> c.end(TODAY.plusDays(3))).isInstanceOf(BusinessException.class);
        assertThat(c.metOn).isEqualTo(TODAY.plusDays(2));
    }
}
