package cn.anjian.personnel;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@Getter
@RequiredArgsConstructor
public enum PostStatus {
    ON_POST("在执法岗位"), OFF_POST("不在执法岗位");

    private final String label;
}
