package cn.anjian.legalreview.review;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Who reviews (LR-14, art. 7 para. 2): the legal unit as art. 7 para. 1 provides, or — for a fine on an organisation up
 * to the setting's limit decided by an entrusted enforcement institution, with the director's consent — the bureau's
 * internal legal unit.
 */
@Getter
@RequiredArgsConstructor
public enum ReviewRoute {
    STANDARD("法制机构审核"),
    ENTRUSTED_INTERNAL("受委托执法机构案件经局长同意由局内设法制机构审核");

    private final String label;
}
