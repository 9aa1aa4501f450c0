package cn.anjian.enterprises;

import lombok.RequiredArgsConstructor;

import java.time.Clock;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Phones;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 12: an enterprise's legal representative (法定代表人/负责人) and its contact person and phone. Read in
 * the actor's scope (404 outside, ORG-03) with the phone masked (IAM-06); changed by holders of
 * {@code enterprise:manage} with the version they saw, audited (phone masked in the trail).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EnterpriseContacts {

    /** A mobile (1 + 10 digits) or a landline with area code (0 + 2–3 digits, optional hyphen, 7–8 digits). */

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final EnterpriseRepository repository;
    private final Clock clock;

    /** The contacts as stored (the phone in full: for the edit form and trusted callers). */
    public record Contacts(String legalRepresentative, String contactName, String contactPhone) {

        public static Contacts none() {
            return new Contacts(null, null, null);
        }

        /** The phone masked for display (138****5678). */
        public String maskedPhone() {
            return Masking.phone(contactPhone);
        }

        public boolean empty() {
            return legalRepresentative == null && contactName == null && contactPhone == null;
        }
    }

    public Contacts of(Actor actor, long enterpriseId) {
        enterprises.get(actor, enterpriseId);
        return jdbc.sql("SELECT legal_representative, contact_name, contact_phone FROM ent_enterprise WHERE id = :id")
                .param("id", enterpriseId)
                .query((rs, i) -> new Contacts(rs.getString(1), rs.getString(2), rs.getString(3))).single();
    }

    /** Checks every field (BAD_INPUT naming it) before changing anything; a stale version is a 409; a blank phone keeps the stored one. */
    @Transactional
    public void change(Actor actor, long enterpriseId, int seenVersion, Contacts input) {
        Enterprises.requireManage(actor);
        enterprises.get(actor, enterpriseId);
        Contacts checked = check(input == null ? Contacts.none() : input);
        if (checked.contactPhone() == null) {
            // the form never carries the stored phone (IAM-06: shown masked); blank keeps it
            checked = new Contacts(checked.legalRepresentative(), checked.contactName(), of(actor, enterpriseId).contactPhone());
        }
        Enterprise e = repository.findById(enterpriseId).orElseThrow(() -> BusinessException.notFound(Enterprises.WHAT));
        e.changeContacts(seenVersion, checked, clock.instant());
        try {
            repository.save(e);
        } catch (OptimisticLockingFailureException ex) {
            throw Enterprises.staleVersion();
        }
    }

    static Contacts check(Contacts c) {
        String rep = Params.text("ENT-LEGAL-REP", "法定代表人（负责人）", c.legalRepresentative(), 50, false);
        String name = Params.text("ENT-CONTACT-NAME", "联系人", c.contactName(), 50, false);
        String phone = Params.text("ENT-CONTACT-PHONE", "联系电话", c.contactPhone(), 20, false);
        if (phone != null && !Phones.valid(phone)) {
            throw BusinessException.badInput("ENT-CONTACT-PHONE", "联系电话格式不正确：" + Phones.RULE);
        }
        return new Contacts(rep, name, phone);
    }
}
