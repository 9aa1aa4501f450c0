package cn.anjian.experts.pool;

import java.util.List;

/** An expert to admit to a pool (checked by {@link ExpertRegistry#admit}). */
public record NewExpert(String name, String idCard, String phone, String title, ExpertLevel level, String employerName,
                        Long employerEnterpriseId, String fieldCode, List<String> subCodes, Long personId, Long userId) {
}
