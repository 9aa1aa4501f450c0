package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.DemoCasesReady;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "我的案件" in the demo: the demo officers' accounts are linked to the persons who lead the demo cases' teams
 * (zz_officer → 王建国, sc_officer → 赵敏, OfficerDemoData), by the county's HR account as on the person's page. Runs on
 * every start with demo data and links only what is not linked yet.
 */
@Component
@RequiredArgsConstructor
class MyCasesDemoData {

    private static final Logger log = LoggerFactory.getLogger(MyCasesDemoData.class);

    /** account, HR account of its county, the person's ID-card digits (county + birth + sequence). */
    private static final String[][] LINKS = {
            {"zz_officer", "zz_hr", "140525" + "19780312011"},
            {"sc_officer", "sc_hr", "140927" + "19830227028"}};

    private final ActingUsers users;
    private final People people;
    private final PersonAccounts accounts;

    @EventListener
    void link(DemoCasesReady ready) {
        for (String[] l : LINKS) {
            Actor account = users.actor(l[0]).orElse(null);
            Actor hr = users.actor(l[1]).orElse(null);
            if (account == null || hr == null || accounts.personOf(account.userId()).isPresent()) {
                continue;
            }
            try {
                people.findByIdCard(hr, IdCardNumber.complete(l[2]).value())
                        .ifPresent(p -> accounts.link(hr, p.id(), account.userId()));
            } catch (RuntimeException e) { // a refusal: the demo never stops the start
                log.warn("Demo account {} not linked to its person: {}", l[0], e.getMessage());
            }
        }
    }
}
