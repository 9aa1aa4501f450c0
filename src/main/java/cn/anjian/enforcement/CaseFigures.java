package cn.anjian.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.anjian.kernel.Actor;

/**
 * Key figures of the cases in the actor's scope (ORG-03) for the heads' home dashboard (issue 19): each the same
 * condition as the list it links to — opened: {@code /cases?from=&to=} (opening date, both ends inclusive); fines: the
 * fines of the decisions issued between the dates (Beijing dates of issue).
 */
public interface CaseFigures {

    long opened(Actor actor, LocalDate from, LocalDate to);

    BigDecimal fines(Actor actor, LocalDate from, LocalDate to);
}
