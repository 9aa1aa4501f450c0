package cn.anjian.enforcement.cases;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-05: how a document was served (送达方式). */
@Getter
@RequiredArgsConstructor
public enum ServiceMethod {
    DIRECT("直接送达"),
    LEAVE("留置送达"),
    MAIL("邮寄送达"),
    PUBLIC_NOTICE("公告送达"),
    ELECTRONIC("电子送达");

    private final String label;
}
