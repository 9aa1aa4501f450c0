package cn.anjian.supervision.checks;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** COR-02: a correction order from issue to closure. */
@Getter
@RequiredArgsConstructor
public enum OrderStatus {
    ISSUED("已下达"), RECTIFYING("整改中"), SUBMITTED("已报送整改情况"), CLOSED("已验收销号");

    private final String label;
}
