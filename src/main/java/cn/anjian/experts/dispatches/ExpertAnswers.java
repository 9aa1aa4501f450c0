package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's own answers (logged in, role EXPERT): accept or decline a dispatch waiting for him, and the written
 * report after the task (EXP-13, art. 13). An expert reaches only dispatches of his own pool records: any other id is
 * 404, whether it exists or not.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ExpertAnswers {

    /** A report file as the page sends it. */
    interface Upload {
        String name();

        long size();

        String contentType();

        InputStream open() throws IOException;
    }

    private final DispatchRepository dispatches;
    private final JdbcClient jdbc;
    private final Files files;
    private final Clock clock;

    void accept(Actor actor, long id) {
        Dispatch d = own(actor, id);
        d.accept(clock.instant(), actor.username());
        dispatches.save(d);
    }

    void decline(Actor actor, long id, String reason) {
        Dispatch d = own(actor, id);
        String why = Params.text("EXP-DECLINE", "拒绝原因", reason, 500, true);
        d.decline(why, clock.instant(), actor.username());
        dispatches.save(d);
    }

    /** EXP-13: the report, by the expert himself. The state is checked before the file is stored. */
    void report(Actor actor, long id, Upload file, String summary) {
        Dispatch d = own(actor, id);
        store(actor, d, file, summary);
    }

    /** EXP-13: the report of an out-of-pool expert (no account), handed in and uploaded by the using unit. */
    void reportForOutsider(Actor actor, Dispatch d, Upload file, String summary) {
        if (d.expertId() != null) {
            throw BusinessException.conflict("EXP-13-OWN", "在库专家须本人登录提交任务报告");
        }
        store(actor, d, file, summary);
    }

    private void store(Actor actor, Dispatch d, Upload file, String summary) {
        String text = Params.text("EXP-REPORT-SUMMARY", "报告摘要", summary, 2000, true);
        if (d.status() != Status.ACCEPTED) {
            throw BusinessException.conflict("EXP-DISPATCH-STATE", "只有执行中的派遣可以提交任务报告");
        }
        if (file == null || file.size() <= 0) {
            throw BusinessException.badInput("EXP-REPORT-FILE", "请选择任务执行情况书面报告文件");
        }
        files.precheck(file.name(), file.size());
        StoredFile stored;
        try (InputStream in = file.open()) {
            stored = files.store(in, file.name(), file.contentType(), null, actor);
        } catch (IOException e) {
            throw BusinessException.badInput("EXP-REPORT-FILE", "报告文件读取失败，请重新选择");
        }
        d.report(stored.id(), stored.originalName(), text, clock.instant(), actor.username());
        dispatches.save(d);
    }

    /** The dispatch if it is one of the actor's own (his user account linked to the expert), else 404. */
    Dispatch own(Actor actor, long id) {
        requireSelf(actor);
        boolean mine = jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM exp_dispatch d JOIN exp_expert e ON e.id = d.expert_id
                               WHERE d.id = :id AND e.user_id = :u AND d.scope_path IS NOT NULL)""")
                .param("id", id).param("u", actor.userId()).query(Boolean.class).single();
        if (!mine) {
            throw BusinessException.notFound(DispatchRequests.WHAT);
        }
        return dispatches.findById(id).orElseThrow(() -> BusinessException.notFound(DispatchRequests.WHAT));
    }

    static void requireSelf(Actor actor) {
        if (!actor.hasPermission("expert:self")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "只有专家本人可以办理");
        }
    }
}
