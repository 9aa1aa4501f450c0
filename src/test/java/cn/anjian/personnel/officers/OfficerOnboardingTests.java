package cn.anjian.personnel.officers;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.OfficerOnboarding;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonnelFixtures;
import cn.anjian.personnel.PostStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Personnel's API for other modules' enforcing staff (the mine commissioners' certificates, issue 16). */
@IntegrationTest
class OfficerOnboardingTests {

    @Autowired OfficerOnboarding onboarding;
    @Autowired OfficerService officers;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;

    long person(String seq) {
        var hr = PersonnelFixtures.hr(jurisdictions, agencies, "140927");
        return people.create(hr, NewPerson.basic("入职测试" + seq, IdCardNumber.complete("14092719810707" + seq).value(),
                "1390355" + seq + "8")).id();
    }

    OfficerOnboarding.Certified record(String number) {
        LocalDate today = LocalDate.now();
        return new OfficerOnboarding.Certified(today.minusYears(6), today.minusYears(6).plusDays(5), number, "山西省人民政府",
                today.minusYears(2));
    }

    @Test
    @DisplayName("OFF-03 a person certified through the API is an officer on post who may enforce today")
    void certified() {
        var hr = PersonnelFixtures.hr(jurisdictions, agencies, "140927");
        long id = person("901");
        onboarding.certify(hr, id, record("晋执入职测试901"));
        OfficerDetail d = officers.get(hr, id);
        assertThat(d.postStatus()).isEqualTo(PostStatus.ON_POST);
        assertThat(d.eligibility().mayEnforce()).isTrue();
        assertThat(d.certificates()).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo("晋执入职测试901"));
    }

    @Test
    @DisplayName("OFF-01 the API is all or nothing: a certificate number already recorded is refused and the person is no officer")
    void allOrNothing() {
        var hr = PersonnelFixtures.hr(jurisdictions, agencies, "140927");
        onboarding.certify(hr, person("902"), record("晋执入职测试902"));
        long other = person("903");
        assertThatThrownBy(() -> onboarding.certify(hr, other, record("晋执入职测试902")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("OFF-CERT-DUPLICATE"));
        assertThat(officers.isOfficer(other)).isFalse();
    }

    @Test
    @DisplayName("IAM-01 without personnel:manage the API refuses and records nothing")
    void permission() {
        var reader = PersonnelFixtures.actor(jurisdictions, agencies, "140927", "personnel:read");
        long id = person("904");
        assertThatThrownBy(() -> onboarding.certify(reader, id, record("晋执入职测试904")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThat(officers.isOfficer(id)).isFalse();
    }
}
