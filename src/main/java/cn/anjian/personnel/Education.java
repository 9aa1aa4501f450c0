package cn.anjian.personnel;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Highest education (学历), highest first; the codes of per_person.education and ti_applicant.education. */
@Getter
@RequiredArgsConstructor
public enum Education {
    DOCTORATE("博士研究生"), MASTER("硕士研究生"), BACHELOR("大学本科"), COLLEGE("大学专科"),
    SECONDARY("中专及高中"), OTHER("其他");

    private final String label;

    /** At least a bachelor's degree (本科及以上). */
    public boolean bachelorOrAbove() {
        return ordinal() <= BACHELOR.ordinal();
    }
}
