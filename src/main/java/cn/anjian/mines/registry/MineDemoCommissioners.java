package cn.anjian.mines.registry;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.OfficerOnboarding;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.stereotype.Component;

/**
 * The mine demo's commissioners ({@link MineDemoData}): recorded in personnel by the department's HR user, most of
 * them enforcement officers with a valid certificate (art. 13: a coal group needs at least two holders; issued through
 * personnel's {@link OfficerOnboarding}, the officer pages' gates and audit), then selected as commissioners.
 */
@Component
@RequiredArgsConstructor
class MineDemoCommissioners {

    private final MineRegistry registry;
    private final People people;
    private final PersonAccounts accounts;
    private final OfficerOnboarding onboarding;
    private final Clock clock;

    void add(Actor hr, String name, String region, int n, Set<Specialty> sp, double lat, double lon, long userId) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        String idCard = IdCardNumber.complete(region + "1975" + String.format("%02d", n % 12 + 1)
                + String.format("%02d", n % 28 + 1) + String.format("%03d", 500 + n)).value();
        long person = people.create(hr, NewPerson.basic(name, idCard, "1390000" + String.format("%04d", 6000 + n))).id();
        if (userId > 0) {
            accounts.link(hr, person, userId);
        }
        if (userId > 0 || n % 4 != 3) { // about three in four hold an enforcement certificate, zz_commissioner among them
            LocalDate hired = today.minusYears(8 + n % 10).minusDays(n * 5L);
            onboarding.certify(hr, person, new OfficerOnboarding.Certified(hired, hired.plusDays(5),
                    "晋执" + region.substring(2) + String.format("%04d", 2000 + n), "山西省人民政府",
                    today.minusYears(3).minusDays(n * 3L)));
        }
        // MC-08 needs a mining specialist in each coal group: three are eligible in 泽州 (zz_commissioner and two
        // others), so every year's plan puts him on a coal group; four more passed the checklist training only this
        // spring and join from next year's plan
        boolean late = userId < 0 && sp.contains(Specialty.MINING) && n >= 12;
        LocalDate spring = LocalDate.of(today.getYear(), 3, 15);
        LocalDate trained = late ? (spring.isAfter(today) ? today : spring) : LocalDate.of(today.getYear() - 2, 3, 15);
        long id = registry.select(hr, new NewCommissioner(person, n % 7 == 6 ? Employment.PUBLIC_RECRUITED : Employment.IN_BUDGET,
                true, trained, sp, BigDecimal.valueOf(lat), BigDecimal.valueOf(lon)));
        registry.changeContact(hr, id, (region.startsWith("1405") ? "0356-" : "0350-") + (3_000_000 + n));   // MC-06: published
    }
}
