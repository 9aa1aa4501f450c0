package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MW-14 (art. 28): the integrity pledge (廉政承诺书), signed in the app once per version of its text. */
@Service
@Transactional
@RequiredArgsConstructor
public class Pledges {

    /** The version of the pledge text in force; a new text gets a new version and is signed again. */
    public static final String VERSION = "2024-1";
    public static final String TITLE = "矿山安全监管专员廉政承诺书";
    public static final List<String> TEXT = List.of(
            "本人作为矿山安全监管专员，郑重承诺：",
            "一、严格遵守党纪国法和廉洁自律各项规定，依法依规履行监管职责，不失职、不渎职。",
            "二、不接受被监管企业及其相关人员的宴请、礼品、礼金、有价证券和支付凭证，不参加可能影响公正履职的娱乐活动。",
            "三、不在被监管企业报销任何应由个人支付的费用，不借用被监管企业的车辆、住房等财物。",
            "四、不利用职务之便为本人、亲友或他人谋取利益，不干预被监管企业正常生产经营和工程项目、物资采购。",
            "五、不泄露监管检查中知悉的企业商业秘密和工作秘密，不对企业吃拿卡要。",
            "六、主动向被监管企业发放廉政监督卡，接受企业和社会监督；如有违反，自愿接受组织处理。");

    private final CommissionerSelf self;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public record Signed(String name, String version, Instant signedAt) {
    }

    /** MW-14: signs the current text; refused when this version is already signed. */
    public Signed sign(Actor actor) {
        Me me = self.require(actor);
        if (signed(actor).isPresent()) {
            throw BusinessException.conflict("MW-14-SIGNED", "您已签署本版廉政承诺书");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        INSERT INTO mine_pledge (commissioner_id, user_id, scope_path, text_version, signed_at)
                        VALUES (:c, :u, :s, :v, :at) RETURNING id""")
                .param("c", me.commissionerId()).param("u", actor.userId()).param("s", me.scopePath())
                .param("v", VERSION).param("at", java.sql.Timestamp.from(now)).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("textVersion", VERSION);
        after.put("signedAt", now.toString());
        events.publishEvent(AuditableEvent.change("mines.pledge.signed", "mine_pledge", id, null, after));
        return new Signed(me.name(), VERSION, now);
    }

    /** The actor's signature of the current text, if any. */
    @Transactional(readOnly = true)
    public Optional<Signed> signed(Actor actor) {
        return self.find(actor).flatMap(this::signed);
    }

    Optional<Signed> signed(Me me) {
        return jdbc.sql("SELECT signed_at FROM mine_pledge WHERE commissioner_id = :c AND text_version = :v")
                .param("c", me.commissionerId()).param("v", VERSION)
                .query((rs, n) -> new Signed(me.name(), VERSION, rs.getTimestamp("signed_at").toInstant())).optional();
    }
}
