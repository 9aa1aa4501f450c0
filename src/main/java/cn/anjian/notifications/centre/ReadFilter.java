package cn.anjian.notifications.centre;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The message centre's read/unread filter. */
@Getter
@RequiredArgsConstructor
public enum ReadFilter {
    UNREAD("未读"),
    READ("已读");

    private final String label;
}
