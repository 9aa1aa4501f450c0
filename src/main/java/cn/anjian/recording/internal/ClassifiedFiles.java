package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import cn.anjian.files.FileAccessGuard;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.Classification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * REC-12 (art. 23) on the file store: the file of a classified record is read only with the matching
 * {@code record:clearance-*} permission, whichever path asks for it (files API, documents, recording) —
 * the same rule as {@link RecordingService}. Refused as 404 like the record itself.
 */
@Component
@RequiredArgsConstructor
class ClassifiedFiles implements FileAccessGuard {

    private final JdbcClient jdbc;

    @Override
    public void beforeRead(StoredFile file, Actor actor) {
        boolean refused = jdbc.sql("select distinct classification from rec_record where file_id = :f and classification <> 'NONE'")
                .param("f", file.id()).query(String.class).list().stream()
                .map(Classification::valueOf).anyMatch(c -> !RecordingService.cleared(actor, c));
        if (refused) {
            throw BusinessException.notFound("文件");
        }
    }
}
