package cn.anjian.experts.meetings;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Seed 002 art. 14: the quarterly consultation meeting of a field group and the annual plenary of all groups. */
@Getter
@RequiredArgsConstructor
public enum MeetingKind {
    QUARTERLY("会商研判工作会议"), PLENARY("专家组全体会议");

    private final String label;
}
