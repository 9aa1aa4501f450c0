package cn.anjian.experts.meetings;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@Getter
@RequiredArgsConstructor
public enum MeetingStatus {
    PLANNED("待召开"), HELD("已召开");

    private final String label;
}
