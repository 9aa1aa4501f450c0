package cn.anjian.personnel;

/** A vocational qualification (职业资格), level 1 (高级技师) … 5 (初级工). */
public record PersonQualification(String name, int level, boolean relevant) {
}
