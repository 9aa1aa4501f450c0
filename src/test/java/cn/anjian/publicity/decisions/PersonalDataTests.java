package cn.anjian.publicity.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    @Test
    @DisplayName("PUB-12 a citizen's name, ID-card and mobile numbers are masked in published text; a business's text is kept")
    void masks() {
        PersonalData pd = PersonalData.of("张晓明");
        assertThat(pd.maskedName()).isEqualTo("张*明");
        assertThat(pd.mask("张晓明（身份证号140525199001011234，电话13812345678）在家中储存烟花爆竹"))
                .isEqualTo("张*明（身份证号1405**********1234，电话138****5678）在家中储存烟花爆竹");
        assertThat(PersonalData.of(null).mask("泽州县高都镇铸造厂有限空间作业未检测")).isEqualTo("泽州县高都镇铸造厂有限空间作业未检测");
        assertThat(PersonalData.of(null).mask("罚款 20000 元，案号 2026001")).isEqualTo("罚款 20000 元，案号 2026001");
    }
}
