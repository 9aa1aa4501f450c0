package cn.anjian.experts.draws;

/** {@code POST /api/v1/experts/draws}: field code, optional sub-specialty code and level, count, target, seed. */
public record DrawRequest(String field, String subSpecialty, String level, Integer count, Long targetEnterpriseId, Long seed) {
}
