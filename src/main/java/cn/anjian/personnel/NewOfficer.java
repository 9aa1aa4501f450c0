package cn.anjian.personnel;

import java.time.LocalDate;

/** The officer role for a recorded person: internal unit (optional), hire date, initial post status and its date. */
public record NewOfficer(Long unitId, LocalDate hiredOn, PostStatus postStatus, LocalDate postSince) {
}
