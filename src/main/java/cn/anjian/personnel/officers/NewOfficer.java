package cn.anjian.personnel.officers;

import java.time.LocalDate;

import cn.anjian.personnel.PostStatus;

/** The officer role for a recorded person: internal unit (optional), hire date, initial post status and its date. */
record NewOfficer(Long unitId, LocalDate hiredOn, PostStatus postStatus, LocalDate postSince) {
}
