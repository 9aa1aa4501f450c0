package cn.anjian.personnel.officers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.personnel.Eligibility;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PostStatus;

/** An officer with everything the officer page shows. */
public record OfficerDetail(PersonView person, Long unitId, String unitName, LocalDate hiredOn, PostStatus postStatus,
                            LocalDate postSince, int version, List<CertificateView> certificates,
                            List<TrainingView> trainings, List<PostCaseView> postCases, BigDecimal yearHours,
                            Eligibility eligibility, AwardEligibility award, RotationRow rotation) {
}
