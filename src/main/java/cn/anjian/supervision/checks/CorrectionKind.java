package cn.anjian.supervision.checks;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-02: how a finding is handled (art. 5 (一)–(五)). */
@Getter
@RequiredArgsConstructor
public enum CorrectionKind {
    NORMATIVE_DOCUMENT("抵触上位法的规范性文件予以纠正、撤销或责令改正"),
    UNLAWFUL_ACT("违法或不当的具体行政行为决定纠正或责令改正"),
    PENALTY("处罚依据不当、程序有误的行政处罚决定责令纠正"),
    NON_PERFORMANCE("不履行或不严格履行法定职责的责令履行或限期改正"),
    ULTRA_VIRES("超越职权实施的具体行政行为责令改正");

    private final String label;
}
