package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** A professional qualification the eligibility rules name (seed 002 art. 5(4)). */
@Getter
@RequiredArgsConstructor
public enum Qualification {
    NONE("无"), SAFETY_ENGINEER("注册安全工程师"), SAFETY_ASSESSOR("注册安全评价师"), LAWYER("律师资格"), LAW_PROFESSOR("法学教授");

    private final String label;
}
