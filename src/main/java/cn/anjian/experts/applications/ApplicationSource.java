package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** EXP-04: the three ways an application comes in (seed 002 art. 6(1)). */
@Getter
@RequiredArgsConstructor
public enum ApplicationSource {
    UNIT("单位推荐"), SELF("个人自荐"), DEPARTMENT("应急管理局相关股室推荐");

    private final String label;
}
