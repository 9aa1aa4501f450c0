package cn.anjian.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the officer list: person, unit, post, best enforcement certificate, this year's hours. */
public record OfficerRow(long personId, String name, String idCardMasked, String agencyName, Long unitId,
                         String unitName, PostStatus postStatus, String certificateNumber,
                         CertificateStatus certificateStatus, LocalDate certificateValidTo,
                         BigDecimal yearHours, boolean shortfall) {
}
