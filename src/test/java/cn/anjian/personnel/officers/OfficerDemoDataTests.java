package cn.anjian.personnel.officers;

import cn.anjian.IntegrationTest;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PersonnelFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OfficerDemoDataTests {

    @Autowired People people;
    @Autowired OfficerService officers;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;

    @Test
    @DisplayName("demo officers: Zezhou and Shenchi, an OFF-04 revocation case, expired certificates, shortfalls")
    void demo() {
        var zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
        var sc = PersonnelFixtures.hr(jurisdictions, agencies, "140927");
        PersonView wang = people.findByIdCard(zz, IdCardNumber.complete("14052519780312011").value()).orElseThrow();
        assertThat(officers.get(zz, wang.id()).eligibility().mayEnforce()).isTrue();
        assertThat(officers.postCases(zz, false)).anyMatch(c -> c.cause().equals("REVOKED"));
        assertThat(officers.list(zz, new OfficerFilter(null, null, "EXPIRED", null, null), 0, 20).total()).isGreaterThanOrEqualTo(1);
        assertThat(officers.list(sc, new OfficerFilter(null, null, "EXPIRED", null, null), 0, 20).total()).isGreaterThanOrEqualTo(1);
        assertThat(officers.shortfalls(sc, java.time.LocalDate.now().getYear(), 0, 50).items()).anyMatch(r -> r.name().equals("黄勇"));
    }

    @Test
    @DisplayName("demo OFF-05: 孙丽 left the enforcement post, may no longer enforce, her certificate return is pending")
    void leftPost() {
        var zz = PersonnelFixtures.hr(jurisdictions, agencies, "140525");
        PersonView sun = people.findByIdCard(zz, IdCardNumber.complete("14052519880516087").value()).orElseThrow();
        OfficerDetail d = officers.get(zz, sun.id());
        assertThat(d.postStatus()).isEqualTo(cn.anjian.personnel.PostStatus.OFF_POST);
        assertThat(d.eligibility().mayEnforce()).isFalse();
        assertThat(d.eligibility().reasons()).anyMatch(r -> r.startsWith("已调离执法岗位"));
        assertThat(d.certificates()).anyMatch(c -> c.returnedOn() == null);
    }
}
