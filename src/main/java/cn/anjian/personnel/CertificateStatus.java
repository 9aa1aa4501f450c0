package cn.anjian.personnel;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A certificate's status; transitions are methods of the certificate, never set from outside. */
@Getter
@RequiredArgsConstructor
public enum CertificateStatus {
    VALID("有效"), SUSPENDED("暂扣"), REVOKED("吊销"), CANCELLED("注销"), RETURNED("已交回");

    private final String label;
}
