package cn.anjian.personnel.officers;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.PostStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The officer role of a person and its post status (on or off enforcement posts). The list columns of
 * off_officer (name, current certificate, year's hours) are a read model kept by SQL and are not part of
 * this aggregate, so saving it never touches them.
 */
@Table("off_officer")
class Officer {

    @Id
    Long personId;
    @Version
    Integer version;
    String name;
    long agencyId;
    Long unitId;
    String scopePath;
    PostStatus postStatus;
    LocalDate postSince;
    LocalDate hiredOn;
    Instant createdAt;

    Officer() {
    }

    static Officer register(long personId, String name, long agencyId, Long unitId, String scopePath, PostStatus post,
                            LocalDate since, LocalDate hiredOn, Instant at) {
        Officer o = new Officer();
        o.personId = personId;
        o.name = name;
        o.agencyId = agencyId;
        o.unitId = unitId;
        o.scopePath = scopePath;
        o.postStatus = post;
        o.postSince = since;
        o.hiredOn = hiredOn;
        o.createdAt = at;
        return o;
    }

    /** Checks a move before the caller validates the rest of the input. */
    void checkMove(PostStatus to) {
        if (to == null) {
            throw BusinessException.badInput("OFF-POST", "请选择岗位状态");
        }
        if (to == postStatus) {
            throw BusinessException.badInput("OFF-POST", "该人员已经" + to.label());
        }
    }

    /** Onto or off enforcement posts from {@code day}, never before the last change. */
    void move(int seenVersion, PostStatus to, LocalDate day) {
        checkMove(to);
        if (day.isBefore(postSince)) {
            throw BusinessException.badInput("OFF-POST", "岗位变动日期不能早于上次变动日期 " + postSince);
        }
        if (version == null || version != seenVersion) {
            throw new OptimisticLockingFailureException("off_officer " + personId);
        }
        this.postStatus = to;
        this.postSince = day;
    }
}
