package cn.anjian.supervision.violations;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * COR-03: how a violation is handled "按安全生产行政执法工作有关制度规定" (art. 7), from the mildest to the gravest; the
 * certificate measures are carried out in personnel's certificate register, this records the decision.
 */
@Getter
@RequiredArgsConstructor
public enum ViolationHandling {
    CRITICISM("批评教育"),
    WRITTEN_SELF_CRITICISM("责令作出书面检查"),
    CIRCULATED_CRITICISM("通报批评"),
    SUSPEND_ENFORCEMENT("暂停执法工作"),
    CERTIFICATE_WITHHELD("暂扣行政执法证件"),
    CERTIFICATE_REVOKED("吊销行政执法证件"),
    TRANSFERRED("调离执法岗位"),
    REFERRED_DISCIPLINE("移送纪检监察机关处理"),
    REFERRED_JUSTICE("移送司法机关处理");

    private final String label;
}
