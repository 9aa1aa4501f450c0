package cn.anjian.personnel.inspectors;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.anjian.kernel.BusinessException;

/**
 * Kinds of an inspector's training (000 art. 18): pre-job (TI-11, 32 h) and the yearly 12 h of periodic
 * rotation and special training (TI-12). Codes shared with the officers' {@code TrainingKind} carry the
 * same label; the codes are those of {@code ti_training.kind}.
 */
@Getter
@RequiredArgsConstructor
public enum InspectorTrainingKind {
    PRE_JOB("岗前培训"), ROTATION("定期轮训"), SPECIAL("专题培训");

    private final String label;

    /** The kind of this code, or a BAD_INPUT refusal listing the labels. */
    static InspectorTrainingKind parse(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst()
                .orElseThrow(() -> BusinessException.badInput("TI-12", "请选择培训类别："
                        + Arrays.stream(values()).map(InspectorTrainingKind::label).collect(Collectors.joining("、"))));
    }
}
