package cn.anjian.personnel.officers;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Status changes of a certificate (the return, OFF-05, has its own method with the receiver). */
@Getter
@RequiredArgsConstructor
enum CertificateAction {
    SUSPEND("暂扣"), REINSTATE("恢复"), REVOKE("吊销"), CANCEL("注销");

    private final String label;
}
