package cn.anjian.experts.applications;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The grade of the applicant's professional title (职称). */
@Getter
@RequiredArgsConstructor
public enum TitleGrade {
    SENIOR("正高级"), ASSOCIATE_SENIOR("副高级"), INTERMEDIATE("中级"), JUNIOR("初级"), NONE("无职称");

    private final String label;
}
