package cn.anjian.personnel.officers;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * OFF-04: an officer on post without a valid enforcement certificate is to be moved off within 10 days,
 * tracked by a calendar deadline. Open until met (moved off post) or closed (the certificate came).
 */
@Table("off_post_case")
class PostCase {

    @Id
    Long id;
    @Version
    Integer version;
    long personId;
    String cause;
    Long certificateId;
    LocalDate openedOn;
    LocalDate dueDate;
    long deadlineId;
    LocalDate metOn;
    String scopePath;
    Instant createdAt;

    PostCase() {
    }

    static PostCase open(long personId, String cause, Long certificateId, LocalDate openedOn, LocalDate dueDate,
                         long deadlineId, String scopePath, Instant at) {
        PostCase c = new PostCase();
        c.personId = personId;
        c.cause = cause;
        c.certificateId = certificateId;
        c.openedOn = openedOn;
        c.dueDate = dueDate;
        c.deadlineId = deadlineId;
        c.scopePath = scopePath;
        c.createdAt = at;
        return c;
    }

    /** Met or closed on {@code day}; a case ends once. */
    void end(LocalDate day) {
        if (metOn != null) {
            throw new BusinessException("OFF-04", "该调岗事项已于 " + metOn + " 办结");
        }
        this.metOn = day;
    }
}
