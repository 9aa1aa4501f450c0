package cn.anjian.personnel;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

@Getter
@RequiredArgsConstructor
public enum Gender {
    MALE("男"), FEMALE("女");

    private final String label;
}
