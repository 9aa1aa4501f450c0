package cn.anjian.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An officer with everything the officer page shows. */
public record OfficerDetail(PersonView person, Long unitId, String unitName, LocalDate hiredOn, PostStatus postStatus,
                            LocalDate postSince, int version, List<CertificateView> certificates,
                            List<TrainingView> trainings, List<PostCaseView> postCases, BigDecimal yearHours,
                            Eligibility eligibility, AwardEligibility award, RotationRow rotation) {
}
