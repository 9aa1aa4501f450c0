package cn.anjian.recording;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** REC-05 (art. 12): what an AV record shows. */
@Getter
@RequiredArgsConstructor
public enum ContentShown {
    SCENE("执法现场环境"),
    EVIDENCE("涉案场所、设施、财物等证据"),
    MEASURES("对人员、财物采取措施的情况"),
    DOCUMENT_DELIVERY("现场制作、送达文书的情况");

    private final String label;
}
