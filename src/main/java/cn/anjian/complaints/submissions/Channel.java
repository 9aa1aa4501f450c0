package cn.anjian.complaints.submissions;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where a submission came from. Only SUPERVISOR exists now; the public channels come with CMP. */
@Getter
@RequiredArgsConstructor
enum Channel {
    SUPERVISOR("社会监督员"), PUBLIC_PORTAL("门户网站"), HOTLINE_12345("12345热线"), LETTER("来信");

    private final String label;
}
