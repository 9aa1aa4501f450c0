package cn.anjian.mines.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;

/** MC-04: a person selected as commissioner: employment, art. 7 conditions, checklist training, specialties, home base. */
public record NewCommissioner(Long personId, Employment employment, Boolean conditionsMet, LocalDate trainingPassedOn,
                              Set<Specialty> specialties, BigDecimal homeLatitude, BigDecimal homeLongitude) {

    static String codes(Set<Specialty> specialties) {
        return specialties == null ? "" : specialties.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
