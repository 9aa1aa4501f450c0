package cn.anjian.personnel.supervisors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** SS-08 (000 art. 25): how the department met its social supervisors. */
@Getter
@RequiredArgsConstructor
public enum ExchangeForm {
    SYMPOSIUM("座谈交流"), FIELD_VISIT("实地观摩"), TRAINING("业务培训"), BRIEFING("情况通报会"), OTHER("其他");

    private final String label;
}
